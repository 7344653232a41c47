#pragma once
// Figures derived from the analyzers' measurements, after all of them have finished:
// peak-to-loudness and peak-to-short-term loudness ratios (PLR, PSR), track type, pattern
// tags, issues and the quality score.

#include "analysis/trackprofile.h"

#include <optional>
#include <string>

namespace stemwise::core {

void deriveFigures(TrackProfile& profile, const std::optional<std::string>& typeOverride);

}  // namespace stemwise::core
