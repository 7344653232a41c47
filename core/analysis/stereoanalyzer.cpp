#include "analysis/stereoanalyzer.h"

#include "analysis/trackprofile.h"

namespace stemwise::core {

AnalyzerInfo StereoAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "stereo";
    i.version = 0;
    i.wantsBlocks = true;
    return i;
}

void StereoAnalyzer::prepare(const AnalysisContext& /*context*/) {}

void StereoAnalyzer::finish(TrackProfile& /*profile*/) {}

}  // namespace stemwise::core
