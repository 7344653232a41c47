#pragma once
// JSON from outside (database imports, learned-model files, stored documents) read and
// parsed with limits, so that no document can exhaust memory or the stack, and every
// rejection names the member at fault as a JSON pointer ("/cells/3/prior").
//
// Limits: the size in bytes (checked before and while reading: /dev/zero or an endless pipe
// stop at the limit, and a first byte that cannot begin a JSON document stops at once); the
// nesting depth (nlohmann's parser is iterative, but copying, comparing and printing a value
// recurse once per level: 100,000 levels overflow the stack); numbers that do not fit a
// double (1e999) are errors instead of nlohmann's out_of_range exception.
//
// Threading: plain functions.

#include "util/result.h"

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace stemwise::core {

struct JsonLimits {
    std::size_t maxBytes = std::size_t{64} << 20;  ///< 64 MiB
    int maxDepth = 64;  ///< objects and arrays nested; Stemwise's own documents use at most ~10
};

/// Reads the document at `path` ("-": standard input) with `limits.maxBytes`. Errors: cannot
/// be read, larger than the limit, or its first byte cannot begin a JSON document.
[[nodiscard]] Result<std::string> readJsonFile(const std::filesystem::path& path, const JsonLimits& limits);

/// Parses `text` within `limits`. Errors: "not valid JSON: <where, what>", "/a/b: nested
/// deeper than 64 levels", "/a/b: the number 1e999 is out of range". No exception escapes.
[[nodiscard]] Result<nlohmann::ordered_json> parseJsonBounded(std::string_view text, const JsonLimits& limits = {});

/// "/a/b/0" from a pointer's parts, escaped as RFC 6901 says ('~' -> "~0", '/' -> "~1").
[[nodiscard]] std::string jsonPointerPart(std::string_view key);

/// Readers of one member of an object, for documents whose every field must be checked.
/// Each throws JsonFieldError naming the member's pointer and what was expected; numbers
/// must be finite and lie within [min, max].
struct JsonFieldError {
    std::string pointer;
    std::string message;
    [[nodiscard]] std::string describe() const { return (pointer.empty() ? std::string("/") : pointer) + ": " + message; }
};

class JsonFields {
public:
    JsonFields(const nlohmann::ordered_json& object, std::string pointer);
    [[nodiscard]] const std::string& pointer() const noexcept { return m_pointer; }
    [[nodiscard]] bool has(const char* key) const;
    [[nodiscard]] const nlohmann::ordered_json& at(const char* key) const;  ///< throws when missing
    [[nodiscard]] std::string text(const char* key) const;
    [[nodiscard]] std::string textOr(const char* key, std::string fallback) const;
    [[nodiscard]] double number(const char* key, double min, double max) const;
    [[nodiscard]] double numberOr(const char* key, double fallback, double min, double max) const;
    [[nodiscard]] std::int64_t integer(const char* key, std::int64_t min, std::int64_t max) const;
    [[nodiscard]] std::int64_t integerOr(const char* key, std::int64_t fallback, std::int64_t min, std::int64_t max) const;
    [[nodiscard]] bool boolean(const char* key) const;
    [[nodiscard]] std::string child(const char* key) const { return m_pointer + "/" + jsonPointerPart(key); }

private:
    const nlohmann::ordered_json& m_object;
    std::string m_pointer;
};

}  // namespace stemwise::core
