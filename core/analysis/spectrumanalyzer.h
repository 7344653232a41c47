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
// Note groups (issue 17: tell the instrument from the fault). Each active long frame joins the
// group of its strongest pitch class (its chroma from 80 Hz to 2 kHz), and each group keeps
// its own mean spectrum. A partial of a played note stands out only in the groups where its
// note sounds; a resonance of a room, a shell or a filter stands out in every group. So a
// resonance must stand kResonanceGroupDb above its surround in at least kMinNoteShare of the
// groups that hold kMinGroupShare of the frames (a track of one note, or a drum whose frames
// land in one group, cannot be told by this: its count says so). Nor may it belong to a
// harmonic series (two of 2f, 3f, 4f peaking too, or f the m-th partial of one): a sustained
// note under a changing melody stays put like a resonance, but it carries its partials.
//
// Tonal deviations (issue 17: broad bumps, dips and steps, prescribed as their inverse), two ways:
// - Against the trend (findBells): per group, the spectral envelope on the 1/24-octave grid (the
//   peak level within 1/12 octave, so the envelope runs over the partials, not the gaps between
//   them), minus its trend (the median an octave either side); the lower quartile of that over the
//   groups (the upper for a dip) keeps what stays put while the notes change: a bump must stand in
//   three quarters of them. Extremes of at least kMinDeviationDb between 40 Hz and 16 kHz (and
//   within kDeviationRangeDb of the envelope's loudest point: not the noise floor), with Q (centre
//   / width between the half-gain points) from kMinDeviationQ to kMaxDeviationQ. A bell broader
//   than about Q 1.5 reaches past that octave and the trend swallows it; so does a shelf.
// - Fitted (findFittedShapes): the median of the groups' envelopes (each levelled to its median),
//   smoothed over 1/12 octave either side, is modelled around each point as a straight line (the
//   track's local tilt) plus one EQ shape — a bell of each of kBroadBellQs, or a shelf of slope 1
//   (the analogue prototypes of the RBJ cookbook filters) — by least squares; the shape's
//   coefficient is the gain. A shape is kept when it explains at least kMinDeviationFit of what
//   the line leaves (r²; kMinBroadBellFit for a bell), leaves an RMS residual under
//   kMaxDeviationResidual (kMaxBroadBellResidual) of its gain, is between kMinDeviationDb and
//   kMaxDeviationDb, and holds in three quarters of the groups at half its gain; one at a time,
//   each taken out of the envelopes before the next is looked for. A step is a low shelf or a high
//   shelf with a level change, so it is reported as the shelf on the nearer end of the track's
//   range (above or below its middle in octaves). An instrument's register, body and formants
//   bulge broadly too: on real stems the strict fit finds few broad bells, and a shelf's plateaus
//   rarely stand clear of the instrument's own roll-offs (see the advice benchmark).
// A bell found against the trend within a fitted shape's reach is that shape, and is dropped.
//
// Band activity, from the long frames: each band's mean power over every interval of
// kActivityIntervalS (frames are assigned by their centre time), so the session analysis can
// tell how much of the time two tracks are active in the same band at the same time. Past
// 68 minutes the intervals are pooled two by two (2, 4, 8… s, the power mean: see
// analysis/boundedseries.h), so that a long file's series stays as short as an hour's.
//
// Sibilance, from the short frames: a non-silent frame is sibilant when 4.5–10 kHz holds at
// least kSibilantShare of its power.
//
// Memory: a few vectors of the long FFT's bin count, a histogram of 40 counters per bin and
// twelve note groups' spectra (about 2.1 MB at 48 kHz); plus the band activity, seven series
// of at most BoundedSeries::kDefaultMaxPoints points (reserved in prepare() from the length the
// header declares): flat in the file's length.
// Threading: see Analyzer.

#include "analysis/analyzer.h"
#include "analysis/boundedseries.h"

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
    static constexpr int kNoteGroupCount = 12;
    static constexpr double kChromaLowHz = 80.0;
    static constexpr double kChromaHighHz = 2000.0;
    static constexpr double kMinGroupShare = 0.04;
    static constexpr std::int64_t kMinGroupFrames = 6;
    static constexpr double kResonanceGroupDb = 3.0;
    static constexpr double kMinNoteShare = 0.75;
    static constexpr double kMinDeviationDb = 4.0;
    static constexpr double kMinDeviationQ = 0.5;
    static constexpr double kMaxDeviationQ = 8.0;
    static constexpr double kMinDeviationFit = 0.7;
    static constexpr double kMaxDeviationDb = 13.0;
    static constexpr double kMaxDeviationResidual = 0.35;
    static constexpr double kMinDeviationHz = 40.0;
    static constexpr double kMaxDeviationHz = 16000.0;
    static constexpr double kShelfWindowOctaves = 2.0;
    static constexpr std::array<double, 5> kBroadBellQs{0.5, 0.7, 1.0, 1.4, 2.0};
    static constexpr double kBroadBellWindowWidths = 1.25;
    static constexpr double kMinBroadBellFit = 0.95;
    static constexpr double kMaxBroadBellResidual = 0.15;
    static constexpr double kMinWindowShare = 0.6;
    static constexpr std::size_t kMaxDeviations = 6;
    static constexpr double kDeviationRangeDb = 50.0;

    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void processShortFrame(const SpectrumFrame& frame) override;
    void processLongFrame(const SpectrumFrame& frame) override;
    void finish(TrackProfile& profile) override;

private:
    [[nodiscard]] double persistence(std::size_t k) const;
    // Each note group's spectral envelope on the 1/24-octave grid from 20 Hz (the peak dB within
    // each point's 1/24-octave band, then the highest within 1/12 octave either side: it runs
    // over the partials, not the gaps between them). Both ways of finding tonal deviations read
    // it; empty when the grid holds fewer than three octaves.
    struct GroupEnvelopes {
        std::vector<double> gridHz;
        std::vector<std::vector<double>> envelopeDb;  ///< per group, one value per grid point
    };
    [[nodiscard]] GroupEnvelopes groupEnvelopes(const std::vector<std::vector<double>>& groupDb) const;
    void findTonalDeviations(SpectrumProfile& sp, const std::vector<std::vector<double>>& groupDb) const;
    [[nodiscard]] std::vector<TonalDeviation> findBells(const GroupEnvelopes& groups) const;
    [[nodiscard]] std::vector<TonalDeviation> findFittedShapes(const GroupEnvelopes& groups) const;
    void closeActivityInterval();

    StftGeometry m_geometry;
    std::vector<double> m_powerSum;
    std::vector<double> m_shareSum;               // Σ over active frames of the bin's share of the frame
    std::vector<std::uint32_t> m_shareHistogram;  // kShareBuckets × bins frame counts
    std::size_t m_persistenceFirstBin = 0;
    std::size_t m_persistenceLastBin = 0;  // exclusive
    std::int64_t m_frames = 0;
    std::int64_t m_activeFrames = 0;

    // Note groups (long frames): each bin's pitch class from kChromaLowHz to kChromaHighHz,
    // and per group the summed power of every bin.
    std::vector<std::uint8_t> m_binPitchClass;
    std::size_t m_chromaFirstBin = 0;
    std::size_t m_chromaLastBin = 0;  // exclusive
    std::vector<double> m_groupPower;  // kNoteGroupCount × bins
    std::array<std::int64_t, kNoteGroupCount> m_groupFrames{};

    // Band activity (long frames).
    std::array<std::size_t, kBandCount + 1> m_bandFirstBin{};  // band b: [first[b], first[b + 1])
    std::array<double, kBandCount> m_intervalPower{};
    std::int64_t m_intervalFrames = 0;
    std::int64_t m_interval = 0;
    double m_durationS = 0.0;  // as the header declares it; 0 when unknown (live)
    std::int64_t m_wantedIntervals = 0;  // intervals the declared length covers; 0 when unknown
    std::array<BoundedSeries, kBandCount> m_activityPower;  // mean power per interval, pooled

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
