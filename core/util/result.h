#pragma once
// A value or the reason there is none. std::expected arrives with C++23; until the
// toolchains we build on (GCC 12 on Debian 12) have it, this is the small subset we use.

#include <string>
#include <utility>
#include <variant>

namespace stemwise::core {

/// Why an operation failed, in words a user can act on. The message names no path:
/// callers that report to the user pair it with the file it concerns.
struct Error {
    std::string message;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}  // NOLINT(implicit)
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}  // NOLINT(implicit)

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const Error& error() const { return std::get<1>(m_state); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

}  // namespace stemwise::core
