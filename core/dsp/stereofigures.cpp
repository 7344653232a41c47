// Stereo figures from three sums (see stereofigures.h).
#include "dsp/stereofigures.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

std::optional<double> stereoCorrelation(const StereoSums& s, double silentPower) noexcept
{
    if (s.ll <= silentPower || s.rr <= silentPower)
        return std::nullopt;
    return std::clamp(s.lr / std::sqrt(s.ll * s.rr), -1.0, 1.0);
}

StereoFigures stereoFigures(const StereoSums& s, double silentPower) noexcept
{
    StereoFigures f;
    f.correlation = stereoCorrelation(s, silentPower);
    const double total = s.ll + s.rr;
    if (total <= silentPower)
        return f;
    const double mm = std::max(0.0, 0.25 * (total + 2.0 * s.lr));
    const double ss = std::max(0.0, 0.25 * (total - 2.0 * s.lr));
    f.width = mm > ss / kMaxStereoWidth ? ss / mm : kMaxStereoWidth;
    const double mean = 0.5 * total;
    f.monoLossDb = mm > mean * std::pow(10.0, -kMaxMonoLossDb / 10.0) ? 10.0 * std::log10(mean / mm) : kMaxMonoLossDb;
    if (s.ll <= silentPower)
        f.balanceDb = -kMaxBalanceDb;
    else if (s.rr <= silentPower)
        f.balanceDb = kMaxBalanceDb;
    else
        f.balanceDb = std::clamp(10.0 * std::log10(s.ll / s.rr), -kMaxBalanceDb, kMaxBalanceDb);
    return f;
}

}  // namespace stemwise::core
