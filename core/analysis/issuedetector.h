#pragma once
// Finds the problems an engineer would flag in a track, each with a severity and the
// measurements (value and threshold) behind it. Thresholds that depend on the track type
// come from typenorms.h; the fixed ones are documented at their definition in the .cpp.

#include "analysis/trackprofile.h"

#include <vector>

namespace stemwise::core {

/// Issues of `profile` (whose type is already set), most severe first.
[[nodiscard]] std::vector<TrackIssue> detectIssues(const TrackProfile& profile);

}  // namespace stemwise::core
