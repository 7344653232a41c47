#pragma once
// SessionSections -> JSON: the "sections" object of the session part of `stemwise analyze`
// (stemwise.analysis/1, $defs/sessionSections of stemwise.common-1.schema.json), written once
// here so that the other reports of a session can carry the same object.
// Threading: pure functions.

#include "analysis/sessionsections.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace stemwise::core {

[[nodiscard]] nlohmann::ordered_json sessionSectionsToJson(const SessionSections& sections);

/// One line for a text output: "4 sections A B C A, boundaries at 16.8 s (Drums, Lead
/// entered), …" or "no stems: no sections".
[[nodiscard]] std::string sessionSectionsLine(const SessionSections& sections);

}  // namespace stemwise::core
