#pragma once
// `stemwise history`: every analysis of a track, oldest first, with the key figures and
// what changed from one bounce to the next. JSON: "schema": "stemwise.history/2"
// (resources/schemas/stemwise.history-2.schema.json; the figures are the History role of
// analysis/figures.h); text: a compact listing for people.

#include "store/trackhistory.h"

#include <string>
#include <vector>

namespace stemwise::core {

[[nodiscard]] std::string historyJson(const std::vector<TrackHistory>& histories, const std::string& query,
                                      int indent = 2);
[[nodiscard]] std::string historyText(const std::vector<TrackHistory>& histories);

}  // namespace stemwise::core
