#pragma once
// What `stemwise sections` prints: the session's sections from its stems (analysis/
// sessionsections.h) with the tempo they were snapped with. JSON: "schema":
// "stemwise.sections/1" (resources/schemas/stemwise.sections-1.schema.json; the sections
// object is $defs/sessionSections of stemwise.common-1, as in stemwise.analysis/1's session
// part); text: one line per boundary and per section, for a terminal.
// Threading: pure functions.

#include "analysis/sessionsections.h"
#include "analysis/sessiontempo.h"
#include "audio/audiofiles.h"

#include <string>
#include <vector>

namespace stemwise::core {

struct SectionsReportInput {
    SessionTempo tempo;
    SessionSections sections;
    std::vector<PathError> errors;
};

[[nodiscard]] std::string sectionsReportJson(const SectionsReportInput& input, int indent = 2);
[[nodiscard]] std::string sectionsReportText(const SectionsReportInput& input);

}  // namespace stemwise::core
