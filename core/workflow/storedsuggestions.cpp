// One suggestion round on stored analyses (see storedsuggestions.h).
#include "workflow/storedsuggestions.h"

#include "store/database.h"
#include "store/suggestionrepository.h"
#include "suggest/sessionmix.h"
#include "workflow/feedback.h"
#include "workflow/storedaudio.h"
#include "workflow/referencetargets.h"

#include <map>

namespace stemwise::core {

Result<StoredSuggestions> suggestAndStore(Database& db, const std::vector<TrackProfile>& tracks,
                                          const std::vector<std::int64_t>& analysisIds, const SuggestionContext& context)
{
    if (tracks.size() != analysisIds.size())
        return Error{"every track needs the id of its stored analysis"};
    StoredSuggestions out;
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        auto recorded = recordEffects(db, analysisIds[i], tracks[i]);
        if (!recorded)
            return recorded.error();
        for (auto& e : recorded.value())
            out.effects.push_back(std::move(e));
    }
    try {
        const LearnedModel learned = LearnedStateRepository(db).load();
        SuggestionContext scoped = context;
        if (!scoped.project && !analysisIds.empty())
            scoped.project = SuggestionRepository(db).projectOf(analysisIds.front());
        // Each track's previous bounce, for the re-bounce rule (what an EQ changed since), with
        // what was suggested on it; by name, so only for names that are one track's.
        std::map<std::string, int> named;
        for (const TrackProfile& t : tracks)
            ++named[t.name];
        SuggestionRepository stored(db);
        for (const TrackProfile& t : tracks) {
            if (named[t.name] != 1 || scoped.earlierBounces.contains(t.name) || t.file.path.empty())
                continue;
            if (auto previous = previousBounceEntryOf(db, t.file.path)) {
                EarlierBounce earlier{std::move(previous->profile), previous->analysedAt, {}};
                for (StoredSuggestion& s : stored.ofAnalysis(previous->id))
                    earlier.advice.push_back(std::move(s.suggestion));
                scoped.earlierBounces.emplace(t.name, std::move(earlier));
            }
        }
        // A mix is held to the user's references of the genre where there are enough of them.
        if (!scoped.style && scoped.genre)
            scoped.style = referenceStyleTargets(db, *scoped.genre);
        out.set = SuggestionEngine::run(tracks, scoped, learned);
        if (tracks.empty())
            return out;
        Transaction transaction(db);
        SuggestionRepository repo(db);
        std::map<std::string, std::size_t> indexOf;
        for (std::size_t i = 0; i < tracks.size(); ++i)
            indexOf.emplace(tracks[i].name, i);
        std::vector<std::string> uids;
        for (std::int64_t id : analysisIds) {
            auto uid = repo.analysisUid(id);
            if (!uid)
                return Error{"no stored analysis with the id " + std::to_string(id)};
            uids.push_back(*uid);
        }
        const std::string now = utcNowIso8601();
        for (Suggestion& s : out.set.suggestions) {
            // A track's suggestion belongs to its analysis; a pair's to the yielding track's
            // (made from both); the session's to the first track's (made from all).
            std::vector<std::string> from;
            std::size_t owner = 0;
            if (s.target.kind == SuggestionTarget::Kind::Session || s.target.tracks.empty()) {
                from = uids;
            } else {
                for (const std::string& name : s.target.tracks)
                    if (const auto it = indexOf.find(name); it != indexOf.end())
                        from.push_back(uids[it->second]);
                if (const auto it = indexOf.find(s.target.tracks.front()); it != indexOf.end())
                    owner = it->second;
            }
            repo.store(s, analysisIds[owner], from, out.set.context.genre, out.set.context.tempoBpm, now);
        }
        transaction.commit();
    } catch (const std::exception& e) {
        return Error{e.what()};
    }
    return out;
}

Result<StoredSuggestions> measureMixAndSuggest(Database& db, const std::vector<TrackProfile>& tracks,
                                               const std::vector<std::int64_t>& analysisIds, SuggestionContext context,
                                               const MixAndSuggestOptions& options)
{
    std::optional<Error> mixError;
    if (options.measureMix && tracks.size() >= 2) {
        std::vector<std::filesystem::path> files;
        files.reserve(tracks.size());
        for (const auto& t : tracks)
            files.push_back(t.file.path);
        // From a DAW session: the sum at its faders and pans (a track it does not place at unity).
        std::vector<MixPlacement> placements;
        if (context.daw && !context.daw->channels.empty()) {
            for (const auto& t : tracks) {
                const auto it = context.daw->channels.find(t.name);
                placements.push_back(it == context.daw->channels.end()
                                         ? MixPlacement{}
                                         : MixPlacement{it->second.gainDb, it->second.pan, it->second.mute, it->second.solo});
            }
        }
        auto mix = measureSessionMix(files, options.cancel, placements, sameSourceCandidates(tracks));
        if (mix)
            context.mix = mix.value();
        else
            mixError = mix.error();
    }
    if (options.cancel != nullptr && options.cancel->load(std::memory_order_relaxed))
        return Error{"cancelled", ErrorCode::Cancelled};
    auto round = suggestAndStore(db, tracks, analysisIds, context);
    if (round)
        round.value().mixError = std::move(mixError);
    return round;
}

}  // namespace stemwise::core
