#include "analysis/levelsanalyzer.h"

#include "analysis/trackprofile.h"

namespace stemwise::core {

AnalyzerInfo LevelsAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "levels";
    i.version = 0;
    i.wantsBlocks = true;
    return i;
}

void LevelsAnalyzer::prepare(const AnalysisContext& /*context*/) {}

void LevelsAnalyzer::finish(TrackProfile& /*profile*/) {}

}  // namespace stemwise::core
