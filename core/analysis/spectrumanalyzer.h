#pragma once
// Spectrum: the long-term average spectrum (LTAS) of the mid signal from the shared long
// STFT frames, the 7-band balance, spectral centroid / roll-off / flatness, dominant
// peaks and resonances.
//
// Levels: a bin's power is scaled so a sine of amplitude A reads A² at its peak
// (see SpectrumFrame). Band levels are converted to mean signal power (dividing the bin
// sum by 2·ENBW, ENBW = 1.5 bins for Hann), so a band holding a full-scale sine reads
// -3.01 dB, matching the RMS convention of the levels analyzer.
//
// Resonances are narrow peaks that (1) stand kMinResonanceGainDb or more above the median
// of the spectrum from a fifth below to a fifth above, (2) have Q = f / (−3 dB bandwidth)
// between kMinResonanceQ and kMaxResonanceQ (narrower still is a steady tone — a sustained
// note's partial or hum — not a resonance of an instrument, room or filter),
// and (3) persist: in at least kMinPersistence of the non-silent frames the bin holds at
// least a quarter of its long-term share of the frame's power. The persistence test
// separates a ringing mode or hum, present whatever is played (and, excited by each hit,
// ringing through its decay), from the notes of a melody, which come and go.
//
// Band activity, from the long frames: each band's mean power over every interval of
// kActivityIntervalS (frames are assigned by their centre time), so the session analysis can
// tell how much of the time two tracks are active in the same band at the same time.
//
// Sibilance, from the short frames: a non-silent frame is sibilant when 4.5–10 kHz holds at
// least kSibilantShare of its power.
//
// Memory: a few vectors of the long FFT's bin count and a histogram of 40 counters per bin
// (about 1.3 MB at 48 kHz); plus seven numbers per second of audio for the band activity
// (reserved in prepare() from the length the header declares).
// Threading: see Analyzer.

#include "analysis/analyzer.h"

#include "analysis/trackprofile.h"

#include <array>
#include <cstdint>
#include <vector>

namespace stemwise::core {

class SpectrumAnalyzer final : public Analyzer {
public:
    static constexpr int kLtasPointsPerOctave = 24;
    static constexpr double kFloorDb = -150.0;
    static constexpr double kMinResonanceGainDb = 6.0;
    static constexpr double kMinResonanceQ = 2.0;
    static constexpr double kMaxResonanceQ = 40.0;
    static constexpr double kMinResonanceHz = 30.0;
    static constexpr double kMaxResonanceHz = 16000.0;
    static constexpr double kMinPersistence = 0.7;
    static constexpr int kShareBuckets = 40;  // 3 dB steps down to -120 dB
    static constexpr std::size_t kMaxDominant = 8;
    static constexpr std::size_t kMaxResonances = 6;
    static constexpr double kSibilantShare = 0.4;
    static constexpr double kActivityIntervalS = 1.0;

    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void processShortFrame(const SpectrumFrame& frame) override;
    void processLongFrame(const SpectrumFrame& frame) override;
    void finish(TrackProfile& profile) override;

private:
    [[nodiscard]] double persistence(std::size_t bin) const;
    void closeActivityInterval();

    StftGeometry m_geometry;
    std::vector<double> m_powerSum;
    std::vector<double> m_shareSum;               // Σ over active frames of the bin's share of the frame
    std::vector<std::uint32_t> m_shareHistogram;  // kShareBuckets × bins frame counts
    std::size_t m_persistenceFirstBin = 0;
    std::size_t m_persistenceLastBin = 0;  // exclusive
    std::int64_t m_frames = 0;
    std::int64_t m_activeFrames = 0;

    // Band activity (long frames).
    std::array<std::size_t, kBandCount + 1> m_bandFirstBin{};  // band b: [first[b], first[b + 1])
    std::array<double, kBandCount> m_intervalPower{};
    std::int64_t m_intervalFrames = 0;
    std::int64_t m_interval = 0;
    double m_durationS = 0.0;  // as the header declares it; 0 when unknown (live)
    std::array<std::vector<double>, kBandCount> m_activityDb;

    // Sibilance (short frames).
    StftGeometry m_shortGeometry;
    std::size_t m_sibilantFirstBin = 0;
    std::size_t m_sibilantLastBin = 0;  // exclusive
    std::vector<double> m_sibilantPowerSum;
    std::int64_t m_shortActive = 0;
    std::int64_t m_shortSibilant = 0;
    double m_activeLevelSumDb = 0.0;
    double m_sibilantLevelSumDb = 0.0;
};

}  // namespace stemwise::core
