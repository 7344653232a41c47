#pragma once
// The list of analyzers every analysis runs, in the order their finish() is called.

#include "analysis/analyzer.h"

#include <memory>
#include <vector>

namespace stemwise::core {

[[nodiscard]] std::vector<std::unique_ptr<Analyzer>> makeAnalyzers();

/// The version of what every analyzer is fed (analysis/trackanalysis.cpp: the samples as read,
/// broken ones counted and replaced by silence), kept with the analyzers' own versions in the
/// analysis cache's key. 2: magnitudes of +120 dBFS and beyond count as broken (they were
/// measured as they were).
inline constexpr int kSampleReadingVersion = 2;

}  // namespace stemwise::core
