#pragma once
// The suggestion rules (internal to core/suggest): the track rules (trackrules.cpp) and the
// session rules (sessionrules.cpp), with the spectrum helpers they share. SuggestionEngine
// runs them and then personalises, resolves, orders and caps what they return.
// Threading: pure functions.

#include "analysis/ltasqueries.h"
#include "analysis/sessionsections.h"
#include "suggest/knowledgebase.h"
#include "suggest/suggestionengine.h"

#include <string>
#include <vector>

namespace stemwise::core {

/// A bell narrower than this (Q; under about half an octave between its half-gain points) is a
/// notch: detail in the session plan, and a cut the track rules keep off played notes.
inline constexpr double kNotchQ = 3.0;
/// Two moves of one direction whose centres lie within this many octaves, and whose widths (in
/// octaves) are within this ratio, are one move: a broad carve and a broad low-mid cut at 300 Hz
/// are one, a 3 dB carve does not do the work of a Q 12 notch beside it (the session plan
/// merges them; the re-bounce rule takes a change that is such a move for the move applied).
inline constexpr double kSameMoveOctaves = 1.0 / 3.0;
inline constexpr double kSameMoveWidthRatio = 3.0;

/// Whether the stretches lowA…highA and lowB…highB (Hz) are one move's (kSameMoveOctaves).
[[nodiscard]] bool sameStretch(double lowA, double highA, double lowB, double highB);

/// A suggestion's parameter, numeric or named.
inline void param(Suggestion& s, const char* key, double value) { s.parameters.push_back({key, value}); }
inline void param(Suggestion& s, const char* key, const char* value) { s.parameters.push_back({key, std::string(value)}); }
inline void param(Suggestion& s, const char* key, const std::string& value) { s.parameters.push_back({key, value}); }

/// The most a ride (a part's level moved in one section) is suggested to move, dB: past this the
/// part's balance is the mix's question, not a section's (session and arrangement rules).
inline constexpr double kMaxRideDb = 6.0;

struct RuleContext {
    std::optional<double> tempoBpm;
    std::optional<std::string> genre;
    const DawContext* daw = nullptr;  ///< the DAW session's channels, when one was opened
    const StyleTargets* style = nullptr;  ///< the user's references' style (SuggestionContext::style)
};

/// The knowledge a track's rules check it against: its type's (with the genre), held to the
/// user's references' style where the context has one (withReferenceStyle()).
[[nodiscard]] inline TypeKnowledge ruleKnowledge(const TrackProfile& track, const RuleContext& context)
{
    TypeKnowledge k = typeKnowledge(track.type, context.genre);
    return context.style != nullptr ? withReferenceStyle(std::move(k), *context.style) : k;
}

/// Every track rule on one track; then what its DAW channel already holds (DawChannel) shapes
/// them: a high-pass in place on a channel that plays the file is not suggested again; an EQ
/// on the channel does the high-pass; a compressor on it gets the compression settings.
void runTrackRules(const TrackProfile& track, const RuleContext& context, std::vector<Suggestion>& out);

/// The re-bounce rule (bouncerules.cpp): the EQ change between the track's previous bounce and
/// `now` — their long-term spectra's difference fitted as a fader change plus up to three bells
/// or shelves (dsp/eqshape.h) — undone where it is large (a boost from 4 dB, a cut from 6 dB),
/// the fit close (it explains 80 % of the difference, leaving at most 2 dB RMS: the same part,
/// not another take), and the earlier bounce's own advice did not ask for it.
void runBounceRules(const TrackProfile& now, const EarlierBounce& before, const RuleContext& context, std::vector<Suggestion>& out);

/// The session rules; fills the masking matrix and the summed-headroom figures of `set`.
void runSessionRules(const std::vector<TrackProfile>& tracks, const RuleContext& context,
                     const std::optional<SessionMixMeasure>& mix, SuggestionSet& set, std::vector<Suggestion>& out);

/// The workflow suggestions from the arrangement (arrangementrules.cpp), on the session's
/// sections as the session rules found them from `tracks`.
void runArrangementRules(const SessionSections& sections, const std::vector<TrackProfile>& tracks, std::vector<Suggestion>& out);

// ---- spectrum helpers (on the 1/24-octave long-term average spectrum) ------------------

// The LTAS queries (ltasAt, prominenceAt, loudestRegionHz, shareBelowDb): analysis/ltasqueries.h.

// ---- the texts' pieces the track and session rules share ------------------------------

/// A band's index into the 7-band arrays of a profile.
[[nodiscard]] inline std::size_t bandIndex(Band b) { return static_cast<std::size_t>(b); }

namespace ruletext {
/// An evidence comparison: `op` ("> %1") on a number with its decimals and unit.
[[nodiscard]] inline Text cmp(TextCode op, double v, int decimals, std::string unit = {})
{
    return {op, {TextArg::number(v, decimals, std::move(unit))}};
}
/// The track's type as a term of the catalogue ("vocals").
[[nodiscard]] inline TextArg typeOf(const TrackProfile& t) { return TextArg::termOf(TermKind::TrackType, t.type); }
}  // namespace ruletext

/// Rounds to a step (0.5 dB, 5 Hz, …).
[[nodiscard]] double roundTo(double value, double step);
/// A frequency rounded for display and dialling in: 1 Hz below 100, 5 Hz below 1 kHz, 50 Hz above.
[[nodiscard]] double roundHz(double hz);
[[nodiscard]] std::string hzText(double hz);  ///< "315 Hz", "4.2 kHz"

}  // namespace stemwise::core
