#pragma once
// The JSON document `stemwise compare A B` prints: "schema": "stemwise.comparison/1" (JSON
// Schema: resources/schemas/stemwise.comparison-1.schema.json), and the JSON form of one
// comparison, which the session report (stemwise.report/1) embeds. Every difference is A − B;
// figures undefined for either track are null.
// Threading: pure functions.

#include "compare/trackcomparison.h"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace stemwise::core {

[[nodiscard]] nlohmann::ordered_json comparisonToJson(const TrackComparison& comparison);
[[nodiscard]] std::string comparisonReportJson(const TrackComparison& comparison, int indent = 2);
/// The same for a terminal: the findings, then the figures and bands as a table.
[[nodiscard]] std::string comparisonText(const TrackComparison& comparison);

}  // namespace stemwise::core
