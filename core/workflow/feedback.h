#pragma once
// The learning loop's two inputs, as operations on the user database:
//  - rateSuggestion(): the user's verdict on a stored suggestion (useful / not useful /
//    applied / dismissed) is stored with its time and counted in the learned model, in one
//    transaction;
//  - recordEffects(): effectiveness. When a track is analysed again (a re-bounce: a new
//    history entry), every suggestion on its earlier analyses that the user marked applied
//    (since the last reset) is checked once: its effect metric (Suggestion::metric), measured
//    the same way on the new profile, is compared with the value it had. Better by more than
//    the metric's tolerance counts as positive feedback for the rule, worse as negative, and
//    the user sees it ("applied 2026-11-03: low-mid excess 5.2 → 1.8 dB (better)").
//
// Errors: SqliteError and the repositories' errors are caught and returned as Error.
// Threading: as the Database given (one thread at a time).

#include "analysis/trackprofile.h"
#include "learn/learnedmodel.h"
#include "store/suggestionrepository.h"
#include "util/result.h"

#include <string>
#include <vector>

namespace stemwise::core {

class Database;

struct RateOutcome {
    StoredSuggestion suggestion;
    RatingRecord rating;
    Posterior before;  ///< of the suggestion's rule × type × genre cell
    Posterior after;
};

/// `id` is the suggestion's number (as shown) or its uid. `afterListening`: the user played
/// the suggestion (Listen or Preview) before rating it; the rating is stored marked and
/// weighs LearnedModel::kListenedWeight times.
[[nodiscard]] Result<RateOutcome> rateSuggestion(Database& db, const std::string& id, Feedback feedback,
                                                 bool afterListening = false);

/// Takes back the rating `ratingUid` (the user undid it): the rating is deleted and recorded
/// as withdrawn, and its evidence leaves the learned model, in one transaction. `rating` of
/// the outcome is the withdrawn rating; `before` and `after` the suggestion's confidence with
/// and without it. A rating already withdrawn (or never stored) is an error.
[[nodiscard]] Result<RateOutcome> withdrawRating(Database& db, const std::string& ratingUid);

/// Compares the applied suggestions of the track's earlier analyses with `profile`, the
/// profile of its analysis `analysisId`; counts each verdict once. Returns the verdicts
/// counted now.
[[nodiscard]] Result<std::vector<EffectRecord>> recordEffects(Database& db, std::int64_t analysisId,
                                                              const TrackProfile& profile);

/// Compares one metric: the verdict, or nothing when the change is within the tolerance or
/// the new profile lacks the figure.
[[nodiscard]] std::optional<EffectRecord> compareEffect(const Suggestion& applied, const TrackProfile& after);

}  // namespace stemwise::core
