#pragma once
// The JSON form of one suggestion: what `stemwise suggest --json` prints for each and what the
// store keeps (store/suggestionrepository.h), so that a stored suggestion can be read back
// whole: its rule, target, evidence and effect metric. Non-finite numbers are written as null.
// Threading: pure functions.

#include "suggest/suggestion.h"
#include "util/result.h"

#include <nlohmann/json_fwd.hpp>

#include <string_view>

namespace stemwise::core {

[[nodiscard]] nlohmann::ordered_json suggestionToJson(const Suggestion& suggestion);
/// Reads what suggestionToJson wrote; errors name the member.
[[nodiscard]] Result<Suggestion> suggestionFromJson(const nlohmann::ordered_json& json);
[[nodiscard]] Result<Suggestion> suggestionFromText(std::string_view text);

}  // namespace stemwise::core
