// Fractional-octave smoothing (see spectrumsmoothing.h).
#include "dsp/spectrumsmoothing.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

std::vector<double> smoothSpectrumDb(const std::vector<double>& db, int pointsPerOctave, int fraction)
{
    const int half = std::max(0, pointsPerOctave / std::max(fraction, 1) / 2);
    const auto n = static_cast<int>(db.size());
    std::vector<double> power(db.size());
    for (std::size_t i = 0; i < db.size(); ++i)
        power[i] = std::isfinite(db[i]) ? std::pow(10.0, db[i] / 10.0) : -1.0;  // -1: left out
    std::vector<double> out(db.size());
    for (int i = 0; i < n; ++i) {
        double sum = 0.0;
        int count = 0;
        for (int k = std::max(0, i - half); k <= std::min(n - 1, i + half); ++k) {
            const double p = power[static_cast<std::size_t>(k)];
            if (p >= 0.0) {
                sum += p;
                ++count;
            }
        }
        const auto at = static_cast<std::size_t>(i);
        out[at] = count > 0 && sum > 0.0 ? 10.0 * std::log10(sum / count) : db[at];
    }
    return out;
}

}  // namespace stemwise::core
