#pragma once
// Levels and dynamics: sample peak, RMS, crest factor, DC offset, clipping, a dynamic-range
// figure, and leading/trailing silence. Fills TrackProfile::dynamics (PLR is derived later
// from the loudness figures).
//
// Conventions (the ones `sox stats` and most DAW meters use):
// - RMS in dBFS relative to a full-scale square wave: a full-scale sine reads -3.01 dBFS.
// - Clipping: a flat top: a run of three or more consecutive samples at or beyond full scale
//   (|x| ≥ kFullScale) holding the same value (within one 24-bit step). One sample touching
//   full scale is a legitimately normalised peak, and so is the rounded top of a low sine.
//   A clipped run is one such run. Samples beyond full scale (|x| > 1) that are not in a flat
//   top are overs (overSamples): only a float file holds them, and it holds them intact (a
//   float stem does not clip; it would once converted to fixed point without a trim).
// - Crest factor: the peak over the RMS of where the track plays: the 100 ms slices that
//   pass an absolute gate at -70 dBFS and a relative one 20 dB under the power mean of the
//   slices above the absolute gate (BS.1770's two gates, on unweighted power, with a wider
//   relative gate as crest is about peaks, not loudness). A clap heard for 48 s of a 127 s
//   stem has the crest of its 48 s, not of its silence. playingFraction is the share of
//   slices that pass both gates. rmsDbfs stays the whole file's (as `sox stats` reads it).
// - Short-term crest factor (shortTermCrestDb): the median, over those playing slices, of
//   each slice's own peak over its own RMS. It is the waveform's crest (3.01 dB for a sine,
//   4.77 for a sawtooth) with the transients of a few slices left out; a crest factor near
//   it says the track has no peaks above its waveform, which no compressor could cause.
// - Dynamic range (dynamicRangeDb): the spread between the 95th and the 10th percentile of
//   the short-term RMS (3 s windows, every 0.5 s) over the windows that are not silent
//   (above -70 dBFS) and within 30 dB of the loudest window — the unweighted analogue of
//   EBU Tech 3342's loudness range, so a steady track reads near 0 dB and a track with
//   quiet verses and loud choruses reads their difference.
// - Silence: below -60 dBFS (0.001) on every channel.
//
// Memory: two floats per 100 ms of audio (slice power and peak); otherwise constant.
// Threading: see Analyzer.

#include "analysis/analyzer.h"

#include <vector>

namespace stemwise::core {

class LevelsAnalyzer final : public Analyzer {
public:
    static constexpr float kFullScale = 0.9999f;  // -0.0009 dBFS: above any 16-bit non-full-scale code
    static constexpr float kSilence = 0.001f;     // -60 dBFS
    static constexpr int kClipRunLength = 3;
    static constexpr float kFlatTolerance = 1.0f / 8388608.0f;  // one 24-bit step
    static constexpr double kAbsoluteGateDbfs = -70.0;
    static constexpr double kRelativeGateDb = -20.0;

    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void process(const AudioBlock& block) override;
    void finish(TrackProfile& profile) override;

private:
    struct Channel {
        float peak = 0.0f;
        double sumSquares = 0.0;
        double sum = 0.0;
        std::int64_t fullScaleRun = 0;  // consecutive samples at or beyond full scale so far
        std::int64_t oversInRun = 0;    // of which beyond full scale (|x| > 1)
        float previous = 0.0f;
    };
    void closeRun(Channel& c);
    void scanClipping(Channel& c, const float* x, std::size_t n);

    std::vector<Channel> m_channels;
    std::int64_t m_frames = 0;
    std::int64_t m_clippedSamples = 0;
    std::int64_t m_clippedRuns = 0;
    std::int64_t m_overSamples = 0;
    std::int64_t m_firstLoudFrame = -1;
    std::int64_t m_lastLoudFrame = -1;
    double m_sampleRateHz = 0.0;
    // 100 ms slices of summed power (all channels) for the short-term RMS windows.
    std::int64_t m_sliceFrames = 0;
    std::int64_t m_sliceFill = 0;
    double m_slicePower = 0.0;
    float m_slicePeak = 0.0f;
    std::vector<float> m_slicePowers;
    std::vector<float> m_slicePeaks;  // largest |sample| of each slice, all channels
};

}  // namespace stemwise::core
