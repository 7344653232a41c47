#pragma once
// LoudnessAnalyzer: programme loudness as an 'EBU Mode' meter reads it, into
// TrackProfile::loudness.
//   - ITU-R BS.1770-4, Annex 1: K-weighting, channel weights, gated integrated loudness;
//   - EBU Tech 3341 (V3 2016 / V4 2023): momentary (400 ms) and short-term (3 s) loudness,
//     read every 10 ms (every 100 ms where 10 ms is not a whole number of frames), their
//     maxima, and the short-term value at the end of each second as the loudness curve (past
//     68 minutes, the power mean of those values over 2, 4, 8… s: analysis/boundedseries.h);
//   - EBU Tech 3342: loudness range from the short-term loudness sampled at 10 Hz;
//   - ITU-R BS.1770-4, Annex 2: true peak per channel, through TruePeak (dsp/truepeak.h).
//
// libebur128 does the K-weighting and channel weighting (mode M with histogram: it keeps
// 400 ms of filtered audio and allocates nothing per block); every 10 ms we ask it for the
// energy of those 10 ms, and momentary, short-term, gating blocks, integrated loudness,
// range and curve are built here from those energies (the .cpp says why). Its true-peak
// mode is not used: it resamples every frame, where TruePeak skips what cannot raise the
// peak. Channel weights (BS.1770-4 Table 3): 1 and 2 channels weigh 1 each (mono is not
// doubled); 5 channels are L R C Ls Rs and 6 are L R C LFE Ls Rs (the WAV/SMPTE order),
// with the LFE left out and the surrounds at +1.5 dB; any other count weighs 1 throughout.
//
// Rates under 22.05 kHz are metered at 48 kHz (libsoxr, "high quality"): libebur128 designs
// its K-weighting for the stream's rate from the 48 kHz filters, and the bilinear transform
// bends the shelf near Nyquist, more as the rate falls (pink noise read 0.06 LU loud at
// 22.05 kHz, 0.11 at 16 kHz, 0.26 at 8 kHz against the same audio resampled to 48 kHz,
// ffmpeg's ebur128 as libebur128); under 3.4 kHz the shelf's 1.68 kHz corner lies past
// Nyquist and the meter diverges (a 200 Hz tone at 2 kHz read a momentary maximum of +3000
// LUFS). Resampled, the audio meets BS.1770's own 48 kHz filters. True peak is read from the
// stream as it is.
//
// A figure the material does not define stays empty: no integrated loudness without one
// 400 ms gating block above -70 LUFS, no momentary maximum before 400 ms of audio, no
// short-term figure (curve, maximum, loudness range) before 3 s, no true peak for a silent
// channel. Readings below the -70 LUFS absolute gate count as undefined.
//
// prepare() allocates; process() allocates nothing (the loudness curve is reserved for the
// stream's length when the format states it; a live stream, or one that outruns its header,
// makes it grow, rarely), and memory is flat in the stream's length: the curve holds at most
// BoundedSeries::kDefaultMaxPoints points, however long the file or the live stream.
// Threading: as every Analyzer, one instance is used by one thread.

#include "analysis/analyzer.h"
#include "analysis/boundedseries.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace stemwise::core {

class TruePeak;

class LoudnessAnalyzer final : public Analyzer {
public:
    LoudnessAnalyzer();
    ~LoudnessAnalyzer() override;
    LoudnessAnalyzer(const LoudnessAnalyzer&) = delete;
    LoudnessAnalyzer& operator=(const LoudnessAnalyzer&) = delete;

    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void process(const AudioBlock& block) override;
    void finish(TrackProfile& profile) override;

private:
    struct Meter;      // the libebur128 state; its header stays out of ours
    struct Resampling;  // audio/resampler.h's, for low rates, and its output buffer

    void meterInterleaved(const float* frames, std::size_t count);
    void resampleAndMeter(const float* interleaved, std::size_t count);
    void takeReading();
    void addToLoudnessRange(double energy);
    [[nodiscard]] std::optional<double> loudnessRangeLu() const;

    // Fixed by prepare().
    std::unique_ptr<Meter> m_meter;
    std::unique_ptr<Resampling> m_resampler;  // null: metered at the stream's rate
    std::unique_ptr<TruePeak> m_truePeak;
    std::size_t m_channels = 0;
    std::size_t m_readingFrames = 0;     // frames between two meter readings
    std::size_t m_readingsPerMomentary = 0;
    std::size_t m_readingsPerShortTerm = 0;
    std::size_t m_readingsPer100ms = 0;  // loudness-range sampling: 10 Hz
    std::size_t m_readingsPerSecond = 0;  // loudness curve

    // Owned by the analysing thread, sized in prepare().
    std::vector<float> m_interleaved;     // a chunk of a planar block, interleaved
    std::vector<double> m_readingEnergy;  // ring of the last short-term window's readings
    std::vector<std::uint32_t> m_rangeHistogram;  // short-term loudness, 0.01 LU bins
    std::size_t m_framesSinceReading = 0;
    std::int64_t m_readings = 0;
    double m_rangeEnergySum = 0.0;  // of the short-term values above the absolute gate
    std::int64_t m_rangeCount = 0;
    std::optional<double> m_momentaryMaxLufs;
    std::optional<double> m_shortTermMaxLufs;
    BoundedSeries m_curveEnergy;  // the short-term energy at the end of each second, pooled
};

}  // namespace stemwise::core
