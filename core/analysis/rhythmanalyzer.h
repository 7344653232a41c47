#pragma once
// RhythmAnalyzer: (in progress) see the analysis issue.

#include "analysis/analyzer.h"

namespace stemwise::core {

class RhythmAnalyzer final : public Analyzer {
public:
    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void finish(TrackProfile& profile) override;
};

}  // namespace stemwise::core
