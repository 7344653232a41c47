#pragma once
// What `stemwise import-session FILE` prints: what was read from a DAW session (daw/
// dawsession.h). JSON: "schema": "stemwise.daw-session/1" (resources/schemas/
// stemwise.daw-session-1.schema.json); a gain at −inf is null. Text: the session's tempo,
// time signature, markers and ranges, then one table row per track with its units, and its
// plug-ins, sends and files beneath.
// Threading: pure functions.

#include "daw/dawsession.h"
#include "daw/oscfollower.h"

#include <string>

namespace stemwise::core {

[[nodiscard]] std::string dawSessionReportJson(const DawSession& session, int indent = 2);
[[nodiscard]] std::string dawSessionReportText(const DawSession& session);

/// Where `stemwise follow` followed the DAW, for its report.
struct FollowReportInfo {
    std::string dawHost;
    int dawPort = 0;
    int listenPort = 0;
    double durationS = 0.0;  ///< how long it followed
};

/// What `stemwise follow` prints: the state followed over OSC (daw/oscfollower.h). JSON:
/// "schema": "stemwise.daw-follow/1" (resources/schemas/stemwise.daw-follow-1.schema.json); a
/// gain at −inf or never said is null. Text: the connection, the counts, one row per track.
[[nodiscard]] std::string followReportJson(const FollowState& state, const FollowReportInfo& info, int indent = 2);
[[nodiscard]] std::string followReportText(const FollowState& state, const FollowReportInfo& info);

/// "C", "L 30", "R 100": a pan of −1 … +1 as a desk writes it, in per cent of one side.
[[nodiscard]] std::string panText(double pan);

}  // namespace stemwise::core
