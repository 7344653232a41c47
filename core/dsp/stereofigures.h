#pragma once
// The stereo figures of a pair of channels from three sums over one stretch of audio (Σ L²,
// Σ R², Σ L·R): the one computation behind the track analysis (StereoAnalyzer, whole file and
// low bands), the live meter (LiveMeter, a window and since reset) and the measured sum of a
// session (measureSessionMix). With M = (L+R)/2 and S = (L−R)/2:
// - correlation = Σ L·R / sqrt(Σ L² · Σ R²), the correlation meter's reading (no mean
//   removal, as a meter does): +1 identical, 0 uncorrelated, −1 inverted; clamped to [−1, 1]
//   against rounding; none when either channel holds no power.
// - width = Σ S² / Σ M²: 0 mono, 1 for uncorrelated channels of equal level; kMaxStereoWidth
//   where M vanishes (inverted channels).
// - monoLossDb = the level lost when summed to mono, 10·log10(mean(Σ L², Σ R²) / Σ M²): 0 for
//   identical channels, 3.01 for uncorrelated ones, at most kMaxMonoLossDb.
// - balanceDb = 10·log10(Σ L² / Σ R²), + when left is louder, within ±kMaxBalanceDb.
// Width, mono loss and balance are none for silence (no power in either channel).
// Σ M² and Σ S² follow from the three sums; for inverted channels the terms cancel exactly
// (r = −l gives l·r = −l² bit for bit), so M² reads 0, not rounding noise.
//
// `silentPower`: sums at or below it count as no power (the live meter passes its floor for
// a window of silence; files pass 0).
// Threading: pure functions and plain values; no allocation (the live path calls them).

#include <optional>

namespace stemwise::core {

inline constexpr double kMaxStereoWidth = 100.0;
inline constexpr double kMaxBalanceDb = 60.0;
inline constexpr double kMaxMonoLossDb = 60.0;

/// Σ L², Σ R² and Σ L·R over the same frames.
struct StereoSums {
    double ll = 0.0;
    double rr = 0.0;
    double lr = 0.0;
};

struct StereoFigures {
    std::optional<double> correlation;
    std::optional<double> width;
    std::optional<double> monoLossDb;
    std::optional<double> balanceDb;
};

/// Pearson's correlation of the pair (see above); none when a channel is silent.
[[nodiscard]] std::optional<double> stereoCorrelation(const StereoSums& sums, double silentPower = 0.0) noexcept;
/// Every figure of the pair (see above).
[[nodiscard]] StereoFigures stereoFigures(const StereoSums& sums, double silentPower = 0.0) noexcept;

}  // namespace stemwise::core
