#pragma once
// Small statistics helpers shared by analyzers.

#include <algorithm>
#include <cmath>
#include <vector>

namespace stemwise::core {

/// Linear-interpolated percentile (q in 0..1) of `values`, which it reorders. 0 when empty.
inline double percentile(std::vector<double>& values, double q)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(q, 0.0, 1.0) * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    const double t = pos - static_cast<double>(lo);
    return values[lo] * (1.0 - t) + values[hi] * t;
}

/// 10·log10(power), or `floorDb` for power at or below 10^(floorDb/10).
inline double powerToDb(double power, double floorDb = -150.0)
{
    const double floorPower = std::pow(10.0, floorDb / 10.0);
    return power > floorPower ? 10.0 * std::log10(power) : floorDb;
}

}  // namespace stemwise::core
