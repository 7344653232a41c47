#include "analysis/analyzerregistry.h"

#include "analysis/levelsanalyzer.h"
#include "analysis/loudnessanalyzer.h"
#include "analysis/overviewanalyzer.h"
#include "analysis/rhythmanalyzer.h"
#include "analysis/spectrumanalyzer.h"
#include "analysis/stereoanalyzer.h"
#include "analysis/tonalanalyzer.h"

namespace stemwise::core {

std::vector<std::unique_ptr<Analyzer>> makeAnalyzers()
{
    std::vector<std::unique_ptr<Analyzer>> list;
    // Loudness first: levels reads its true peak and integrated loudness for PLR.
    list.push_back(std::make_unique<LoudnessAnalyzer>());
    list.push_back(std::make_unique<LevelsAnalyzer>());
    list.push_back(std::make_unique<StereoAnalyzer>());
    list.push_back(std::make_unique<SpectrumAnalyzer>());
    list.push_back(std::make_unique<RhythmAnalyzer>());
    list.push_back(std::make_unique<TonalAnalyzer>());
    list.push_back(std::make_unique<OverviewAnalyzer>());
    return list;
}

}  // namespace stemwise::core
