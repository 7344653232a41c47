#include "analysis/levelsanalyzer.h"

#include "analysis/trackprofile.h"
#include "dsp/float4.h"
#include "util/stats.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

AnalyzerInfo LevelsAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "levels";
    i.version = 3;  // 2: float overs are not clipping; crest over where the track plays. 3: short-term crest
    i.wantsBlocks = true;
    return i;
}

void LevelsAnalyzer::prepare(const AnalysisContext& context)
{
    m_channels.assign(static_cast<std::size_t>(context.format.channels), Channel{});
    m_sampleRateHz = context.format.sampleRateHz;
    m_sliceFrames = std::max<std::int64_t>(1, static_cast<std::int64_t>(context.format.sampleRateHz / 10.0));
    // One slice per 100 ms; reserve for the announced length (grows only for files that lied).
    m_slicePowers.reserve(static_cast<std::size_t>(context.format.frames / m_sliceFrames + 2));
    m_slicePeaks.reserve(m_slicePowers.capacity());
}

// A run of samples at or beyond full scale has ended: a flat top of kClipRunLength or more
// samples is one clip of all its samples; a shorter run's samples beyond full scale (|x| > 1)
// are overs that a float file holds.
void LevelsAnalyzer::closeRun(Channel& c)
{
    if (c.fullScaleRun >= kClipRunLength) {
        ++m_clippedRuns;
        m_clippedSamples += c.fullScaleRun;
    } else {
        m_overSamples += c.oversInRun;
    }
    c.fullScaleRun = 0;
    c.oversInRun = 0;
}

void LevelsAnalyzer::scanClipping(Channel& c, const float* x, std::size_t n)
{
    for (std::size_t i = 0; i < n; ++i) {
        const float v = x[i];
        const float a = std::abs(v);
        if (a >= kFullScale) {
            // A flat top holds one value; a low sine's rounded top near full scale does not.
            if (c.fullScaleRun > 0 && std::abs(v - c.previous) > kFlatTolerance)
                closeRun(c);
            ++c.fullScaleRun;
            c.oversInRun += a > 1.0f ? 1 : 0;
        } else if (c.fullScaleRun > 0) {
            closeRun(c);
        }
        c.previous = v;
    }
}

void LevelsAnalyzer::process(const AudioBlock& block)
{
    const std::size_t n = block.frames;
    // Segments end at the 100 ms slice boundaries, so one pass over each channel feeds both
    // the totals and the current slice. The sums and the peak are one vectorised pass;
    // the clipping scan runs only where a segment reaches full scale.
    for (std::size_t begin = 0; begin < n;) {
        const std::size_t end = std::min(n, begin + static_cast<std::size_t>(m_sliceFrames - m_sliceFill));
        double segmentPower = 0.0;
        for (std::size_t ch = 0; ch < m_channels.size(); ++ch) {
            Channel& c = m_channels[ch];
            const float* x = block.channels[ch] + begin;
            const std::size_t count = end - begin;
            const auto [peak, sumSquares, sum] = peakAndSums(x, count);
            if (peak >= kFullScale) {
                scanClipping(c, x, count);
            } else if (c.fullScaleRun > 0) {
                closeRun(c);
            }
            c.previous = x[count - 1];
            c.peak = std::max(c.peak, peak);
            m_slicePeak = std::max(m_slicePeak, peak);
            c.sumSquares += sumSquares;
            c.sum += sum;
            segmentPower += sumSquares;
        }
        m_slicePower += segmentPower;
        m_sliceFill += static_cast<std::int64_t>(end - begin);
        if (m_sliceFill == m_sliceFrames) {
            m_slicePowers.push_back(static_cast<float>(m_slicePower));
            m_slicePeaks.push_back(m_slicePeak);
            m_slicePower = 0.0;
            m_slicePeak = 0.0f;
            m_sliceFill = 0;
        }
        begin = end;
    }

    // First and last sample above the silence threshold on any channel.
    for (std::size_t ch = 0; ch < m_channels.size(); ++ch) {
        const float* x = block.channels[ch];
        if (m_firstLoudFrame < 0 || block.startFrame <= m_firstLoudFrame) {
            for (std::size_t i = 0; i < n; ++i) {
                if (std::abs(x[i]) > kSilence) {
                    const std::int64_t frame = block.startFrame + static_cast<std::int64_t>(i);
                    if (m_firstLoudFrame < 0 || frame < m_firstLoudFrame)
                        m_firstLoudFrame = frame;
                    break;
                }
            }
        }
        for (std::size_t i = n; i-- > 0;) {
            if (std::abs(x[i]) > kSilence) {
                m_lastLoudFrame = std::max(m_lastLoudFrame, block.startFrame + static_cast<std::int64_t>(i));
                break;
            }
        }
    }
    m_frames += static_cast<std::int64_t>(n);
}

void LevelsAnalyzer::finish(TrackProfile& profile)
{
    for (Channel& c : m_channels)
        closeRun(c);
    DynamicsProfile& d = profile.dynamics;
    d.clippedSamples = m_clippedSamples;
    d.clippedRuns = m_clippedRuns;
    d.overSamples = m_overSamples;
    d.channels.clear();
    if (m_frames == 0 || m_channels.empty())
        return;

    float peak = 0.0f;
    double sumSquares = 0.0;
    for (const Channel& c : m_channels) {
        ChannelLevels levels;
        const double meanSquare = c.sumSquares / static_cast<double>(m_frames);
        levels.peakDbfs = c.peak > 0.0f ? OptDouble(20.0 * std::log10(c.peak)) : std::nullopt;
        levels.rmsDbfs = meanSquare > 0.0 ? OptDouble(10.0 * std::log10(meanSquare)) : std::nullopt;
        levels.dcOffset = c.sum / static_cast<double>(m_frames);
        d.channels.push_back(levels);
        peak = std::max(peak, c.peak);
        sumSquares += c.sumSquares;
        if (std::abs(levels.dcOffset) > std::abs(d.dcOffset))
            d.dcOffset = levels.dcOffset;
    }
    const double meanSquare = sumSquares / (static_cast<double>(m_frames) * static_cast<double>(m_channels.size()));
    if (peak > 0.0f)
        d.peakDbfs = 20.0 * std::log10(peak);
    if (meanSquare > 0.0)
        d.rmsDbfs = 10.0 * std::log10(meanSquare);
    // Crest over where the track plays (see the header's gates).
    const double sliceScale = 1.0 / (static_cast<double>(m_sliceFrames) * static_cast<double>(m_channels.size()));
    const double absoluteGate = std::pow(10.0, kAbsoluteGateDbfs / 10.0);
    double gatedSum = 0.0;
    std::size_t gatedCount = 0;
    for (float power : m_slicePowers) {
        if (power * sliceScale > absoluteGate) {
            gatedSum += power * sliceScale;
            ++gatedCount;
        }
    }
    if (gatedCount > 0 && d.peakDbfs) {
        const double relativeGate = gatedSum / static_cast<double>(gatedCount) * std::pow(10.0, kRelativeGateDb / 10.0);
        double playingSum = 0.0;
        std::size_t playing = 0;
        std::vector<double> sliceCrestDb;
        for (std::size_t i = 0; i < m_slicePowers.size(); ++i) {
            const double sliceMeanSquare = m_slicePowers[i] * sliceScale;
            if (sliceMeanSquare > std::max(absoluteGate, relativeGate)) {
                playingSum += sliceMeanSquare;
                ++playing;
                sliceCrestDb.push_back(20.0 * std::log10(static_cast<double>(m_slicePeaks[i])) - 10.0 * std::log10(sliceMeanSquare));
            }
        }
        d.playingFraction = static_cast<double>(playing) / static_cast<double>(m_slicePowers.size());
        d.crestDb = *d.peakDbfs - 10.0 * std::log10(playingSum / static_cast<double>(playing));
        d.shortTermCrestDb = percentile(sliceCrestDb, 0.5);
    } else if (d.peakDbfs && d.rmsDbfs) {
        // Shorter than one slice, or quieter than the gate throughout: the whole file.
        d.crestDb = *d.peakDbfs - *d.rmsDbfs;
        if (!m_slicePowers.empty())
            d.playingFraction = 0.0;
    }

    // Short-term RMS: 3 s windows (30 slices) every 0.5 s (5 slices); a file shorter than
    // 3 s gets one window over its whole length.
    const std::size_t window = 30;
    const std::size_t step = 5;
    const double channels = static_cast<double>(m_channels.size());
    std::vector<double> windowDb;
    auto addWindow = [&](std::size_t begin, std::size_t end) {
        double power = 0.0;
        for (std::size_t i = begin; i < end; ++i)
            power += m_slicePowers[i];
        const double ms = power / (static_cast<double>((end - begin) * static_cast<std::size_t>(m_sliceFrames)) * channels);
        if (ms > 1e-7)  // -70 dBFS
            windowDb.push_back(10.0 * std::log10(ms));
    };
    if (m_slicePowers.size() < window) {
        if (!m_slicePowers.empty())
            addWindow(0, m_slicePowers.size());
    } else {
        for (std::size_t begin = 0; begin + window <= m_slicePowers.size(); begin += step)
            addWindow(begin, begin + window);
    }
    if (!windowDb.empty()) {
        const double loudest = *std::max_element(windowDb.begin(), windowDb.end());
        std::erase_if(windowDb, [loudest](double v) { return v < loudest - 30.0; });
        d.dynamicRangeDb = percentile(windowDb, 0.95) - percentile(windowDb, 0.10);
    }

    if (m_firstLoudFrame >= 0) {
        d.leadingSilenceS = static_cast<double>(m_firstLoudFrame) / m_sampleRateHz;
        d.trailingSilenceS = static_cast<double>(m_frames - 1 - m_lastLoudFrame) / m_sampleRateHz;
    } else {
        d.leadingSilenceS = static_cast<double>(m_frames) / m_sampleRateHz;
        d.trailingSilenceS = d.leadingSilenceS;
    }
}

}  // namespace stemwise::core
