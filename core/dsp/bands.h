#pragma once
// The seven bands of the balance view: their keys and edges, the one table every layer
// (analysis, live metering, comparisons, reports, the UI) reads.

#include <array>
#include <cstddef>

namespace stemwise::core {

/// The seven bands of the balance view, in order.
enum class Band { SubBass, Bass, LowMids, Mids, UpperMids, Highs, Air };
inline constexpr std::size_t kBandCount = 7;
struct BandEdges {
    const char* key;  ///< JSON key
    double lowHz;
    double highHz;
};
inline constexpr std::array<BandEdges, kBandCount> kBands{{
    {"sub_bass", 20.0, 60.0},
    {"bass", 60.0, 250.0},
    {"low_mids", 250.0, 500.0},
    {"mids", 500.0, 2000.0},
    {"upper_mids", 2000.0, 4000.0},
    {"highs", 4000.0, 10000.0},
    {"air", 10000.0, 20000.0},
}};

}  // namespace stemwise::core
