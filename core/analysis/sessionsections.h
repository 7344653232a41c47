#pragma once
// The song's sections from a session of stems: where stems enter and leave together, or their
// summed loudness jumps. Stemwise has the real stems, so which stems play is direct evidence no
// mix-only method has; a mix alone gets its own novelty instead (below). No functional names
// yet: every section is "section N".
//
// Markers. When the stems come from a DAW session with markers or ranges inside the song, those
// are the boundaries instead of the novelty peaks (the engineer's own map of the song beats an
// estimate): each at its exact time, not snapped, confidence 1, with the stems that changed
// across it as evidence, and the section it starts named by it ("Chorus").
//
// Input. Per stem, its level per interval (1 s up to 68 minutes of audio; pooled past that,
// analysis/boundedseries.h): the power sum of its seven bands' levels over time
// (SpectrumProfile::bandActivity), or, for a profile without them, its short-term loudness
// curve moved one interval earlier (the 3 s window ends a second after the interval's centre).
// Nothing re-reads the audio. Tracks of type "mix" are left out when there are stems: a bounce
// of the whole song is active everywhere and says nothing about the arrangement.
//
// Activity. A stem is active in an interval when its level is within kActiveRangeDb of its own
// loud level (the 90th percentile of its intervals) and above kActiveFloorDb, as a band is in
// BandActivity. A rest of up to kHoldS (a bar, when the tempo is known and the bar is longer)
// between active stretches is not an exit: a part that breathes for a bar keeps playing.
// Its feature per interval is 0 when inactive, else 0.5 plus 0.5 times where its level lies in
// the top kLevelSpanDb of its loud level: entering or leaving moves it by 0.5 to 1, a jump of
// kLevelSpanDb by 0.5.
//
// Novelty (J. Foote, "Automatic audio segmentation using a measure of audio novelty", ICME
// 2000). The distance of two intervals is the sum over stems of their features' differences
// (in "stems": one stem entering at full level is 1). A checkerboard kernel of kKernelS a side,
// tapered by a Gaussian (sigma half a side), slid along the diagonal of the distance matrix
// gives at every interval edge the mean distance across the edge minus the mean distance
// within each side: about the number of stems that changed there. Peaks of at least
// kMinNovelty, kMinSectionS apart and from either end, are the boundaries, strongest first.
// Confidence = 1 − exp(−novelty): one stem entering alone 0.63, two 0.86, three 0.95.
//
// Time. A boundary lies on an interval edge, then is refined within the interval before it:
// a stem entering mid-second fills only part of that second, and the part it fills is its
// power there against its loud level (the same for a stem leaving, in the second after). With
// a tempo, the boundary moves to the nearest bar line (4 beats) when it lies within kSnapBeats
// of one; further off (a pickup, a fill) it stays where it was found and says so. Bar 1 starts
// with the files (bounced stems start at the session's start) unless the boundaries say
// otherwise: when another phase puts more of them, and at least kMinPhaseBoundaries, within
// kPhaseToleranceBeats (or kPhaseToleranceMinS) of a bar line, the bars start at their mean
// offset (a bounce with a pre-roll); barOffsetS says where.
//
// Groups. Each section's mean feature vector; a section within kSameGroupDistance (in stems)
// of an earlier group's first section takes its letter; within kVariantDistance of an earlier
// letter and differing in at most kVariantShare of the stems that play in either (one stem
// more out of five is a variant; a vocal joining a pad and a bass is a new section), that
// letter primed (A′, A″); otherwise the next letter.
//
// Figures per section. Each section's loudness, short-term maximum, loudness range and band
// levels are those of the stems summed as powers: uncorrelated parts add so (two stems of one
// source in phase add up to 3 dB more in the real mix); each stem's own loudness over the
// section beside them. From the series the analysis keeps (short-term loudness each second,
// band levels each second): nothing re-reads the audio.
// Findings across sections: a section that stems enter but that is less than kMinLiftLu louder
// than the one before ("does not lift"); a low end (sub and bass bands) kMinLowEndDropDb below
// the section before while the loudness stays within kLowEndSameLoudnessLu; a section of
// kUnchangingBars bars (kUnchangingS without a tempo) where nothing changes.
//
// Key per section. Each stem's chroma over time (TonalProfile::chromaSeries, a point a second)
// summed over the intervals whose centre lies in the section, weighted by the stem's
// tonalness (drums and noise weigh little, as in the session's key: analysis/sessiontempo.h),
// decided by the tonal analysis' key finding (dsp/keyfinder.h, estimateKey). A key is given
// when that decision is clear (KeyEstimate::kMinConfidence) and the section holds at least
// kMinKeyMaterialS of tonal frames. Adjacent sections whose keys differ, each decided with at
// least kMinKeyChangeConfidence, make a "key change" finding: a short passage that leans on
// the home key's dominant (a four-bar bridge on V) reads as that key at a lower confidence
// (0.57 on the advice bench's pop song, whose other sections read D major at 0.71–0.95),
// and it is no modulation. A key change is found at a boundary only: the boundaries come from the
// stems, so a modulation while the same stems play on is not a boundary of its own, and the
// section that holds it gets the key of the larger part, or none.
//
// A mix alone. When there are no stems to go by (one file, or fewer than two stems beside a
// track of type "mix"), the boundaries come from the mix's own novelty instead: where its
// harmony, timbre or level changes (analysis/mixnovelty.h: chroma and band shape per interval,
// Foote's novelty over a cycle of 4 bars each side, harmony compared point by point a cycle
// apart). Peaks of at least kMixMinNovelty (set on the advice bench's three songs: their real
// boundaries peak at 0.94–5.3, their fills and a flute leaving mid-verse at 0.58–0.75, but for
// one at 1.43), kMixMinSectionS apart and from either end, strongest first, are the boundaries; each is placed between its
// interval edges by the peak's shape (a triangle: the parabola through the three points, its
// offset o read as 2o / (1 + 2|o|)) and snapped to the bars as above, bar 1 at the start of the
// file (half a second is too loose to tell a pre-roll from). Confidence =
// 1 − exp(−novelty); the evidence is what made the peak: each of harmony, timbre and level whose
// part (in its unit) is at least kMixEvidenceShare of the largest part, the level with its
// change in dB. Sections are grouped by MixNovelty::difference (mean level and band shape,
// chroma point by point from their starts): within kMixSameGroup of an earlier group's first
// section takes its letter, within kMixVariantDistance a primed one, else the next letter. A
// mix's sections list no stems; one file that is not typed "mix" is also its own one stem:
// where it enters and leaves (its activity as above) is said, and the sections it plays in.
// DAW markers win here too: they are the boundaries, with the mix's changes across them.
//
// Threading: pure functions.

#include "analysis/trackprofile.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

/// What the sections need of one stem: kept beside a streamed analysis (stemwise analyze) after
/// the profile itself is gone, so it is small: one level per interval.
struct StemActivity {
    std::string name;
    std::string type;          ///< "mix" is left out of the sections
    double intervalS = 1.0;
    std::vector<double> levelDb;  ///< per interval from the start of the file, dB re full scale, floored at -150
    double durationS = 0.0;
    /// For the figures per section: the short-term loudness at the end of each interval of
    /// `loudnessIntervalS` (LoudnessProfile::shortTermCurveLufs; -150 where silent), and each
    /// band's level per interval of `intervalS` (BandActivity; empty without it).
    double loudnessIntervalS = 1.0;
    std::vector<double> loudnessLufs;
    std::array<std::vector<double>, kBandCount> bandDb{};
    /// For the key per section: the stem's chroma over time (TonalProfile::chromaSeries) and
    /// how tonal the whole stem is (TonalProfile::tonalness, 0 when unknown), its weight.
    double chromaIntervalS = 1.0;
    std::vector<std::array<float, 12>> chroma;  ///< float: kept for every file of a streamed analysis
    double tonalness = 0.0;
};

/// The stem's level per interval from its profile (see above); an empty series when the
/// profile has neither band levels nor a loudness curve.
[[nodiscard]] StemActivity stemActivityOf(const TrackProfile& profile);

/// A boundary the engineer placed: a DAW session's marker, or where one of its ranges (REAPER
/// regions, Ardour range markers) starts or ends; its name names the section it starts.
struct SectionMarker {
    std::string name;
    double timeS = 0.0;
};

struct SectionBoundary {
    double timeS = 0.0;
    double confidence = 0.0;  ///< 0..1, from the novelty peak's height
    double novelty = 0.0;     ///< the peak: about the number of stems that changed
    bool snapped = false;     ///< moved to a bar line
    std::vector<std::string> entered;  ///< stems that start playing here
    std::vector<std::string> left;     ///< stems that stop
    std::vector<std::string> louder;   ///< playing on both sides, at least kLevelChangeDb louder after
    std::vector<std::string> quieter;  ///< the same, quieter after
    bool fromSession = false;  ///< the session's marker, not found in the stems (confidence 1)
    std::string marker;        ///< its name
    /// Found in a mix alone (SessionSections::fromMix): what of it changed here
    /// (analysis/mixnovelty.h, MixChange) and which of those made the peak.
    bool fromMix = false;
    double harmonyChange = 0.0;   ///< chroma distance of the cycle after from the one before, less the song's floor
    double timbreChangeDb = 0.0;  ///< distance of the band shapes, dB
    double levelChangeDb = 0.0;   ///< level after minus before, dB
    bool harmonyChanged = false;
    bool timbreChanged = false;
    bool levelChanged = false;
};

/// What changed at the boundary, a clause each ("Bass, Keys in", "Pad out", "Drums louder",
/// "Vox quieter"; SectionStemsIn…), in that order, then for a boundary found in a mix "harmony
/// changes", "timbre changes", "4.5 dB louder" (SectionMixHarmony…); none when nothing did. The CLI prints their
/// English, the window and the PDF translate them.
[[nodiscard]] std::vector<Text> boundaryEvidence(const SectionBoundary& boundary);

/// A stem's loudness over one section (gated like the section's).
struct SectionStemLoudness {
    std::string name;
    OptDouble loudnessLufs;
};

struct Section {
    int index = 1;        ///< 1-based, in time order
    double startS = 0.0;
    double endS = 0.0;
    std::string group;    ///< "A", "B", "A′"…: sections of one group have the same stems at the same levels
    std::string name;     ///< "section 1", "chorus 2" (see `role`), or the session marker's name: english(nameText)
    Text nameText;        ///< SectionNumbered or a role's name, or empty: the marker's name as it is
    std::vector<std::string> stems;  ///< active for at least half of the section

    // Figures over the section, of the stems summed as powers (see the header's top): the
    // short-term values whose 3 s window lies in it, gated as BS.1770-4 gates its blocks
    // (−70 LUFS, then 10 LU below their mean) for the loudness, as EBU Tech 3342 does (−70
    // LUFS, 20 LU) for the range.
    OptDouble loudnessLufs;
    OptDouble shortTermMaxLufs;
    OptDouble lraLu;
    std::array<OptDouble, kBandCount> bandLevelDb{};  ///< each band's mean power over the section, stems summed
    std::vector<SectionStemLoudness> stemLoudness;    ///< each stem that plays in it
    /// The key the section states (dsp/keyfinder.h's decision on the stems' chroma over the
    /// section, each stem weighted by its tonalness); none when it is not clear (confidence
    /// below KeyEstimate::kMinConfidence) or there is too little tonal material.
    std::optional<std::string> key;
    OptDouble keyConfidence;  ///< the decision's confidence, 0..1; none without tonal material
    /// Its function in the song (analysis/sectionnames.h): "intro", "verse", "pre-chorus",
    /// "chorus", "bridge", "break", "drop" or "outro", then also its name ("chorus 2"); empty
    /// where the evidence does not say which, or the session's markers bound the sections.
    std::string role;
    OptDouble roleConfidence;        ///< 0..1; none without a role
    std::vector<Text> roleEvidence;  ///< why it is named so, a clause each
};

/// "section 3 (A)", "Chorus (B)": a section's name and group, as the findings name it.
[[nodiscard]] Text sectionLabelText(const Section& section);

/// The section's low end: its sub and bass bands (20–250 Hz) together, dB; none without either.
[[nodiscard]] OptDouble lowEndLevelDb(const Section& section);

/// A finding across sections: what an engineer would hear from one section to the next.
struct SectionFinding {
    enum class Kind {
        NoLift,      ///< stems enter, yet the section is not louder than the one before
        LowEndDrop,  ///< the low end (20–250 Hz) falls while the loudness holds
        Unchanging,  ///< a long stretch where the same stems play at the same levels
        KeyChange,   ///< the section's key differs from the one before's, both clear
    };
    Kind kind = Kind::NoLift;
    int section = 0;    ///< Section::index
    int reference = 0;  ///< the section it is compared with (0: none)
    double value = 0.0; ///< NoLift: the loudness change, LU; LowEndDrop: the fall, dB; Unchanging: bars (or s without a tempo); KeyChange: semitones from the key before (−5…+6)
    std::vector<std::string> stems;  ///< NoLift: the stems that entered
    Text text;
    std::string message;  ///< the English of `text`
};

struct SessionSections {
    static constexpr double kActiveRangeDb = 20.0;
    static constexpr double kActiveFloorDb = -70.0;
    static constexpr double kLevelSpanDb = 12.0;
    static constexpr double kHoldS = 2.0;
    static constexpr double kKernelS = 8.0;
    static constexpr double kMinSectionS = 8.0;
    static constexpr double kMinNovelty = 0.5;
    static constexpr double kSnapBeats = 1.0;
    static constexpr double kPhaseToleranceBeats = 1.0 / 3.0;
    static constexpr double kPhaseToleranceMinS = 0.2;
    static constexpr std::size_t kMinPhaseBoundaries = 2;
    static constexpr double kLevelChangeDb = 6.0;
    static constexpr double kSameGroupDistance = 0.5;
    static constexpr double kVariantDistance = 1.25;
    static constexpr double kVariantShare = 0.25;
    static constexpr double kMinLiftLu = 0.5;          ///< stems entering should make a section at least this much louder
    static constexpr double kMinLowEndDropDb = 6.0;    ///< a fall of the low end worth telling…
    static constexpr double kLowEndSameLoudnessLu = 2.0;  ///< …while the loudness stays within this
    static constexpr double kUnchangingBars = 32.0;    ///< a section this long without a change (with a tempo)
    static constexpr double kUnchangingS = 75.0;       ///< the same without a tempo
    static constexpr double kMinKeyMaterialS = 2.0;    ///< tonal material a section needs for a key (frames' shares × seconds)
    static constexpr double kMinKeyChangeConfidence = 0.6;  ///< both keys this clear for a key change
    // A mix alone (see the header's top; its units in analysis/mixnovelty.h).
    static constexpr double kMixMinNovelty = 0.9;
    static constexpr double kMixMinSectionS = 6.0;
    static constexpr double kMixEvidenceShare = 0.5;
    static constexpr double kMixSameGroup = 1.0;
    static constexpr double kMixVariantDistance = 1.5;

    int stems = 0;             ///< stems that took part (not mixes, not empty)
    double durationS = 0.0;    ///< the longest stem
    double intervalS = 1.0;
    std::optional<double> tempoBpm;  ///< the tempo the boundaries were snapped with
    std::optional<double> barS;      ///< 4 beats of it
    std::optional<double> barOffsetS;  ///< where bar lines fall (0..barS): 0 unless the boundaries show a pre-roll
    /// The boundaries are the session's markers (SectionMarker), not the stems' novelty peaks.
    bool fromSession = false;
    /// No stems to go by: the sections are the mix's own (its novelty, or the markers with its
    /// changes across them); `mix` names the track, `cycleS` the stretch compared each side.
    bool fromMix = false;
    std::string mix;
    std::optional<double> cycleS;
    std::vector<SectionBoundary> boundaries;  ///< in time order
    /// Cover [0, durationS]; one when nothing changes, and one (stems = 0) for tracks with
    /// nothing measured to find them from; none without any track.
    std::vector<Section> sections;
    std::vector<SectionFinding> findings;  ///< in section order
};

/// The sections of the session whose stems are `stems`; `tempoBpm` the session's tempo
/// (analysis/sessiontempo.h), if known; `markers` the DAW session's (see the header's top):
/// those within the song replace the novelty peaks as boundaries, are not snapped, and name
/// the sections they start; what changed across each is measured as for a found boundary.
[[nodiscard]] SessionSections findSessionSections(const std::vector<StemActivity>& stems,
                                                  std::optional<double> tempoBpm = std::nullopt,
                                                  const std::vector<SectionMarker>& markers = {});

}  // namespace stemwise::core
