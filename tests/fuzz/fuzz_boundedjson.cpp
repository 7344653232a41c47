// Fuzz target: JSON read with limits (core/util/boundedjson.h), the parser under every
// document Stemwise takes from outside. Any bytes: an error naming where, or a value that
// prints (printing recurses once per level: the depth limit keeps it safe).
#include "util/boundedjson.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stemwise::core;
    auto parsed = parseJsonBounded(std::string_view(reinterpret_cast<const char*>(data), size), {1 << 20, 32});
    if (!parsed) {
        if (parsed.error().message.empty())
            std::abort();
        return 0;
    }
    const std::string text = parsed.value().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    auto again = parseJsonBounded(text, {1 << 21, 32});
    if (!again)
        std::abort();
    return 0;
}
