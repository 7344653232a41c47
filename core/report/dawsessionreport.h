#pragma once
// What `stemwise import-session FILE` prints: what was read from a DAW session (daw/
// dawsession.h). JSON: "schema": "stemwise.daw-session/1" (resources/schemas/
// stemwise.daw-session-1.schema.json); a gain at −inf is null. Text: the session's tempo,
// time signature, markers and ranges, then one table row per track with its units, and its
// plug-ins, sends and files beneath.
// Threading: pure functions.

#include "daw/dawsession.h"

#include <string>

namespace stemwise::core {

[[nodiscard]] std::string dawSessionReportJson(const DawSession& session, int indent = 2);
[[nodiscard]] std::string dawSessionReportText(const DawSession& session);

/// "C", "L 30", "R 100": a pan of −1 … +1 as a desk writes it, in per cent of one side.
[[nodiscard]] std::string panText(double pan);

}  // namespace stemwise::core
