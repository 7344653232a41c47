#include "store/hash64.h"

#include <xxhash.h>

#include <new>

namespace stemwise::core {

void Hash64::FreeState::operator()(XXH3_state_s* state) const noexcept
{
    XXH3_freeState(state);
}

Hash64::Hash64(std::uint64_t seed) : m_state(XXH3_createState())
{
    if (!m_state)
        throw std::bad_alloc();
    XXH3_64bits_reset_withSeed(m_state.get(), seed);
}

void Hash64::update(std::span<const std::byte> bytes) noexcept
{
    // XXH3_64bits_update fails only for a null state or a null pointer with a size.
    if (!bytes.empty())
        XXH3_64bits_update(m_state.get(), bytes.data(), bytes.size());
}

void Hash64::updateU64(std::uint64_t value) noexcept
{
    std::byte bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<std::byte>(value >> (8 * i));
    update(std::span<const std::byte>(bytes, 8));
}

std::uint64_t Hash64::digest() const noexcept
{
    return XXH3_64bits_digest(m_state.get());
}

std::uint64_t Hash64::of(std::span<const std::byte> bytes, std::uint64_t seed) noexcept
{
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

std::array<char, 17> toHex(std::uint64_t value) noexcept
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::array<char, 17> out{};
    for (int i = 15; i >= 0; --i, value >>= 4)
        out[static_cast<std::size_t>(i)] = kDigits[value & 0xF];
    out[16] = '\0';
    return out;
}

}  // namespace stemwise::core
