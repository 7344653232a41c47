#pragma once
// Suggestion: one concrete mixing move for a track, a pair of tracks or the whole session,
// with the measurements that justify it. Parameters come from the track's own figures and
// carry their unit in the key (frequency_hz, gain_db, q, slope_db_per_oct, threshold_db,
// ratio, attack_ms, release_ms, knee_db, makeup_db, …); text parameters (filter: "high_pass",
// "bell", "high_shelf", …; key: the side-chain source) sit beside the numbers.
// Threading: plain values.

#include "analysis/trackprofile.h"
#include "learn/learnedmodel.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace stemwise::core {

enum class SuggestionType { Eq, Filter, Compression, Gate, DeEsser, Saturation, Stereo, Level, Arrangement };
[[nodiscard]] const char* suggestionTypeName(SuggestionType type);  ///< "eq", "de-esser", …
[[nodiscard]] std::optional<SuggestionType> suggestionTypeFromName(std::string_view name);

struct SuggestionParameter {
    std::string key;  ///< unit in the name: "frequency_hz", "gain_db", "q", "filter", …
    std::variant<double, std::string> value;
};

/// What a suggestion acts on.
struct SuggestionTarget {
    enum class Kind { Track, Pair, Session };
    Kind kind = Kind::Track;
    /// Track: the track; Pair: the track that should change (it yields) first, then the other
    /// (then the others, when the session plan merged carves making room for several).
    std::vector<std::string> tracks;
};
[[nodiscard]] const char* targetKindName(SuggestionTarget::Kind kind);  ///< "track", "pair", "session"

/// The figure a suggestion means to change, so a re-analysis after the user applied it can
/// tell whether it worked (learn/effectiveness.h). Measured by measureEffectMetric().
struct EffectMetric {
    std::string measure;       ///< e.g. "low_mids_excess_db", "resonance_prominence_db"
    std::string label;         ///< words for the user: "low-mid excess" (english(effectMetricLabel(…)))
    std::string unit;          ///< "dB", "" …
    double value = 0.0;        ///< at the time of the suggestion
    int goal = -1;             ///< -1: lower is better; +1: higher is better
    double toleranceAbs = 0.5; ///< a change smaller than this is "no change"
    double frequencyHz = 0.0;  ///< for measures at a frequency (a resonance)
    double reference = 0.0;    ///< what an excess is measured from (a share limit, …)
};

/// The words of an effect metric as a text ("low-mid excess", "prominence at 315 Hz"), from
/// its id and frequency (EffectMetric::measure and ::frequencyHz, as an EffectRecord keeps
/// them too); empty for an id it does not know.
[[nodiscard]] Text effectMetricLabel(std::string_view measure, double frequencyHz);
/// A re-bounce verdict as a text: "applied 2026-11-03: low-mid excess 5.2 → 1.8 dB (better)"
/// (EffectRecord::describe() is its English); the metric's words from its id where known.
[[nodiscard]] Text effectText(const EffectRecord& effect);

/// How the session plan (suggest/sessionplan.h) changed a suggestion, as typed values and as a
/// text (`noteText`, which a UI renders); its English (`text`) is what the CLI prints under the
/// reasoning and the JSON carries.
struct PlanNote {
    /// "merged": this move also stands for another one of the same kind and place (`rule`,
    ///           `tracks`, `parameters`: the other's), which is dropped;
    /// "replaces": a contradicting move (the other's) was dropped in this one's favour;
    /// "in_gain_plan": this level move is one line of the session's gain plan (hidden);
    /// "gain_plan_line": on the gain plan: one track's moves (`tracks`: the track;
    ///           `parameters`: clip_gain_db, fader_db, mix_change_db) from `rule`.
    std::string kind;
    std::string rule;
    std::vector<std::string> tracks;
    std::vector<SuggestionParameter> parameters;
    std::string text;  ///< the English sentence (CLI, JSON): "It also does the work of “…”." (english(noteText))
    Text noteText = {};  ///< the same as a text code; empty for a note stored before notes had one
};

struct Suggestion {
    /// Identity: `key` is the rule's dedup key within one run (rule, target, band); `uid`
    /// and `storeId` are set once stored (store/suggestionrepository.h), else empty / 0.
    std::string key;
    std::string uid;
    std::int64_t storeId = 0;

    std::string rule;       ///< the rule's stable id, e.g. "resonance_cut"
    SuggestionTarget target;
    std::string trackType;  ///< the type of the (first) target track; "session" for the session
    SuggestionType type = SuggestionType::Eq;
    std::string title;        ///< one line: "Cut 4.5 dB at 315 Hz (Q 4.2) on Lead Vocal" (English: english(titleText))
    std::string description;  ///< how to do it (English)
    std::vector<SuggestionParameter> parameters;
    int basePriority = 3;     ///< 1 = most urgent … 5, as the rule set it
    int priority = 3;         ///< after personalisation (see SuggestionEngine)
    double baseConfidence = 0.5;  ///< the rule's prior, 0..1
    double confidence = 0.5;      ///< personalised: the Beta posterior mean (learn/learnedmodel.h)
    std::string reasoning;        ///< why, citing the figures (English)
    /// The title, description and reasoning as text codes (util/text.h), which a UI renders in
    /// its language; kept with a stored suggestion. Empty for one stored before they were.
    Text titleText = {};
    Text descriptionText = {};
    Text reasoningText = {};
    std::vector<Evidence> evidence;
    std::string personalisation;  ///< how the user's ratings and re-bounces moved it; empty if they did not
    std::vector<std::string> effectNotes;  ///< "Vox: applied 2026-11-03: low-mid excess 5.2 → 1.8 dB (better)"
    /// The typed values behind `personalisation` and `effectNotes` (English, for the CLI and
    /// the JSON reports), from which the UI composes its own sentences. Not stored: a
    /// suggestion read back from the database has the English texts only.
    std::optional<Personalisation> personalisationDetail;
    std::vector<EffectRecord> effects;  ///< one per effect note, in the same order
    std::optional<EffectMetric> metric;

    /// For the contradiction check: the EQ band it acts on and the direction (-1 cut, +1 boost);
    /// 0 for moves that are not a boost or cut.
    double bandLowHz = 0.0;
    double bandHighHz = 0.0;
    int direction = 0;

    /// The session plan's impact tier (sessionplan.h): 1 clipping and bus headroom, 2 masking of
    /// the lead elements, 3 tonal balance, 4 detail. Priority follows it.
    int impact = 4;
    std::vector<PlanNote> plan;  ///< what the session plan merged into it or dropped for it

    bool shown = true;  ///< false: beyond the per-track or session cap, or pushed out by the user's ratings

    /// Sets the title, description and reasoning: the texts and their English.
    void say(Text title, Text description, Text reasoning);

    [[nodiscard]] const SuggestionParameter* parameter(std::string_view key) const;
    [[nodiscard]] std::optional<double> number(std::string_view key) const;
};

}  // namespace stemwise::core
