#pragma once
// The JSON form of a core::Text (util/text.h), as stored suggestions keep their texts:
//   {"code": "suggest.cut.title", "args": [<arg>, …], "count": 3}
// where <arg> is one of
//   {"number": 4.5, "decimals": 1, "signed": true, "unit": "dB"}   (signed, unit optional)
//   {"percent": 0.125, "decimals": 1}      {"hz": 315, "compact": true}   {"hz_range": [60, 250]}
//   {"string": "Lead Vocal"}               {"term": "track_type", "id": "vocals"}
//   {"date": "2026-11-03T10:00:00.000Z"}   {"text": <text>}   {"list": [<arg>, …], "and": true}
// "code" is the catalogue's stable id (TextTemplate::id). An empty Text is null. A code this
// build does not know, or a malformed member, reads as an empty Text: the English stored
// beside it is then what a UI shows.
// Threading: pure functions.

#include "util/text.h"

#include <nlohmann/json_fwd.hpp>

namespace stemwise::core {

[[nodiscard]] nlohmann::ordered_json textToJson(const Text& text);
[[nodiscard]] Text textFromJson(const nlohmann::ordered_json& json);

}  // namespace stemwise::core
