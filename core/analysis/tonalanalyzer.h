#pragma once
// TonalAnalyzer: pitch, harmonicity and key of one track (TrackProfile::tonal).
//
// Pitch and HNR — short frames (~43 ms, every ~10.7 ms): every fourth frame's unwindowed
// samples go to YIN (dsp/pitchdetector.h: de Cheveigné & Kawahara 2002; HNR after
// Boersma 1993). A frame is voiced when YIN's aperiodicity is low and the frame's own
// spectrum has energy at f0 or 2·f0: a chord whose notes share a common subharmonic
// (G–C–E = 3:4:5 repeats every 65 Hz) is periodic too, but nothing sounds at its
// "fundamental". Voiced frames must agree with a neighbour within a semitone, and a run of
// voiced frames whose level falls faster than a plucked string's (a kick's pitched tail) is
// not counted. A triad over its root in the bass is nearly periodic at the bass note, so
// long frames under a steady voiced pitch are also checked for partials that one harmonic
// series (with a string's stretch) cannot explain: equal-tempered thirds miss it by 14
// cents. f0 and HNR are reported only for monophonic pitched material: enough of the
// non-silent frames voiced, and not polyphonic by that check. voicedFraction is reported
// either way (for chords it is the share of periodic frames).
//
// Key — long frames (~340 ms, every ~170 ms; ~2.9 Hz bins at 48 kHz): spectral peaks into a
// tuning-robust pitch-class profile (dsp/chroma.h, after Gómez 2006), with the first
// seconds weighted extra, correlated with the 24 key profiles (dsp/keyfinder.h:
// Krumhansl–Schmuckler with Krumhansl–Kessler 1982 and Temperley 1999 profiles). When the
// relative key comes close (they share a scale), the tonic triad that carries more of the
// chroma decides between them. tonalness is how strongly the chroma is concentrated in a
// key's pattern (key-profile fit × depth of the profile); keyConfidence combines it with
// the margin over the best key outside the relative pair and the clarity of the pair's
// decision. The key is reported only when that confidence is high enough, and never for a
// melody of fewer than three pitch classes (one held note's harmonics look like a major
// key); otherwise it is empty and the candidates say what was close, because "no key" is
// more useful to a mix engineer than a confident wrong one.
//
// Key over time — each second's share of the long frames' peaks per third of a semitone,
// folded to 12 classes around the track's tuning when it is known (finish): the chroma over
// time (TonalProfile::chromaSeries) from which a song's sections get their keys
// (analysis/sessionsections.h) without reading the audio again.
//
// Memory: the chroma over time is at most 4096 points of 144 bytes (pooled in pairs past 68
// minutes, as analysis/boundedseries.h pools), reserved in prepare() for the announced length
// (at least ten minutes); a stream that outruns it is pooled sooner. prepare() reserves the per-pitch-frame summaries (16 bytes per ~43 ms, at least
// ten minutes' worth, at most maxPitchFrames) for the announced length; when a stream runs
// longer, or past the cap, a random half of them is dropped and half as many are kept from
// then on, so memory is flat in the file's length and nothing allocates per frame.
// Threading: one instance per analysis thread (see analyzer.h).

#include "analysis/analyzer.h"
#include "dsp/chroma.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace stemwise::core {

class YinPitchDetector;

class TonalAnalyzer final : public Analyzer {
public:
    /// 2^16 summaries: 47 minutes at full rate (a pitch frame every ~43 ms). A longer file keeps a
    /// random sample of between 2^15 and 2^16 of them, so that its memory, here and in finish(),
    /// is that of a 47-minute file (with 2^20, ~12 h, a 6-hour file held 8 MB of summaries and
    /// twice that again while finish() sorted them).
    static constexpr std::size_t kDefaultMaxPitchFrames = std::size_t{1} << 16;

    /// `maxPitchFrames` caps the per-frame summaries kept: beyond it they are thinned.
    explicit TonalAnalyzer(std::size_t maxPitchFrames = kDefaultMaxPitchFrames);
    ~TonalAnalyzer() override;
    TonalAnalyzer(const TonalAnalyzer&) = delete;
    TonalAnalyzer& operator=(const TonalAnalyzer&) = delete;

    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void processShortFrame(const SpectrumFrame& frame) override;
    void processLongFrame(const SpectrumFrame& frame) override;
    void finish(TrackProfile& profile) override;

private:
    // What finish() needs of one pitch frame: a few floats, no spectrum.
    struct PitchFrame {
        float f0Hz = 0.0f;
        float periodicity = 0.0f;  // Boersma's r at the period
        float rmsDbfs = -200.0f;
        bool voiced = false;       // decided with its neighbours, before storing
        std::uint8_t rank = 0;     // survives thinning while rank ≥ m_thinLevel
    };
    // A pitch frame waiting for its successor.
    struct RawPitch {
        float f0Hz = 0.0f;
        float periodicity = 0.0f;
        float rmsDbfs = -200.0f;
        bool candidate = false;  // periodic, with low harmonics, not silent
    };
    // The open run of voiced frames with a continuous pitch: sums for its level's slope.
    struct Run {
        bool open = false;
        std::int64_t frames = 0;
        double st = 0.0, sl = 0.0, stt = 0.0, stl = 0.0;
        std::size_t firstStored = 0;  // index in m_pitchFrames of the run's first kept frame
        float lastF0Hz = 0.0f;
    };

    // The last pitch frames, for the polyphony check of the long frame that spans them.
    struct RecentPitch {
        double timeS = -1e9;
        float f0Hz = 0.0f;
        bool voiced = false;  // periodic, with low harmonics, not silent
    };

    void decide(const RawPitch& frame, const RawPitch* previous, const RawPitch* next);
    void closeRun();
    void checkPolyphony(double timeS, std::span<const PitchClassAccumulator::Peak> peaks);
    // Returns the number of pitch classes the melody uses, −1 when it is not monophonic.
    int finishPitch(TrackProfile& profile) const;
    void finishKey(TrackProfile& profile, int melodyClasses) const;
    void addToSeries(double timeS, std::span<const PitchClassAccumulator::Peak> peaks);
    void finishChromaSeries(TrackProfile& profile) const;

    const std::size_t m_maxPitchFrames;
    // Owned by the analysis thread; set in prepare().
    std::unique_ptr<YinPitchDetector> m_yin;
    PitchClassAccumulator m_chroma;
    PitchClassAccumulator m_openingChroma;  // the first seconds of tonal material only
    int m_openingFrames = 0;
    // The chroma over time, until the tuning is known: per interval, each third of a
    // semitone's share of the peaks of the frames in it (the frames' shares summed).
    static constexpr int kSeriesBinsPerSemitone = 3;
    using SeriesPoint = std::array<float, 12 * kSeriesBinsPerSemitone>;
    std::vector<SeriesPoint> m_series;  // capacity set in prepare()
    std::uint32_t m_seriesPool = 1;     // base intervals per point
    std::array<RecentPitch, 64> m_recent{};  // ring, ~1.3 s of pitch frames
    std::size_t m_recentNext = 0;
    double m_longBinHz = 0.0;
    int m_steadyFrames = 0;      // long frames under one steady voiced pitch …
    int m_polyphonicFrames = 0;  // … whose partials are not one harmonic series
    std::vector<PitchFrame> m_pitchFrames;  // capacity fixed in prepare()
    double m_pitchFrameS = 0.0;     // audio time per stored pitch frame (doubles on thinning)
    double m_rawPitchFrameS = 0.0;  // time between analysed pitch frames
    double m_longFrameS = 0.0;
    std::uint8_t m_thinLevel = 0;  // frames of lower rank are no longer kept
    std::int64_t m_pitchFramesSeen = 0;
    RawPitch m_previous, m_current;
    bool m_hasPrevious = false;
    bool m_hasCurrent = false;
    Run m_run;
};

}  // namespace stemwise::core
