#pragma once
// SuggestionEngine: from the profiles of a session's tracks, the context (tempo, genre, the
// measured sum of the stems) and the learned state, the suggestions to show.
//
//   profiles ─► track rules (per track: filter, EQ, de-esser, compression, stereo, level)
//            ─► session rules (masking matrix over all pairs ─► carve / side-chain naming
//               the track that yields; summed headroom; mono compatibility of the sum;
//               balance across stems)
//            ─► gain plan (sessionplan.h: the session's level moves summed into one)
//            ─► personalise (learn/learnedmodel.h: Beta posterior per rule × type × genre
//               sets the shown confidence; below kHideBelowConfidence the suggestion moves
//               to the "more" list)
//            ─► session plan (sessionplan.h: impact tier → priority (moved one step per 0.1
//               of confidence below or above the rule's prior); order; no move beside its
//               contradiction, a carve never beside a cut of what it makes room for,
//               near-duplicates merged; at most maxPerTrack shown per track and
//               maxPerSession in all, the rest have shown = false, available on demand).
//
// The rules and the figures they compare with are in trackrules.cpp, sessionrules.cpp and
// knowledgebase.cpp (sources there and in docs/suggestions.md).
//
// Threading: run() is a pure function of its arguments; call it from any thread.

#include "analysis/sessionsections.h"
#include "analysis/trackprofile.h"
#include "dsp/eqshape.h"
#include "learn/learnedmodel.h"
#include "suggest/knowledgebase.h"
#include "suggest/sessionmix.h"
#include "suggest/suggestion.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

/// A track's channel in the DAW session the stems came from, as plain values: the caller
/// copies them from the session it read (suggest/dawcontext.h does it from daw/), so the rules
/// never see the readers. Only active plug-ins are listed.
struct DawChannel {
    std::string track;                     ///< the DAW track's name
    std::vector<std::string> highPasses;   ///< high-pass filters on the channel, by name
    std::vector<std::string> eqs;          ///< EQs (which may hold a high-pass band)
    std::vector<std::string> compressors;  ///< compressors (limiters apart)
    /// True when the file is one the session plays: the audio before the channel's plug-ins;
    /// false for a bounce matched by name (after them, as far as can be told).
    bool beforePlugins = true;
    double gainDb = 0.0;  ///< the level on the bus: fader + trim + VCAs (−infinity: silent)
    double pan = 0.0;     ///< −1 left … +1 right
    bool mute = false;    ///< muted, or muted by a VCA
    bool solo = false;    ///< soloed in the DAW followed live: while any track is, only the soloed ones reach the bus
};

/// What the DAW session says that the suggestions use.
struct DawContext {
    std::string daw;                  ///< as the user knows it: "Ardour", "REAPER"
    std::optional<double> tempoBpm;   ///< the session's tempo at its start
    std::map<std::string, DawChannel> channels;  ///< by the track's name (TrackProfile::name)
    std::vector<SectionMarker> markers;  ///< the session's markers and ranges: the sections' boundaries
};

/// A track's previous bounce as the database remembers it (workflow/storedaudio.h:
/// previousBounceOf): its profile and when it was analysed.
struct EarlierBounce {
    TrackProfile profile;
    std::string analysedAt;  ///< ISO 8601, UTC
    /// What the rounds on it suggested (as stored): a change since that one of them asked for —
    /// the move of a re-bounce rule included — is the engineer acting on it.
    std::vector<Suggestion> advice;
};

struct SuggestionContext {
    std::optional<double> tempoBpm;    ///< set by the user; else the session's (analysis/sessiontempo.h)
    std::optional<std::string> key;    ///< set by the user ("A minor"); else the session's
    std::optional<std::string> genre;  ///< set by the user (lower case), or estimated (genreEstimated)
    /// The genre is the estimate from the user's tagged references (compare/genreestimate.h),
    /// not the user's choice: the context says "estimated".
    bool genreEstimated = false;
    /// The project the suggestions are for (learn/learnedmodel.h: other projects' ratings are
    /// bounded in it); none: every rating counts in full.
    std::optional<std::string> project;
    std::size_t maxPerTrack = 5;       ///< shown per track; the rest are on demand
    std::size_t maxPerSession = 30;    ///< shown in all (sessionplan.h); the rest are on demand
    /// The measured sum of the stems (sessionmix.h); without it the summed true peak is only
    /// bounded from the tracks' own true peaks, and mono compatibility of the sum is unknown.
    std::optional<SessionMixMeasure> mix;
    /// The DAW session the stems came from, when one was opened: its tempo stands in for the
    /// estimate (a tempo the user set still wins) and the channels' plug-ins shape the track
    /// rules (trackrules.cpp).
    std::optional<DawContext> daw;
    /// Each track's previous bounce, by the track's name (TrackProfile::name), where the
    /// database has one: the re-bounce rule (rules.h: runBounceRules) measures what changed.
    std::map<std::string, EarlierBounce> earlierBounces;
    /// The style of the user's references for this context (workflow/referencetargets.h fills
    /// it: the genre's references, weighted by the user's ratings, features of at least three
    /// of them): a track of type "mix" is held to their 90th percentiles where a rule checks a
    /// band's share or the loudness range (knowledgebase.h, withReferenceStyle()), and the
    /// suggestion's evidence and reasoning say so ("outside 90 % of your references"). Stems
    /// are not: a reference is a whole record.
    std::optional<StyleTargets> style;
};

/// The context as the rules used it, with where each value came from. Tempo and key are the
/// session's one tempo and key (decideSessionTempoKey(), analysis/sessiontempo.h), the same
/// the window's session bar shows.
struct ContextUsed {
    std::optional<double> tempoBpm;
    /// "user", "from the Ardour session", "detected (<tracks>)" or "none": english(tempoSourceText)
    std::string tempoSource;
    Text tempoSourceText = {};
    std::vector<std::string> tempoTracks;  ///< detected: the tracks whose own estimate it is
    std::optional<std::string> key;
    std::string keySource;  ///< "user", "detected (<tracks>)" or "none": english(keySourceText)
    Text keySourceText = {};
    std::vector<std::string> keyTracks;  ///< detected: the tracks whose own key it is
    std::optional<std::string> genre;
    std::string genreSource;  ///< "user", "estimated" (workflow/sessiongenre.h, compare/genreestimate.h) or "none"
};

/// One cell of the masking matrix: two tracks in one band.
struct MaskingCell {
    std::size_t first = 0;   ///< track indices into the input
    std::size_t second = 0;
    Band band = Band::Bass;
    double lowHz = 0.0;      ///< where in the band both spectra are strong (LTAS overlap)
    double highHz = 0.0;
    double bothActiveFraction = 0.0;  ///< of the intervals: both active in the band at once
    double levelDifferenceDb = 0.0;   ///< first's band level minus second's
    /// How much further apart the two are in the ear that favours each: half the difference of
    /// their left/right balances (the DAW's pan, else the file's own), dB; 0 for two parts
    /// in the same place.
    double panSeparationDb = 0.0;
    double severity = 0.0;            ///< 0..1, see sessionrules.cpp
};

struct SuggestionSet {
    /// Ordered: shown ones first (by priority, then impact, then confidence), then the rest in the
    /// same order (sessionplan.h).
    std::vector<Suggestion> suggestions;
    ContextUsed context;
    std::vector<MaskingCell> masking;  ///< every pair and band with severity > 0
    /// The summed-headroom figures: measured when the context had a mix, else the bound.
    std::optional<double> summedTruePeakDbtp;
    bool summedTruePeakMeasured = false;
    std::optional<SessionMixMeasure> mix;
    std::optional<DawContext> daw;  ///< the DAW context the rules had (SuggestionContext::daw)
};

class SuggestionEngine {
public:
    /// Bumped when rules change what they suggest; stored with each suggestion.
    static constexpr int kVersion = 1;
    static constexpr double kHideBelowConfidence = 0.25;

    [[nodiscard]] static SuggestionSet run(const std::vector<TrackProfile>& tracks, const SuggestionContext& context,
                                           const LearnedModel& learned);
};

/// The EQ change between two bounces of one part (the re-bounce rule's measure, bouncerules.cpp):
/// the difference of their long-term spectra (where both are within 60 dB of their loudest
/// point, 30 Hz–18 kHz) fitted as a fader change plus up to three bells or shelves of 4 dB or
/// more (dsp/eqshape.h) — when the fit says it is a filter: it explains 80 % of the difference
/// and leaves at most 2 dB RMS, no shape past 18 dB. Empty otherwise (another take, no change).
[[nodiscard]] std::optional<EqChangeFit> bounceEqChange(const TrackProfile& earlier, const TrackProfile& now);
/// Its shapes in words, for the history: "a bell of +8.0 dB at 403 Hz, Q 2.0 (100 % of the
/// change explained)".
[[nodiscard]] Text eqChangeText(const EqChangeFit& fit);

/// The figure `metric` names, measured on `profile` the same way the rule measured it when
/// it made the suggestion; empty when the profile lacks it.
[[nodiscard]] std::optional<double> measureEffectMetric(const TrackProfile& profile, const EffectMetric& metric);

}  // namespace stemwise::core
