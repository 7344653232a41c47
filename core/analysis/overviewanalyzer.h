#pragma once
// Waveform overview: the file cut into about kTargetBuckets equal spans, and for each span
// and channel the lowest and highest sample — what a waveform display draws, computed in
// the one pass that feeds every analyzer, so a view never re-reads the file.
//
// Values are stored as 16-bit integers (full scale = 32767, clamped to ±full scale): a
// display needs no more, and the store keeps them exactly (json/profilejson.h).
// A file shorter than kTargetBuckets frames gets one span per frame.
// Memory: 2 × kTargetBuckets floats per channel, allocated in prepare(). Threading: see Analyzer.

#include "analysis/analyzer.h"

#include <vector>

namespace stemwise::core {

class OverviewAnalyzer final : public Analyzer {
public:
    static constexpr std::int64_t kTargetBuckets = 2000;

    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void process(const AudioBlock& block) override;
    void finish(TrackProfile& profile) override;

private:
    struct Channel {
        std::vector<float> low;
        std::vector<float> high;
    };
    std::vector<Channel> m_channels;
    std::int64_t m_bucketFrames = 1;
    std::int64_t m_buckets = 0;
    std::int64_t m_framesSeen = 0;
    double m_sampleRateHz = 0.0;
};

}  // namespace stemwise::core
