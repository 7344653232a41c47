#pragma once
// estimateSessionGenre(): the genre context of a suggestion round when the user has not set one
// (issue 19, point 4), as the desktop app's suggestions panel runs it. The mix (the stems' sum,
// or the one track) is compared with the library's references tagged with a genre the
// suggestion rules know and with the built-in profiles (compare/genreestimate.h); a clear
// estimate becomes the context's genre, marked estimated (SuggestionContext::genreEstimated).
// The user's own genre always wins: with context.genre set, nothing is estimated.
//
// Errors: a library that cannot be read is no error: the built-in profiles alone decide.
// Threading: blocks on the database; `db` as Database says.

#include "compare/genreestimate.h"
#include "suggest/suggestionengine.h"
#include "util/text.h"

#include <optional>

namespace stemwise::core {

class Database;

/// The estimate (also an uncertain one, which leaves the context unset), or empty when the user
/// set the genre or the mix has nothing to compare (silence).
[[nodiscard]] std::optional<GenreEstimate> estimateSessionGenre(SuggestionContext& context, Database& db,
                                                                const TrackProfile& mix);

/// The genre as the suggestions' context line says it: "genre rock" (the user's), "genre: rock
/// (estimated, 62 %; runner-up pop)", "genre uncertain (nearest rock, 38 %; runner-up pop), not
/// used", "genre not set". `genre` and `estimated` are the context's (SuggestionContext::genre,
/// genreEstimated); `estimate` what estimateSessionGenre() returned.
[[nodiscard]] Text genreContextText(const std::optional<std::string>& genre, bool estimated,
                                    const std::optional<GenreEstimate>& estimate);

}  // namespace stemwise::core
