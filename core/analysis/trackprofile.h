#pragma once
// TrackProfile: every figure the analysis of one file produces, as plain values.
// Units are in the member names (Lufs, Lu, Dbfs, Dbtp, Db, Hz, S, Bpm). A figure that is
// undefined for this material (the loudness of silence, the tempo of a pad) is an empty
// std::optional, never a made-up number or -inf.
// Threading: a plain value; built by one thread, then read anywhere.

#include "audio/audiofileinfo.h"
#include "dsp/bands.h"
#include "util/text.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace stemwise::core {

using OptDouble = std::optional<double>;

struct LoudnessProfile {
    OptDouble integratedLufs;     ///< ITU-R BS.1770-4 gated integrated loudness
    OptDouble lraLu;              ///< EBU Tech 3342 loudness range
    OptDouble momentaryMaxLufs;   ///< max of the 400 ms momentary loudness
    OptDouble shortTermMaxLufs;   ///< max of the 3 s short-term loudness
    OptDouble truePeakDbtp;       ///< max over channels, 4x oversampled (BS.1770-4 Annex 2)
    std::vector<OptDouble> truePeakPerChannelDbtp;
    /// Short-term loudness every curveIntervalS: up to 4096 s of audio, the value at the end
    /// of each second; past that, the intervals double (2, 4, 8… s: 6 hours are 2700 points of
    /// 8 s) and each point is the power mean of the per-second values it covers (the last point
    /// may cover less). Empty entries where the signal is silent (every value it covers).
    /// See analysis/boundedseries.h.
    std::vector<OptDouble> shortTermCurveLufs;
    double curveIntervalS = 1.0;
};

struct ChannelLevels {
    OptDouble peakDbfs;
    OptDouble rmsDbfs;
    double dcOffset = 0.0;  ///< mean sample value, full scale = 1
};

struct DynamicsProfile {
    OptDouble peakDbfs;        ///< sample peak over all channels
    OptDouble rmsDbfs;         ///< RMS over all channels (power mean); a full-scale sine reads -3.01
    OptDouble crestDb;         ///< peakDbfs - the RMS of where the track plays (gated: see LevelsAnalyzer)
    OptDouble plrDb;           ///< peak-to-loudness ratio: truePeakDbtp - integratedLufs
    OptDouble psrDb;           ///< peak-to-short-term loudness ratio: truePeakDbtp - shortTermMaxLufs
    OptDouble dynamicRangeDb;  ///< see DynamicsAnalyzer: spread of short-term RMS percentiles
    double dcOffset = 0.0;     ///< largest |mean| over channels
    std::int64_t clippedSamples = 0;
    std::int64_t clippedRuns = 0;
    std::int64_t overSamples = 0;  ///< beyond full scale, not in a flat top: held by a float file, not clipped
    OptDouble playingFraction;     ///< share (0…1) of the 100 ms slices where the track plays (the crest's gate); null if none
    /// Median crest factor of those 100 ms slices: the waveform's own crest, transients
    /// aside (a steady sine's is 3.01 dB, as its whole crest); null if none plays.
    OptDouble shortTermCrestDb;
    std::int64_t nonFiniteSamples = 0;  ///< NaN/Inf in a float file; analysed as 0
    std::vector<ChannelLevels> channels;
    OptDouble leadingSilenceS;   ///< from the start to the first sample above -60 dBFS
    OptDouble trailingSilenceS;  ///< from the last sample above -60 dBFS to the end
};

struct BandLevel {
    double share = 0.0;  ///< fraction of the 20 Hz–20 kHz energy; the seven sum to 1
    OptDouble levelDb;   ///< band energy in dB relative to full scale
};

struct SpectralPeak {
    double frequencyHz = 0.0;
    double levelDb = 0.0;  ///< on the long-term average spectrum
};

struct Resonance {
    double frequencyHz = 0.0;
    double gainDb = 0.0;  ///< how far the peak stands above the smoothed spectrum around it
    double q = 0.0;       ///< frequencyHz / -3 dB bandwidth of the peak
    int noteGroups = 0;          ///< note groups the track's frames fall into (see SpectrumAnalyzer)
    int noteGroupsWithPeak = 0;  ///< of which the peak stands out in: a resonance stays put while the notes change
};

/// The EQ shape a tonal deviation has: a bell, or a step between two plateaus (a shelf).
enum class DeviationShape { Bell, LowShelf, HighShelf };

/// A broad bump (+) or dip (−) of the track's spectral envelope, or a step of it (a shelf), that
/// stays put while the notes change: what an EQ (or a boxy room, a honky mic, a dull source)
/// puts on a track. The inverse EQ undoes it (see SpectrumAnalyzer).
struct TonalDeviation {
    double frequencyHz = 0.0;  ///< a bell's centre; a shelf's midpoint (where it has half its gain)
    double gainDb = 0.0;  ///< + bump or raised side, − dip or lowered side, against the line the envelope follows around it
    double q = 0.0;       ///< a bell's Q (centre / the width between the half-gain points); a shelf's, slope 1: 0.71
    int noteGroups = 0;   ///< note groups it was measured over (1: no note changes to tell by)
    DeviationShape shape = DeviationShape::Bell;
    bool fitted = false;  ///< found by fitting the EQ shape (broad bells, shelves), not against the octave trend
};

[[nodiscard]] const char* deviationShapeName(DeviationShape shape);  ///< "bell", "low_shelf", "high_shelf"
[[nodiscard]] DeviationShape deviationShapeFromName(std::string_view name);  ///< bell for anything else

/// Short bursts dominated by 4.5–10 kHz ("s", "sh", "t"): what a de-esser acts on.
struct SibilanceMeasure {
    double fraction = 0.0;  ///< of the non-silent short frames, those that are sibilant
    OptDouble peakHz;       ///< strongest frequency of the sibilant frames' mean spectrum
    OptDouble excessDb;     ///< mean level of sibilant frames minus that of all non-silent frames
};

/// How each band's level moves over time, for the session's masking matrix ("how much of the
/// time are both tracks active in this band"). A band is active in an interval when its level
/// is within kBandActiveRangeDb of the band's loud level (its 90th percentile over the
/// intervals) and above kBandActiveFloorDb: a bass line playing is active, its release tails
/// and the bleed between notes are not.
struct BandActivity {
    static constexpr double kActiveRangeDb = 20.0;
    static constexpr double kActiveFloorDb = -70.0;
    double intervalS = 1.0;  ///< 1 s up to 4096 s of audio; 2, 4, 8… s past that (at most 4096 intervals)
    /// Band level (mean power, dB re full scale as BandLevel::levelDb, floored at -150) per
    /// interval, from the start of the file; an empty series when the analyzer did not run.
    std::array<std::vector<double>, kBandCount> levelDb{};
    std::array<double, kBandCount> activeFraction{};  ///< 0..1 of the intervals
};

/// The intervals in which band `band` of `activity` is active (see BandActivity).
[[nodiscard]] std::vector<bool> bandActiveIntervals(const BandActivity& activity, std::size_t band);

struct SpectrumProfile {
    /// Long-term average spectrum on a log-frequency grid (24 points per octave, 20 Hz to
    /// min(20 kHz, Nyquist)); level in dB of power per point relative to a full-scale sine,
    /// floored at -150 dB.
    std::vector<double> ltasFrequencyHz;
    std::vector<double> ltasDb;
    std::array<BandLevel, kBandCount> bands{};
    OptDouble centroidHz;
    OptDouble rolloff85Hz;  ///< frequency below which 85 % of the energy lies
    OptDouble flatness;     ///< spectral flatness (0 = tonal, 1 = white noise) of the LTAS
    std::vector<SpectralPeak> dominant;  ///< strongest distinct peaks, strongest first
    std::vector<Resonance> resonances;   ///< narrow peaks standing out of the smoothed spectrum
    std::vector<TonalDeviation> tonalDeviations;  ///< broad bumps and dips that stay put across notes, largest first
    SibilanceMeasure sibilance;
    BandActivity bandActivity;
};

struct BandCorrelation {
    double lowHz = 0.0;
    double highHz = 0.0;
    OptDouble correlation;
};

struct StereoProfile {
    bool isStereo = false;      ///< two or more channels (the first two are analysed)
    OptDouble correlation;      ///< Pearson correlation of L and R, -1..1
    OptDouble width;            ///< side energy / mid energy (0 mono, 1 uncorrelated, inf inverted)
    OptDouble balanceDb;        ///< L RMS over R RMS in dB (+ = left louder)
    OptDouble monoLossDb;       ///< level change when summed to mono, vs. the stereo mean level
    std::vector<BandCorrelation> lowBandCorrelation;  ///< correlation in low bands (below 300 Hz)
};

struct TempoCandidate {
    double bpm = 0.0;
    double confidence = 0.0;  ///< 0..1
    std::string relation;     ///< "best", "half", "double", "two_thirds", "three_halves"
};

struct RhythmProfile {
    OptDouble tempoBpm;                     ///< none for material without a steady pulse
    OptDouble tempoConfidence;              ///< 0..1
    std::vector<TempoCandidate> tempoCandidates;  ///< alternatives with their confidences
    std::vector<double> onsetTimesS;
    double onsetsPerS = 0.0;
    double transientDensity = 0.0;  ///< strong (percussive) onsets per second
    OptDouble pulseClarity;         ///< 0..1: how periodic the onset envelope is
};

struct KeyCandidate {
    std::string key;          ///< "A minor", "C major"
    double confidence = 0.0;  ///< 0..1
    std::string relation;     ///< "best", "relative", "parallel", "fifth_up", "fifth_down", "other"
};

/// A note a monophonic part plays: its pitch on the equal-tempered grid through the part's
/// median pitch, and the share of the voiced frames at it.
struct PlayedNote {
    double hz = 0.0;
    double share = 0.0;  ///< 0..1
};

/// The pitch-class profile over time (TonalAnalyzer): per interval, each class's share of the
/// interval's long frames (the peaks of a frame share 1 between them; a class of every frame
/// reads 1, silence 0), folded around the track's tuning; index 0 = C. For the key of a
/// stretch of the song (a section) without reading the audio again.
struct ChromaSeries {
    double intervalS = 1.0;  ///< 1 s up to 4096 s of audio; 2, 4, 8… s past that (at most 4096 intervals)
    std::vector<std::array<double, 12>> chroma;  ///< from the start of the file; empty when not measured
};

struct TonalProfile {
    OptDouble f0MedianHz;  ///< only for monophonic pitched material
    OptDouble f0MinHz;     ///< 5th percentile of voiced frames
    OptDouble f0MaxHz;     ///< 95th percentile of voiced frames
    OptDouble hnrDb;       ///< harmonic-to-noise ratio of voiced frames
    double voicedFraction = 0.0;  ///< share of non-silent frames with a clear pitch
    /// For pitched material (at least 30 % voiced; where it is polyphonic, its predominant
    /// pitch): the notes held on at least 3 % of the voiced frames, most played first (at most
    /// 24). A narrow peak there is the melody, not a fault.
    std::vector<PlayedNote> playedNotes;
    std::optional<std::string> key;  ///< none when uncertain
    OptDouble keyConfidence;
    std::vector<KeyCandidate> keyCandidates;  ///< best first, then relative, parallel, fifths
    OptDouble tonalness;  ///< 0..1: key-profile fit × chroma depth (see TonalAnalyzer)
    ChromaSeries chromaSeries;
};

struct PatternTag {
    std::string tag;       ///< "rhythmic", "tonal", "percussive", "sustained", "silent"
    std::string evidence;  ///< the figure that decided it, in words with its value (English)
    Text evidenceText = {};  ///< the same as a text code (util/text.h); empty when read from JSON
};

enum class Severity { Low, Medium, High };

struct Evidence {
    std::string measure;  ///< key of the figure, e.g. "true_peak_dbtp"
    double value = 0.0;
    std::string unit;     ///< "dBTP", "dB", "Hz", "" …
    std::string comparison;  ///< e.g. "> -1.0 dBTP" — the threshold or range it was compared with (English)
    Text comparisonText = {};  ///< the same as a text code; empty when there is none
    /// What was measured, in words, where the id names a track ("low_mids_share_Bass": "low
    /// mids share of Bass"); empty where the id alone says it.
    Text label = {};

    /// Evidence whose comparison is english(comparison).
    [[nodiscard]] static Evidence of(std::string measure, double value, std::string unit, Text comparison);
};

struct TrackIssue {
    std::string code;  ///< stable id: "clipping", "true_peak_over", "dc_offset", …
    Severity severity = Severity::Low;
    std::string message;  ///< english(text)
    std::vector<Evidence> evidence;
    Text text = {};  ///< the message as a text code; empty when read from JSON
};

/// The waveform for drawing (OverviewAnalyzer): per channel, the lowest and highest sample of
/// each of ~2000 equal spans of the file, full scale = 32767.
struct WaveformOverview {
    double bucketS = 0.0;  ///< duration of one span
    struct Channel {
        std::vector<std::int16_t> min;
        std::vector<std::int16_t> max;
    };
    std::vector<Channel> channels;
};

struct ScoreItem {
    std::string reason;   ///< english(text)
    double points = 0.0;  ///< negative for a deduction, positive for a bonus
    Text text = {};       ///< the reason as a text code; empty when read from JSON
};

struct TrackProfile {
    AudioFileInfo file;
    std::string name;
    std::string type;        ///< "vocals", "drums", "kick", … "other"
    std::string typeSource;  ///< "name", "measurements", "user"
    /// How sure the type is, 0..1: 1 for the user's choice, kTypeNameConfidence for a clear
    /// name, the audio's confidence otherwise (tracktype.h). Empty when read from a profile
    /// stored before it was measured.
    OptDouble typeConfidence;
    std::string typeGuess;     ///< the type the audio suggests (even where the name or user decided); "" if not known
    std::string typeRunnerUp;  ///< the audio's second choice, of another family; "" if none
    LoudnessProfile loudness;
    DynamicsProfile dynamics;
    SpectrumProfile spectrum;
    StereoProfile stereo;
    RhythmProfile rhythm;
    TonalProfile tonal;
    WaveformOverview overview;
    std::vector<PatternTag> patterns;
    std::vector<TrackIssue> issues;
    double qualityScore = 0.0;  ///< 0..100
    std::vector<ScoreItem> scoreBreakdown;
    std::int64_t framesMissing = 0;  ///< frames the header promised that the file lacks
    /// The file is cut short: framesMissing > 0, or by an amount it cannot tell (an Ogg
    /// stream without its end; audio/containercheck.h). What was there was analysed.
    bool truncated = false;
    std::map<std::string, int> analyzerVersions;  ///< id -> version of every analyzer that ran
    double analysisSeconds = 0.0;  ///< wall time of the analysis
};

[[nodiscard]] const char* severityName(Severity s);

}  // namespace stemwise::core
