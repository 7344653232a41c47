// Bounded JSON reading and parsing (see boundedjson.h).
#include "util/boundedjson.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stemwise::core {

namespace {

using Json = nlohmann::ordered_json;

std::string mebibytes(std::size_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

// Builds the document like nlohmann's own DOM parser, refusing depth beyond the limit and
// numbers beyond a double, and remembering where it is so that an error names the member.
class BoundedSax {
public:
    BoundedSax(Json& root, int maxDepth) : m_root(root), m_maxDepth(maxDepth) {}

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return add(Json(value)); }
    bool number_float(Json::number_float_t value, const std::string& text)
    {
        if (!std::isfinite(value))
            return fail(pointerOfNext(), "the number " + text + " is out of range");
        return add(Json(value));
    }
    bool string(std::string& value) { return add(Json(std::move(value))); }
    bool binary(Json::binary_t&) { return fail(pointerOfNext(), "binary values are not JSON"); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool key(std::string& key)
    {
        m_levels.back().key = key;
        m_levels.back().next = &(*m_levels.back().value)[key];
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string& lastToken, const nlohmann::detail::exception& e)
    {
        if (!m_error.empty())
            return false;  // our own refusal came first
        // nlohmann reports a number too large for a double as out_of_range 406.
        if (e.id == 406)
            return fail(pointerOfNext(), "the number " + lastToken + " is out of range");
        std::string what = e.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error …"
        if (const auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        m_error = "not valid JSON (byte " + std::to_string(position) + "): " + what;
        return false;
    }

    [[nodiscard]] const std::string& error() const { return m_error; }

private:
    struct Level {
        Json* value = nullptr;  // the object or array being filled
        Json* next = nullptr;   // an object's member named by the last key
        std::string key;
    };

    // The pointer of the value about to be placed: in each enclosing array the element being
    // filled (its last), in the innermost one the next element.
    std::string pointerOfNext() const
    {
        std::string pointer;
        for (std::size_t i = 0; i < m_levels.size(); ++i) {
            const Level& l = m_levels[i];
            if (l.value->is_object())
                pointer += "/" + jsonPointerPart(l.key);
            else
                pointer += "/" + std::to_string(l.value->size() - (i + 1 < m_levels.size() ? 1 : 0));
        }
        return pointer;
    }

    bool fail(const std::string& pointer, const std::string& message)
    {
        if (m_error.empty())
            m_error = (pointer.empty() ? std::string("/") : pointer) + ": " + message;
        return false;
    }

    Json* place(Json&& value)
    {
        if (m_levels.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Level& top = m_levels.back();
        if (top.value->is_array()) {
            top.value->push_back(std::move(value));
            return &top.value->back();
        }
        *top.next = std::move(value);
        return top.next;
    }

    bool add(Json&& value)
    {
        (void)place(std::move(value));
        return true;
    }

    bool open(Json&& container)
    {
        if (static_cast<int>(m_levels.size()) >= m_maxDepth)
            return fail(pointerOfNext(), "nested deeper than " + std::to_string(m_maxDepth) + " levels");
        Json* placed = place(std::move(container));
        m_levels.push_back({placed, nullptr, {}});
        return true;
    }

    bool close()
    {
        m_levels.pop_back();
        return true;
    }

    Json& m_root;
    int m_maxDepth;
    std::vector<Level> m_levels;
    std::string m_error;
};

bool canBeginJson(unsigned char c)
{
    return c == '{' || c == '[' || c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f'
           || c == 'n' || c == 0xEF;  // 0xEF: a UTF-8 byte order mark
}

}  // namespace

std::string jsonPointerPart(std::string_view key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

Result<std::string> readJsonFile(const std::filesystem::path& path, const JsonLimits& limits)
{
    const bool fromStdin = path == "-";
    const int fd = fromStdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        return Error{std::string("cannot be read: ") + std::strerror(error), ErrorCode::NotAccessible,
                     std::strerror(error)};
    }
    struct Closer {
        int fd;
        bool own;
        ~Closer()
        {
            if (own)
                ::close(fd);
        }
    } closer{fd, !fromStdin};
    struct stat st {};
    if (::fstat(fd, &st) == 0) {
        if (S_ISDIR(st.st_mode))
            return Error{"is a folder, not a JSON document", ErrorCode::IsFolder};
        if (S_ISREG(st.st_mode) && static_cast<std::uintmax_t>(st.st_size) > limits.maxBytes)
            return Error{"is larger (" + mebibytes(static_cast<std::size_t>(st.st_size)) + ") than the "
                         + mebibytes(limits.maxBytes) + " a document may have here"};
    }
    std::string text;
    char buffer[65536];
    bool checkedStart = false;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            return Error{std::string("cannot be read: ") + std::strerror(error), ErrorCode::NotAccessible,
                         std::strerror(error)};
        }
        if (n == 0)
            break;
        if (text.size() + static_cast<std::size_t>(n) > limits.maxBytes)
            return Error{"is larger than the " + mebibytes(limits.maxBytes) + " a document may have here"};
        text.append(buffer, static_cast<std::size_t>(n));
        if (!checkedStart) {
            const auto first = text.find_first_not_of(" \t\r\n");
            if (first != std::string::npos) {
                checkedStart = true;
                const auto c = static_cast<unsigned char>(text[first]);
                if (!canBeginJson(c)) {
                    char hex[8];
                    std::snprintf(hex, sizeof hex, "0x%02X", c);
                    return Error{std::string("is not a JSON document (it begins with the byte ") + hex
                                 + (c >= 0x20 && c < 0x7F ? std::string(" '") + static_cast<char>(c) + "'" : "")
                                 + ")"};
                }
            }
        }
    }
    return text;
}

Result<nlohmann::ordered_json> parseJsonBounded(std::string_view text, const JsonLimits& limits)
{
    if (text.size() > limits.maxBytes)
        return Error{"is larger than the " + mebibytes(limits.maxBytes) + " a document may have here"};
    Json root;
    BoundedSax sax(root, limits.maxDepth);
    bool ok = false;
    try {
        ok = Json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true, false);
    } catch (const std::bad_alloc&) {
        return Error{"too large to read into memory", ErrorCode::OutOfMemory};
    } catch (const std::exception& e) {
        return Error{std::string("not valid JSON: ") + e.what()};
    }
    if (!ok)
        return Error{sax.error().empty() ? std::string("not valid JSON") : sax.error()};
    return root;
}

// ---- JsonFields -----------------------------------------------------------------------------

JsonFields::JsonFields(const nlohmann::ordered_json& object, std::string pointer)
    : m_object(object), m_pointer(std::move(pointer))
{
    if (!m_object.is_object())
        throw JsonFieldError{m_pointer, "expected an object"};
}

bool JsonFields::has(const char* key) const
{
    const auto it = m_object.find(key);
    return it != m_object.end() && !it->is_null();
}

const nlohmann::ordered_json& JsonFields::at(const char* key) const
{
    const auto it = m_object.find(key);
    if (it == m_object.end())
        throw JsonFieldError{child(key), "missing"};
    return *it;
}

std::string JsonFields::text(const char* key) const
{
    const auto& v = at(key);
    if (!v.is_string())
        throw JsonFieldError{child(key), "expected a string"};
    return v.get<std::string>();
}

std::string JsonFields::textOr(const char* key, std::string fallback) const
{
    return has(key) ? text(key) : std::move(fallback);
}

namespace {

std::string rangeText(double min, double max)
{
    auto one = [](double v) {
        char t[32];
        std::snprintf(t, sizeof t, "%g", v);
        return std::string(t);
    };
    return one(min) + " to " + one(max);
}

}  // namespace

double JsonFields::number(const char* key, double min, double max) const
{
    const auto& v = at(key);
    if (!v.is_number())
        throw JsonFieldError{child(key), "expected a number from " + rangeText(min, max)};
    const double d = v.get<double>();
    if (!std::isfinite(d) || d < min || d > max)
        throw JsonFieldError{child(key), "must lie from " + rangeText(min, max) + " (got " + v.dump() + ")"};
    return d;
}

double JsonFields::numberOr(const char* key, double fallback, double min, double max) const
{
    return has(key) ? number(key, min, max) : fallback;
}

std::int64_t JsonFields::integer(const char* key, std::int64_t min, std::int64_t max) const
{
    const auto& v = at(key);
    if (!v.is_number_integer())
        throw JsonFieldError{child(key), "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max)};
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        throw JsonFieldError{child(key), "must lie from " + std::to_string(min) + " to " + std::to_string(max)};
    const std::int64_t i = v.get<std::int64_t>();
    if (i < min || i > max)
        throw JsonFieldError{child(key), "must lie from " + std::to_string(min) + " to " + std::to_string(max) + " (got "
                                             + std::to_string(i) + ")"};
    return i;
}

std::int64_t JsonFields::integerOr(const char* key, std::int64_t fallback, std::int64_t min, std::int64_t max) const
{
    return has(key) ? integer(key, min, max) : fallback;
}

bool JsonFields::boolean(const char* key) const
{
    const auto& v = at(key);
    if (!v.is_boolean())
        throw JsonFieldError{child(key), "expected true or false"};
    return v.get<bool>();
}

}  // namespace stemwise::core
