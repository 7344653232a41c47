#include "analysis/rhythmanalyzer.h"

#include "analysis/trackprofile.h"

namespace stemwise::core {

AnalyzerInfo RhythmAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "rhythm";
    i.version = 0;
    i.wantsShortFrames = true;
    return i;
}

void RhythmAnalyzer::prepare(const AnalysisContext& /*context*/) {}

void RhythmAnalyzer::finish(TrackProfile& /*profile*/) {}

}  // namespace stemwise::core
