#pragma once
// One suggestion round on files, the way the app runs it: the files analysed through the
// store's cache into `database` (a re-bounce is a new analysis of its track), then
// suggestAndStore() on a freshly opened store (a new process, as far as the store can tell).
// Fails the test process on any error: a round is the test's set-up, not what it checks.

#include "store/store.h"
#include "workflow/storedanalysis.h"
#include "workflow/storedsuggestions.h"

#include <QtGlobal>

#include <filesystem>
#include <vector>

namespace stemwise::test {

/// The round's suggestions; `tracks`, when given, receives the profiles in the files' order.
inline core::StoredSuggestions analyseAndSuggest(const std::vector<std::filesystem::path>& files,
                                                 const std::filesystem::path& database,
                                                 std::vector<core::TrackProfile>* tracks = nullptr)
{
    core::StoreTarget target{database, std::nullopt};
    std::vector<core::TrackProfile> profiles;
    std::vector<std::int64_t> ids;
    for (auto& r : core::analyzeFilesStored(files, {}, target)) {
        if (!r.analysis.profile || !r.historyId)
            qFatal("analysis failed: %s %s", r.analysis.error.c_str(), r.storeError.c_str());
        profiles.push_back(*r.analysis.profile);
        ids.push_back(*r.historyId);
    }
    auto opened = core::Store::open(database);
    if (!opened.store)
        qFatal("cannot open the store: %s", opened.error ? opened.error->message.c_str() : "");
    auto result = core::suggestAndStore(opened.store->db(), profiles, ids, {});
    if (!result)
        qFatal("suggest failed: %s", result.error().message.c_str());
    if (tracks != nullptr)
        *tracks = std::move(profiles);
    return std::move(result.value());
}

}  // namespace stemwise::test
