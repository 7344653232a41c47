#include "analysis/rhythmanalyzer.h"

#include "analysis/trackprofile.h"
#include "dsp/tempoestimation.h"

#include <algorithm>

namespace stemwise::core {

namespace {

// A transient: an onset whose high-passed energy jumps this much within ~1 ms over the 5 ms
// before it (a swell or a chord change rises by a few dB at most at that scale)...
constexpr float kTransientSharpnessDb = 12.0f;
// ...and whose onset strength is clearly above the local mean (a quiet tick is not one).
constexpr float kTransientStrength = 0.3f;

}  // namespace

AnalyzerInfo RhythmAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "rhythm";
    i.version = 1;
    i.wantsShortFrames = true;
    return i;
}

void RhythmAnalyzer::prepare(const AnalysisContext& context)
{
    m_sampleRateHz = context.format.sampleRateHz;
    m_onsets.prepare(context.shortStft, context.format.frames);
}

void RhythmAnalyzer::processShortFrame(const SpectrumFrame& frame)
{
    m_onsets.process(frame);
}

void RhythmAnalyzer::finish(TrackProfile& profile)
{
    m_onsets.finish();
    RhythmProfile& r = profile.rhythm;
    r = {};
    const auto& onsets = m_onsets.onsets();
    const auto& envelope = m_onsets.envelope();
    double durationS = m_sampleRateHz > 0.0 && profile.file.format.frames > 0
                           ? static_cast<double>(profile.file.format.frames) / m_sampleRateHz
                           : static_cast<double>(envelope.framesSeen) / std::max(envelope.frameRateHz, 1.0);

    r.onsetTimesS.reserve(onsets.size());
    int transients = 0;
    for (const Onset& o : onsets) {
        r.onsetTimesS.push_back(o.timeS);
        if (o.sharpnessDb >= kTransientSharpnessDb && o.strength >= kTransientStrength)
            ++transients;
    }
    if (durationS > 0.0) {
        r.onsetsPerS = static_cast<double>(onsets.size()) / durationS;
        r.transientDensity = transients / durationS;
    }

    const TempoEstimate tempo = estimateTempo(envelope);
    r.pulseClarity = tempo.pulseClarity;
    if (tempo.bpm) {
        r.tempoBpm = tempo.bpm;
        r.tempoConfidence = tempo.confidence;
        for (const auto& c : tempo.candidates)
            r.tempoCandidates.push_back({c.bpm, c.confidence, c.relation});
    }
}

}  // namespace stemwise::core
