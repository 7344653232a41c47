// Waveform overview: min/max per span and channel (see overviewanalyzer.h).
#include "analysis/overviewanalyzer.h"

#include "analysis/trackprofile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stemwise::core {

namespace {

std::int16_t toFixed(float v)
{
    const float clamped = std::clamp(v, -1.0f, 1.0f);
    return static_cast<std::int16_t>(std::lround(clamped * 32767.0f));
}

}  // namespace

AnalyzerInfo OverviewAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "overview";
    i.version = 1;
    i.wantsBlocks = true;
    return i;
}

void OverviewAnalyzer::prepare(const AnalysisContext& context)
{
    const std::int64_t frames = std::max<std::int64_t>(context.format.frames, 1);
    m_bucketFrames = (frames + kTargetBuckets - 1) / kTargetBuckets;
    m_buckets = (frames + m_bucketFrames - 1) / m_bucketFrames;
    m_sampleRateHz = context.format.sampleRateHz;
    m_framesSeen = 0;
    m_channels.assign(static_cast<std::size_t>(std::max(context.format.channels, 1)), {});
    for (auto& c : m_channels) {
        c.low.assign(static_cast<std::size_t>(m_buckets), std::numeric_limits<float>::infinity());
        c.high.assign(static_cast<std::size_t>(m_buckets), -std::numeric_limits<float>::infinity());
    }
}

void OverviewAnalyzer::process(const AudioBlock& block)
{
    const std::size_t channels = std::min(block.channels.size(), m_channels.size());
    for (std::size_t ch = 0; ch < channels; ++ch) {
        const float* x = block.channels[ch];
        Channel& c = m_channels[ch];
        std::size_t i = 0;
        while (i < block.frames) {
            const std::int64_t frame = block.startFrame + static_cast<std::int64_t>(i);
            // Frames beyond what the header promised fall into the last span.
            const std::int64_t bucket = std::min(frame / m_bucketFrames, m_buckets - 1);
            const std::int64_t bucketEnd = bucket == m_buckets - 1 ? std::numeric_limits<std::int64_t>::max()
                                                                   : (bucket + 1) * m_bucketFrames;
            const std::size_t n = static_cast<std::size_t>(
                std::min<std::int64_t>(bucketEnd - frame, static_cast<std::int64_t>(block.frames - i)));
            float lo = c.low[static_cast<std::size_t>(bucket)];
            float hi = c.high[static_cast<std::size_t>(bucket)];
            for (std::size_t k = 0; k < n; ++k) {
                lo = std::min(lo, x[i + k]);
                hi = std::max(hi, x[i + k]);
            }
            c.low[static_cast<std::size_t>(bucket)] = lo;
            c.high[static_cast<std::size_t>(bucket)] = hi;
            i += n;
        }
    }
    m_framesSeen = std::max(m_framesSeen, block.startFrame + static_cast<std::int64_t>(block.frames));
}

void OverviewAnalyzer::finish(TrackProfile& profile)
{
    WaveformOverview& o = profile.overview;
    o.channels.clear();
    // A file shorter than its header says leaves the last spans untouched: drop them.
    const auto used = static_cast<std::size_t>(
        std::min(m_buckets, (m_framesSeen + m_bucketFrames - 1) / m_bucketFrames));
    o.bucketS = m_sampleRateHz > 0.0 ? static_cast<double>(m_bucketFrames) / m_sampleRateHz : 0.0;
    for (const Channel& c : m_channels) {
        WaveformOverview::Channel out;
        out.min.reserve(used);
        out.max.reserve(used);
        for (std::size_t b = 0; b < used; ++b) {
            out.min.push_back(toFixed(c.low[b]));
            out.max.push_back(toFixed(c.high[b]));
        }
        o.channels.push_back(std::move(out));
    }
}

}  // namespace stemwise::core
