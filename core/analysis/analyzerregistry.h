#pragma once
// The list of analyzers every analysis runs, in the order their finish() is called.

#include "analysis/analyzer.h"

#include <memory>
#include <vector>

namespace stemwise::core {

[[nodiscard]] std::vector<std::unique_ptr<Analyzer>> makeAnalyzers();

}  // namespace stemwise::core
