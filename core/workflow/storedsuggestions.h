#pragma once
// suggestAndStore(): the whole suggestion round on stored analyses, as `stemwise suggest`
// and the desktop app's suggestions panel run it:
//  1. effectiveness: recordEffects() for every track (applied suggestions of its earlier
//     analyses against this one);
//  2. SuggestionEngine::run() with the learned model as stored now;
//  3. every suggestion stored (SuggestionRepository::store, in one transaction), so it has
//     a stable id (storeId) to rate with rateSuggestion() (workflow/feedback.h).
// The caller analyses first (workflow/storedanalysis.h: each profile with the id of its history
// entry) and, if it wants the sum of the stems measured, puts measureSessionMix()'s result in
// the context.
//
// Errors: database failures come back as Error. Threading: blocks; `db` as Database says.

#include "learn/learnedmodel.h"
#include "suggest/suggestionengine.h"
#include "util/result.h"

#include <cstdint>
#include <vector>

namespace stemwise::core {

class Database;

struct StoredSuggestions {
    SuggestionSet set;                  ///< each suggestion with its uid and storeId
    std::vector<EffectRecord> effects;  ///< re-bounce verdicts counted in this round
};

/// `tracks[i]` is the profile of the analysis `analysisIds[i]` (same length).
[[nodiscard]] Result<StoredSuggestions> suggestAndStore(Database& db, const std::vector<TrackProfile>& tracks,
                                                        const std::vector<std::int64_t>& analysisIds,
                                                        const SuggestionContext& context);

}  // namespace stemwise::core
