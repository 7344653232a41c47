#pragma once
// printf-style formatting into a std::string, with the compiler checking the format
// against the arguments (std::format arrives with GCC 13; Debian 12 ships GCC 12).

#include <string>

namespace stemwise::core {

[[nodiscard]] std::string strprintf(const char* format, ...) __attribute__((format(printf, 1, 2)));

}  // namespace stemwise::core
