#include "analysis/tonalanalyzer.h"

#include "analysis/trackprofile.h"

namespace stemwise::core {

AnalyzerInfo TonalAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "tonal";
    i.version = 0;
    i.wantsShortFrames = true;
    return i;
}

void TonalAnalyzer::prepare(const AnalysisContext& /*context*/) {}

void TonalAnalyzer::finish(TrackProfile& /*profile*/) {}

}  // namespace stemwise::core
