#include "analysis/spectrumanalyzer.h"

#include "analysis/trackprofile.h"

namespace stemwise::core {

AnalyzerInfo SpectrumAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "spectrum";
    i.version = 0;
    i.wantsLongFrames = true;
    return i;
}

void SpectrumAnalyzer::prepare(const AnalysisContext& /*context*/) {}

void SpectrumAnalyzer::finish(TrackProfile& /*profile*/) {}

}  // namespace stemwise::core
