#pragma once
// Queries of a track's long-term average spectrum (SpectrumProfile::ltasFrequencyHz / ltasDb,
// 1/24-octave points): the level at a frequency, a peak's prominence, where the power sits and
// how much of it lies below a frequency. The issue detector and the suggestion rules read the
// spectrum through these.

#include "analysis/trackprofile.h"

#include <optional>

namespace stemwise::core {

/// LTAS level at `hz`, interpolated; empty when the profile has no LTAS or `hz` is off it.
[[nodiscard]] std::optional<double> ltasAt(const TrackProfile& p, double hz);
/// How far the LTAS at `hz` stands above the median of the LTAS from hz/1.5 to 1.5·hz (the
/// surround the spectrum analyzer measures resonances against), dB.
[[nodiscard]] std::optional<double> prominenceAt(const TrackProfile& p, double hz);
/// The centre of the `widthOctaves`-wide region between loHz and hiHz holding the most power.
[[nodiscard]] std::optional<double> loudestRegionHz(const TrackProfile& p, double loHz, double hiHz, double widthOctaves);
/// The share of the LTAS power (summed over its points) below `hz`, in dB (≤ 0).
[[nodiscard]] std::optional<double> shareBelowDb(const TrackProfile& p, double hz);

}  // namespace stemwise::core
