#pragma once
// RhythmAnalyzer: onsets, tempo and transients of a track, from the short frames of the
// shared STFT of the mid signal (its only FFTs are of the onset envelope, in finish()).
//
//   short frame ─► OnsetDetector (SuperFlux onset strength per frame, onsets picked online
//                  and placed in the time domain within ~1 ms)        [dsp/onsetdetector.h]
//   finish()    ─► estimateTempo (accent-band generalised autocorrelation, metrical
//                  scoring with a perceptual prior, octave and 2:3 alternatives)
//                                                                     [dsp/tempoestimation.h]
//
// Figures (RhythmProfile): tempoBpm, tempoConfidence and tempoCandidates, or none of them
// when the material has no steady pulse (pads, sustained tones, noise, irregular onsets such
// as speech, silence, files shorter than a few beats); onsetTimesS and onsetsPerS;
// transientDensity, the onsets per second that are both strong and sharp (a drum hit, a
// pick, a slap; not a swell or a chord change); pulseClarity.
//
// Memory: the onset envelope (five floats per ~10.7 ms frame) and the onset list grow with
// the track; both are reserved in prepare() when the length is known.
// Threading: an instance is used by one thread (see analyzer.h).

#include "analysis/analyzer.h"
#include "dsp/onsetdetector.h"

namespace stemwise::core {

class RhythmAnalyzer final : public Analyzer {
public:
    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void processShortFrame(const SpectrumFrame& frame) override;
    void finish(TrackProfile& profile) override;

private:
    OnsetDetector m_onsets;
    double m_sampleRateHz = 0.0;
};

}  // namespace stemwise::core
