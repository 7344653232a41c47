#pragma once
// LearnedModel: what the user's ratings and re-bounces taught Stemwise, as one Beta posterior
// over "the user finds this rule's suggestions useful" per rule × track type × genre.
//
// The prior of a cell is the rule's base confidence c with a prior strength of
// kPriorStrength pseudo-ratings: Beta(c·n0, (1 - c)·n0), n0 = 4. With that strength three
// "not useful" ratings of a rule whose base confidence is 0.7 bring its mean to
// 2.8 / 7 = 0.40, one "useful" back up to 3.8 / 8 = 0.48: a few ratings move it visibly, one
// stray click does not dominate. (Four pseudo-observations is the "weakly informative"
// strength of Gelman et al., "Bayesian Data Analysis", 3rd ed., sec. 2.4 on Beta priors
// with a prior sample size.)
//
// Evidence and its weights: "useful" +1 success, "not useful" +1 failure; "applied" +0.5
// success (acting on it says something), "dismissed" +0.5 failure; a re-bounce after
// "applied" whose evidence metric improved +1 success, worsened +1 failure (the effect).
// A rating given after listening to the suggestion (Listen or Preview: the user heard the
// problem, or the move, before judging it) counts kListenedWeight = 1.5 times those weights:
// "useful" after listening is +1.5 success, "dismissed" +0.75 failure. The counts shown
// (useful, not useful, …) still count ratings, one each. 1.5 keeps a heard verdict worth
// more than a read one without letting two of them outweigh the prior's four pseudo-ratings:
// three "not useful" after listening bring a 0.7 rule to 2.8 / 8.5 = 0.33 (0.40 unheard).
//
// Genre: each piece of evidence counts in the rule × type cell for any genre ("*") and, when
// the genre is known, in the rule × type × genre cell too. A suggestion in a known genre uses
// the genre's cell once it holds evidence, else the any-genre cell. Types never share cells:
// ratings on vocals do not move the rule on drums.
//
// Projects (issue 17, point 8: learning within its scope). A project is the session a rating
// was given in (its stored session's id). Each piece of evidence also counts in the rule × type
// cell of its project. In a project, the evidence from other projects (the rule × type cell's
// minus the project's own) moves the prior by at most kMaxOtherProjectsShift, and the project's
// own evidence then counts in full: "raise this stem by 36.5 dB" learned useful on another
// project's stem can lift a rule by 0.15, not carry it. The shift and whether it was bounded are
// in the personalisation shown with the suggestion. Without a project (a tool's own use), every
// piece of evidence counts in full, as before projects were kept.
//
// Reset forgets every cell and records when, so the effects of suggestions applied before it
// are not counted again; the ratings themselves stay in the database as history.
//
// Threading: a plain value.

#include "util/boundedjson.h"
#include "util/result.h"
#include "util/text.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

enum class Feedback { Useful, NotUseful, Applied, Dismissed, Improved, Worsened };
[[nodiscard]] const char* feedbackName(Feedback f);  ///< "useful", "not-useful", "applied", …
[[nodiscard]] std::optional<Feedback> feedbackFromName(std::string_view name);

/// A re-bounce's verdict on an applied suggestion, shown to the user. describe() is the
/// English line of the CLI and the JSON reports; the UI composes its own from the typed
/// members (the metric's id, the figures, the date).
struct EffectRecord {
    std::string suggestionUid;
    std::string track;
    std::string appliedAt;   ///< when the user marked it applied (ISO 8601 UTC)
    std::string measuredAt;  ///< when the re-bounce was analysed
    std::string label;       ///< "low-mid excess"
    std::string unit;
    double before = 0.0;
    double after = 0.0;
    bool improved = false;
    /// The metric's id (EffectMetric::measure: "low_mids_excess_db", "resonance_prominence_db",
    /// …); empty for verdicts stored before it was kept.
    std::string measure;
    double frequencyHz = 0.0;  ///< for a metric at a frequency ("prominence at 315 Hz"), else 0
    /// "applied 2026-11-03: low-mid excess 5.2 → 1.8 dB (better)" (the text is
    /// suggest/suggestion.h's effectText(), which names the metric from its id)
    [[nodiscard]] std::string describe() const;
};

/// How the user's feedback moved a suggestion's confidence, as typed values: the counts of
/// the learned cell used, its scope (track type, and the genre when the genre's own cell was
/// used) and the confidence before and after. describe() is the English sentence
/// (Posterior::explanation); the UI composes its own from these.
struct Personalisation {
    std::string trackType;             ///< the type id the feedback was on: "vocals", "kick", …
    std::optional<std::string> genre;  ///< set when the genre's own cell was used
    int useful = 0, notUseful = 0, applied = 0, dismissed = 0, improved = 0, worsened = 0;
    double confidenceBefore = 0.5;  ///< the rule's prior (its base confidence, clamped to 0.01..0.99)
    double confidenceAfter = 0.5;   ///< the posterior mean
    /// In a project: how far the other projects' evidence moved the prior (within
    /// ±LearnedModel::kMaxOtherProjectsShift), and whether it would have moved it further.
    double otherProjectsShift = 0.0;
    bool otherProjectsBounded = false;
    /// "your feedback on vocals (3 not useful) moved the confidence from 0.70 to 0.40": english(text())
    [[nodiscard]] std::string describe() const;
    [[nodiscard]] Text text() const;
};

struct LearnedCell {
    double prior = 0.5;      ///< the rule's base confidence when the cell last learned
    double successes = 0.0;  ///< weighted, see the header
    double failures = 0.0;
    int useful = 0, notUseful = 0, applied = 0, dismissed = 0, improved = 0, worsened = 0;
    std::vector<EffectRecord> effects;  ///< the latest few (kMaxEffectsPerCell), oldest first
};

struct Posterior {
    double prior = 0.5;      ///< the base confidence
    double alpha = 2.0;
    double beta = 2.0;
    double mean = 0.5;       ///< alpha / (alpha + beta): the shown confidence
    const LearnedCell* cell = nullptr;  ///< the cell used; nullptr = the prior alone
    std::string cellKey;
    /// "your feedback on vocals (3 not useful) moved the confidence from 0.70 to 0.40"
    /// (personalisation->describe()); empty when there is no evidence.
    std::string explanation;
    std::optional<Personalisation> personalisation;  ///< set when there is evidence
};

class LearnedModel {
public:
    static constexpr double kPriorStrength = 4.0;
    /// How much more a rating given after listening weighs (see the header).
    static constexpr double kListenedWeight = 1.5;
    static constexpr std::size_t kMaxEffectsPerCell = 5;
    /// The most the evidence of other projects moves a rule's confidence in a project (see the header).
    static constexpr double kMaxOtherProjectsShift = 0.15;
    /// Limits on a learned-state document read from outside (a file, an import): a real one
    /// is a few hundred kilobytes and six levels deep.
    static constexpr JsonLimits kJsonLimits{std::size_t{16} << 20, 16};
    /// The most evidence a cell may hold when read from outside: far beyond a lifetime of
    /// ratings, low enough that sums and means stay exact.
    static constexpr double kMaxEvidence = 1e6;

    /// The cell key: "rule|type|genre" with "*" for any genre.
    [[nodiscard]] static std::string cellKey(const std::string& rule, const std::string& type,
                                             const std::optional<std::string>& genre);

    /// Counts one piece of evidence about a suggestion of `rule` (base confidence
    /// `baseConfidence`) on a track of `type`; `afterListening`: a rating given after the user
    /// played the suggestion, weighed kListenedWeight times.
    void add(const std::string& rule, const std::string& type, const std::optional<std::string>& genre, double baseConfidence,
             Feedback feedback, const std::optional<EffectRecord>& effect = std::nullopt, bool afterListening = false,
             const std::optional<std::string>& project = std::nullopt);
    /// Takes back a rating counted by add() with the same arguments (the user undid it): its
    /// weight and its count leave the cells it went into. Only ratings are taken back, never a
    /// re-bounce's measured verdict; counts and evidence never go below zero.
    void withdraw(const std::string& rule, const std::string& type, const std::optional<std::string>& genre,
                  Feedback feedback, bool afterListening = false, const std::optional<std::string>& project = std::nullopt);
    /// The posterior mean of a cell, from its own prior.
    [[nodiscard]] static double meanOf(const LearnedCell& cell);

    /// The confidence of a suggestion of `rule` on a track of `type`; in `project`, other
    /// projects' evidence bounded (see the header).
    [[nodiscard]] Posterior posterior(const std::string& rule, const std::string& type,
                                      const std::optional<std::string>& genre, double baseConfidence,
                                      const std::optional<std::string>& project = std::nullopt) const;

    /// Forgets every cell; `at` (ISO 8601 UTC) becomes resetAt().
    void reset(const std::string& at);
    [[nodiscard]] const std::string& resetAt() const noexcept { return m_resetAt; }
    /// Whether a re-bounce verdict on this suggestion has been counted (since the reset).
    [[nodiscard]] bool effectCounted(const std::string& suggestionUid) const;
    /// Records that a re-bounce was compared for this suggestion without a verdict (no change).
    void markEffectCounted(const std::string& suggestionUid) { m_counted.push_back(suggestionUid); }

    [[nodiscard]] const std::map<std::string, LearnedCell>& cells() const noexcept { return m_cells; }
    [[nodiscard]] bool empty() const noexcept { return m_cells.empty(); }

    /// The learned state as JSON ("schema": "stemwise.learned/1"), compact or indented.
    [[nodiscard]] std::string toJson(bool pretty = false) const;
    /// Reads what toJson wrote, within kJsonLimits. Every value is checked before the model is
    /// returned: a prior between 0 and 1 (exclusive), evidence and counts from 0 to
    /// kMaxEvidence, finite effect figures; errors name the offending member as a JSON
    /// pointer ("/cells/3/successes: must lie from 0 to 1e+06 (got 1e+300)").
    [[nodiscard]] static Result<LearnedModel> fromJson(std::string_view text);
    [[nodiscard]] static Result<LearnedModel> fromJsonValue(const nlohmann::ordered_json& document);

private:
    struct ProjectEvidence {
        double successes = 0.0;
        double failures = 0.0;
    };
    std::map<std::string, LearnedCell> m_cells;
    std::map<std::string, ProjectEvidence> m_projectCells;  // "rule|type|project"
    std::vector<std::string> m_counted;  // suggestion uids whose effect was counted
    std::string m_resetAt;
};

}  // namespace stemwise::core
