#pragma once
// The JSON document `stemwise suggest` prints: "schema": "stemwise.suggestions/1" (JSON
// Schema: resources/schemas/stemwise.suggestions-1.schema.json); each suggestion in it as
// json/suggestionjson.h writes it.
// Threading: pure functions.

#include "audio/audiofiles.h"
#include "suggest/suggestionengine.h"

#include <string>
#include <vector>

namespace stemwise::core {

struct SuggestionsReportInput {
    const SuggestionSet* set = nullptr;
    std::vector<const TrackProfile*> tracks;  ///< in the order the engine saw them
    std::size_t maxPerTrack = 5;
    std::size_t maxPerSession = 30;
    std::vector<EffectRecord> effects;  ///< re-bounce verdicts counted in this round
    std::vector<PathError> errors;
    /// The estimated genre (genreSource "estimated") came from a built-in style profile, not
    /// from the user's references (compare/genreestimate.h): the text says which.
    bool genreFromBuiltInProfiles = false;
};

[[nodiscard]] std::string suggestionsReportJson(const SuggestionsReportInput& input, int indent = 2);

/// The same as text for a terminal: the context, the song's sections in one line
/// (json/sectionsjson.h), then per track (then pairs, then the session) each shown
/// suggestion with its id, priority, confidence, reasoning, evidence and what the user's
/// feedback changed; `all` includes the ones beyond the cap.
[[nodiscard]] std::string suggestionsText(const SuggestionsReportInput& input, bool all);

}  // namespace stemwise::core
