#pragma once
// suggestAndStore(): the whole suggestion round on stored analyses, as `stemwise suggest`
// and the desktop app's suggestions panel run it:
//  1. effectiveness: recordEffects() for every track (applied suggestions of its earlier
//     analyses against this one);
//  2. SuggestionEngine::run() with the learned model as stored now, and the style of the user's
//     references of the round's genre (workflow/referencetargets.h) unless the context has one;
//  3. every suggestion stored (SuggestionRepository::store, in one transaction), so it has
//     a stable id (storeId) to rate with rateSuggestion() (workflow/feedback.h).
// The caller analyses first (workflow/storedanalysis.h: each profile with the id of its history
// entry). measureMixAndSuggest() is the round as `stemwise suggest`, `stemwise report` and the
// desktop app run it: first the sum of the stems measured (suggest/sessionmix.h) into the
// context, then suggestAndStore().
//
// Errors: database failures come back as Error. Threading: blocks; `db` as Database says.

#include "learn/learnedmodel.h"
#include "suggest/suggestionengine.h"
#include "util/result.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace stemwise::core {

class Database;

struct StoredSuggestions {
    SuggestionSet set;                  ///< each suggestion with its uid and storeId
    std::vector<EffectRecord> effects;  ///< re-bounce verdicts counted in this round
    /// measureMixAndSuggest(): why the sum of the stems was not measured, when it was asked
    /// for (the suggestions then bound the summed true peak from the tracks' own).
    std::optional<Error> mixError;
};

struct MixAndSuggestOptions {
    /// Read the stems again to measure their sum (with two tracks or more); false: bound it.
    bool measureMix = true;
    /// Polled while the sum is measured; set, the round stops with ErrorCode::Cancelled.
    const std::atomic<bool>* cancel = nullptr;
};

/// `tracks[i]` is the profile of the analysis `analysisIds[i]` (same length).
[[nodiscard]] Result<StoredSuggestions> suggestAndStore(Database& db, const std::vector<TrackProfile>& tracks,
                                                        const std::vector<std::int64_t>& analysisIds,
                                                        const SuggestionContext& context);

/// The sum of `tracks`' files measured into `context.mix` (see MixAndSuggestOptions), then
/// suggestAndStore(). A sum that cannot be measured is no error: StoredSuggestions::mixError
/// says why.
[[nodiscard]] Result<StoredSuggestions> measureMixAndSuggest(Database& db, const std::vector<TrackProfile>& tracks,
                                                             const std::vector<std::int64_t>& analysisIds,
                                                             SuggestionContext context,
                                                             const MixAndSuggestOptions& options = {});

}  // namespace stemwise::core
