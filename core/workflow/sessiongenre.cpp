#include "workflow/sessiongenre.h"

#include "store/referencerepository.h"
#include "suggest/knowledgebase.h"

#include <algorithm>
#include <exception>

namespace stemwise::core {

std::optional<GenreEstimate> estimateSessionGenre(SuggestionContext& context, Database& db, const TrackProfile& mix)
{
    if (context.genre)
        return std::nullopt;
    std::vector<ReferenceTrack> references;
    try {
        references = ReferenceRepository(db).list();
    } catch (const std::exception&) {
        references.clear();  // the built-in profiles alone
    }
    // Only genres the rules know: an estimate fills the context they adjust for.
    const auto known = knownGenres();
    std::vector<GenreExample> examples;
    for (const auto& r : references)
        if (std::find(known.begin(), known.end(), r.genre) != known.end())
            examples.push_back({r.genre, &r.profile});
    auto estimate = estimateGenre(mix, examples, builtInGenreProfiles(), context.tempoBpm);
    if (estimate && !estimate->uncertain) {
        context.genre = estimate->genre;
        context.genreEstimated = true;
    }
    return estimate;
}

Text genreContextText(const std::optional<std::string>& genre, bool estimated, const std::optional<GenreEstimate>& estimate)
{
    if (genre && !estimated)
        return Text(TextCode::GenreUser, {TextArg::string(*genre)});
    if (!estimate)
        return genre ? Text(TextCode::GenreUser, {TextArg::string(*genre)}) : Text(TextCode::GenreNotSet);
    const TextArg name = TextArg::string(estimate->genre);
    const TextArg sure = TextArg::percent(estimate->confidence, 0);
    if (estimate->uncertain)
        return estimate->runnerUp.empty()
                   ? Text(TextCode::GenreUncertainAlone, {name, sure})
                   : Text(TextCode::GenreUncertain, {name, sure, TextArg::string(estimate->runnerUp)});
    return estimate->runnerUp.empty() ? Text(TextCode::GenreEstimatedAlone, {name, sure})
                                      : Text(TextCode::GenreEstimated, {name, sure, TextArg::string(estimate->runnerUp)});
}

}  // namespace stemwise::core
