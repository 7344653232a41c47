#pragma once
// The quality score, 0–100, and its breakdown — the one place it is defined:
//
//   start at 90
//   −20 for each high-severity issue, −10 for each medium, −5 for each low
//   +5 for healthy dynamics: crest factor at or above the type's minimum plus 4 dB
//      (a track with room to be shaped), or, for a mix, PLR of 8–14 dB
//   +5 for healthy headroom: true peak between −6 and −1 dBTP for a stem, −1.5 to −0.5
//      dBTP for a mix
//   clamped to 0..100
//
// So a clean track with good dynamics and headroom scores 100, and every point lost or won
// is listed in scoreBreakdown with its reason.

#include "analysis/trackprofile.h"

namespace stemwise::core {

/// Sets profile.qualityScore and profile.scoreBreakdown from its issues and figures.
void scoreTrack(TrackProfile& profile);

}  // namespace stemwise::core
