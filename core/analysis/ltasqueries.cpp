// Queries of a track's long-term average spectrum (see ltasqueries.h).
#include "analysis/ltasqueries.h"

#include "util/stats.h"

#include <cmath>
#include <vector>

namespace stemwise::core {

std::optional<double> ltasAt(const TrackProfile& p, double hz)
{
    const auto& f = p.spectrum.ltasFrequencyHz;
    const auto& db = p.spectrum.ltasDb;
    if (f.size() < 2 || f.size() != db.size() || hz < f.front() || hz > f.back())
        return std::nullopt;
    const auto it = std::lower_bound(f.begin(), f.end(), hz);
    const auto i = static_cast<std::size_t>(it - f.begin());
    if (i == 0)
        return db[0];
    // A grid read from an imported database is not trusted to rise.
    if (!(f[i] > f[i - 1]) || !(f[i - 1] > 0.0))
        return std::nullopt;
    const double t = std::log(hz / f[i - 1]) / std::log(f[i] / f[i - 1]);
    return db[i - 1] * (1.0 - t) + db[i] * t;
}

std::optional<double> prominenceAt(const TrackProfile& p, double hz)
{
    const auto level = ltasAt(p, hz);
    if (!level)
        return std::nullopt;
    const auto& f = p.spectrum.ltasFrequencyHz;
    std::vector<double> around;
    for (std::size_t i = 0; i < f.size(); ++i)
        if (f[i] >= hz / 1.5 && f[i] <= hz * 1.5)
            around.push_back(p.spectrum.ltasDb[i]);
    if (around.size() < 3)
        return std::nullopt;
    return *level - percentile(around, 0.5);
}

std::optional<double> loudestRegionHz(const TrackProfile& p, double loHz, double hiHz, double widthOctaves)
{
    const auto& f = p.spectrum.ltasFrequencyHz;
    std::optional<double> best;
    double bestPower = -1.0;
    for (double centre : f) {
        if (centre < loHz || centre > hiHz)
            continue;
        double power = 0.0;
        for (std::size_t i = 0; i < f.size(); ++i)
            if (std::abs(std::log2(f[i] / centre)) <= 0.5 * widthOctaves)
                power += std::pow(10.0, p.spectrum.ltasDb[i] / 10.0) * f[i];  // per-Hz power × width ∝ f
        if (power > bestPower) {
            bestPower = power;
            best = centre;
        }
    }
    return best;
}

std::optional<double> shareBelowDb(const TrackProfile& p, double hz)
{
    const auto& f = p.spectrum.ltasFrequencyHz;
    if (f.empty())
        return std::nullopt;
    // LTAS points are mean bin powers over 1/24-octave bands; weighting each by its width in
    // Hz gives the band's power.
    double below = 0.0, total = 0.0;
    const double halfStep = std::pow(2.0, 0.5 / 24.0);
    for (std::size_t i = 0; i < f.size(); ++i) {
        const double power = std::pow(10.0, p.spectrum.ltasDb[i] / 10.0) * f[i] * (halfStep - 1.0 / halfStep);
        total += power;
        if (f[i] < hz)
            below += power;
    }
    if (total <= 0.0)
        return std::nullopt;
    return powerToDb(below / total, -150.0);
}

}  // namespace stemwise::core
