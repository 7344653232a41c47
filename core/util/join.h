#pragma once
// A list of words joined into one ("Kick, Snare, Bass"), as the reports and JSON texts name
// several tracks.

#include <string>
#include <vector>

namespace stemwise::core {

/// The items one after the other, ", " between them.
[[nodiscard]] inline std::string joinedWithCommas(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

}  // namespace stemwise::core
