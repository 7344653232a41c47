#pragma once
// Small statistics helpers shared by analyzers: the one percentile of core (analyzers, rules)
// and the dB of a power.

#include <algorithm>
#include <cmath>
#include <vector>

namespace stemwise::core {

/// Linear-interpolated percentile (q in 0..1) of values already sorted in ascending order:
/// the value at rank q·(n − 1), between the two neighbouring ranks. 0 when empty.
inline double percentileOfSorted(const std::vector<double>& sorted, double q)
{
    if (sorted.empty())
        return 0.0;
    const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double t = pos - static_cast<double>(lo);
    return sorted[lo] * (1.0 - t) + sorted[hi] * t;
}

/// percentileOfSorted() of `values`, which it sorts first.
inline double percentile(std::vector<double>& values, double q)
{
    std::sort(values.begin(), values.end());
    return percentileOfSorted(values, q);
}

/// 10·log10(power), or `floorDb` for power at or below 10^(floorDb/10).
inline double powerToDb(double power, double floorDb = -150.0)
{
    const double floorPower = std::pow(10.0, floorDb / 10.0);
    return power > floorPower ? 10.0 * std::log10(power) : floorDb;
}

}  // namespace stemwise::core
