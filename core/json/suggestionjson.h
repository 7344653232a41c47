#pragma once
// The JSON form of one suggestion: what `stemwise suggest --json` prints for each and what the
// store keeps (store/suggestionrepository.h), so that a stored suggestion can be read back
// whole: its rule, target, evidence and effect metric. Non-finite numbers are written as null.
// The stored form adds "texts": the title, description, reasoning and each evidence
// comparison as text codes (json/textjson.h), so that a suggestion read back from the
// database is rendered in the UI's language too:
//   "texts": {"title": <text>, "description": <text>, "reasoning": <text>,
//             "evidence": [<text>|null, …], "evidence_labels": [<text>|null, …],
//             "plan": [<text>|null, …]}
// (one comparison and one label per evidence row, one text per plan note, in order).
// The reports leave it out (their English is the rendering of these texts).
// Threading: pure functions.

#include "suggest/suggestion.h"
#include "util/result.h"

#include <nlohmann/json_fwd.hpp>

#include <string_view>

namespace stemwise::core {

enum class SuggestionTexts { Omit, Include };

[[nodiscard]] nlohmann::ordered_json suggestionToJson(const Suggestion& suggestion,
                                                      SuggestionTexts texts = SuggestionTexts::Omit);
/// Reads what suggestionToJson wrote (with its texts when there are any); errors name the member.
[[nodiscard]] Result<Suggestion> suggestionFromJson(const nlohmann::ordered_json& json);
[[nodiscard]] Result<Suggestion> suggestionFromText(std::string_view text);

}  // namespace stemwise::core
