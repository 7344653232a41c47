#pragma once
// The two conversions every JSON writer of core shares: a number that is not finite (or not
// there) is written as null, never as an invalid token; and a document is dumped with invalid
// UTF-8 replaced (a file or track name from disk) instead of throwing. Include from .cpp files
// only: it brings in the whole of nlohmann/json.
// Threading: pure functions.

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>
#include <string>

namespace stemwise::core::jsonvalues {

using Json = nlohmann::ordered_json;

/// `v`, or null when it is NaN or infinite.
[[nodiscard]] inline Json num(double v) { return std::isfinite(v) ? Json(v) : Json(nullptr); }
/// `*v`, or null when it is empty, NaN or infinite.
[[nodiscard]] inline Json num(const std::optional<double>& v) { return v ? num(*v) : Json(nullptr); }
/// `doc` as text, `indent` spaces a level (-1: one line); invalid UTF-8 becomes U+FFFD.
[[nodiscard]] inline std::string dump(const Json& doc, int indent)
{
    return doc.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace stemwise::core::jsonvalues
