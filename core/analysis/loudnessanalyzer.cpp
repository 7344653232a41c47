#include "analysis/loudnessanalyzer.h"

#include "analysis/trackprofile.h"

namespace stemwise::core {

AnalyzerInfo LoudnessAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "loudness";
    i.version = 0;
    i.wantsBlocks = true;
    return i;
}

void LoudnessAnalyzer::prepare(const AnalysisContext& /*context*/) {}

void LoudnessAnalyzer::finish(TrackProfile& /*profile*/) {}

}  // namespace stemwise::core
