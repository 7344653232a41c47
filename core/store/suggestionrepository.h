#pragma once
// Suggestions and their ratings in the user database (tables of schema v3), and the
// learned-model state.
//
// A stored suggestion belongs to the analysis (history entry) of the track it changes; a
// session-level one to the analysis of the session's first track. Its uid is derived from
// the engine version, the suggestion's key (rule, target, band), the uids of the analyses
// it was made from and the context (genre, tempo), so suggesting again on unchanged files
// finds the same row and the user keeps rating the same id; a re-bounce (a new analysis)
// or another genre or tempo makes new suggestions. Columns:
// code = the rule, message = the title, parameters_json = the whole suggestion as
// report/suggestionsreport.h writes it (parameters, target, evidence, effect metric).
//
// Ratings: the `rating` column holds +1 useful, -1 not useful, +2 applied, -2 dismissed,
// each a row with its time; nothing is ever updated or deleted (triggers refuse deletes).
// `after_listening` (schema v8) is 1 when the user had played the suggestion (Listen or
// Preview) before rating it. A rating the user takes back (Edit > Undo in the window) is the
// one a trigger lets go besides a deleted history entry's: withdrawRating() records its uid
// in rating_withdrawals (schema v9) and deletes it.
// The learned model is one row of model_state (key "learned_model"), the JSON of
// LearnedModel::toJson().
//
// Errors: every method throws SqliteError (and std::runtime_error for a stored suggestion or
// model that does not parse). Threading: as the Database it is given.

#include "learn/learnedmodel.h"
#include "suggest/suggestion.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

class Database;

struct StoredSuggestion {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t analysisId = 0;
    std::string createdAt;
    Suggestion suggestion;  ///< as stored (its uid and storeId set)
    std::optional<std::string> genre;  ///< the genre it was made in (for the learned cell)
};

struct RatingRecord {
    std::int64_t id = 0;
    std::string uid;
    std::int64_t suggestionId = 0;
    Feedback feedback = Feedback::Useful;  ///< Useful, NotUseful, Applied or Dismissed
    std::string ratedAt;
    bool afterListening = false;  ///< rated after playing it with Listen or Preview
};

[[nodiscard]] int ratingCode(Feedback feedback);  ///< +1, -1, +2, -2; 0 for the effect verdicts
[[nodiscard]] std::optional<Feedback> feedbackFromRatingCode(std::int64_t code);

class SuggestionRepository {
public:
    explicit SuggestionRepository(Database& db) : m_db(db) {}

    /// The uid `suggestion` has when made from the analyses with these uids in this context
    /// (genre and tempo: a suggestion made for another genre or tempo is another suggestion).
    [[nodiscard]] static std::string uidFor(const Suggestion& suggestion, const std::vector<std::string>& analysisUids,
                                            const std::optional<std::string>& genre, const std::optional<double>& tempoBpm);
    /// The uid schema versions 1..6 gave the same suggestion (the same inputs through the
    /// frozen legacy hash, store/legacyhash64.h): a suggestion stored then is still found by it.
    [[nodiscard]] static std::string legacyUidFor(const Suggestion& suggestion, const std::vector<std::string>& analysisUids,
                                                  const std::optional<std::string>& genre,
                                                  const std::optional<double>& tempoBpm);

    /// Stores `suggestion` under `analysisId` unless a suggestion with its uid (or, stored by
    /// schema version 6 or earlier, its legacy uid) exists; either way sets suggestion.uid
    /// (the stored one) and suggestion.storeId. Returns true if it was added.
    bool store(Suggestion& suggestion, std::int64_t analysisId, const std::vector<std::string>& analysisUids,
               const std::optional<std::string>& genre, const std::optional<double>& tempoBpm, const std::string& createdAt);

    /// The uid of the analysis (history entry) `analysisId`.
    [[nodiscard]] std::optional<std::string> analysisUid(std::int64_t analysisId);
    /// The project an analysis belongs to, for the learned model (learn/learnedmodel.h): its
    /// stored session's id, as "session:<id>".
    [[nodiscard]] std::optional<std::string> projectOf(std::int64_t analysisId);

    [[nodiscard]] std::optional<StoredSuggestion> byId(std::int64_t id);
    [[nodiscard]] std::optional<StoredSuggestion> byUid(const std::string& uid);
    /// Every suggestion stored for the analysis `analysisId` (what its rounds said), oldest first.
    [[nodiscard]] std::vector<StoredSuggestion> ofAnalysis(std::int64_t analysisId);

    RatingRecord addRating(std::int64_t suggestionId, Feedback feedback, const std::string& ratedAt,
                           bool afterListening = false);
    [[nodiscard]] std::vector<RatingRecord> ratingsOf(std::int64_t suggestionId);
    [[nodiscard]] std::optional<RatingRecord> ratingByUid(const std::string& uid);
    /// Takes the rating `uid` back as the user asked: records it withdrawn at `at` and deletes
    /// it. Returns false when no such rating is stored (withdrawn already, or never stored).
    bool withdrawRating(const std::string& uid, const std::string& at);
    /// Whether the rating `uid` was withdrawn (an import does not bring it back).
    [[nodiscard]] bool ratingWithdrawn(const std::string& uid);

    struct Applied {
        StoredSuggestion suggestion;
        RatingRecord rating;  ///< the latest "applied" rating
    };
    /// Suggestions on earlier analyses (id < analysisId) of the track holding `analysisId`,
    /// rated "applied" at or after `since` (ISO 8601; empty = ever).
    [[nodiscard]] std::vector<Applied> appliedBefore(std::int64_t analysisId, const std::string& since);

private:
    std::optional<StoredSuggestion> select(const char* where, const std::string& value);
    Database& m_db;
};

class LearnedStateRepository {
public:
    static constexpr const char* kKey = "learned_model";
    explicit LearnedStateRepository(Database& db) : m_db(db) {}
    /// The stored model; an empty model when none is stored.
    [[nodiscard]] LearnedModel load();
    void save(const LearnedModel& model);

private:
    Database& m_db;
};

}  // namespace stemwise::core
