#include "store/legacyhash64.h"

#include <bit>
#include <cstring>

namespace stemwise::core {

namespace {

// Odd 64-bit constants. kGolden is 2^64 / φ (Knuth's multiplicative hashing constant);
// kMixA and kMixB are splitmix64's finaliser multipliers (Steele et al. 2014).
constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;
constexpr std::uint64_t kMixA = 0xBF58476D1CE4E5B9ull;
constexpr std::uint64_t kMixB = 0x94D049BB133111EBull;

std::uint64_t readLittleEndian(const std::byte* p) noexcept
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

std::uint64_t round(std::uint64_t lane, std::uint64_t word) noexcept
{
    lane ^= word * kGolden;
    lane = std::rotl(lane, 29);
    return lane * kMixA;
}

std::uint64_t finalise(std::uint64_t x) noexcept
{
    x = (x ^ (x >> 30)) * kMixA;
    x = (x ^ (x >> 27)) * kMixB;
    return x ^ (x >> 31);
}

}  // namespace

LegacyHash64::LegacyHash64(std::uint64_t seed) noexcept : m_seed(seed)
{
    // Distinct starting points, so that the lanes are not interchangeable.
    for (std::size_t i = 0; i < m_lanes.size(); ++i)
        m_lanes[i] = finalise(seed + kGolden * (i + 1));
}

void LegacyHash64::consumeStripes(const std::byte* data, std::size_t stripes) noexcept
{
    std::uint64_t a = m_lanes[0], b = m_lanes[1], c = m_lanes[2], d = m_lanes[3];
    for (std::size_t s = 0; s < stripes; ++s, data += 32) {
        a = round(a, readLittleEndian(data));
        b = round(b, readLittleEndian(data + 8));
        c = round(c, readLittleEndian(data + 16));
        d = round(d, readLittleEndian(data + 24));
    }
    m_lanes = {a, b, c, d};
}

void LegacyHash64::update(std::span<const std::byte> bytes) noexcept
{
    m_totalBytes += bytes.size();
    const std::byte* p = bytes.data();
    std::size_t left = bytes.size();
    if (m_pendingSize > 0) {
        const std::size_t take = std::min(left, m_pending.size() - m_pendingSize);
        std::memcpy(m_pending.data() + m_pendingSize, p, take);
        m_pendingSize += take;
        p += take;
        left -= take;
        if (m_pendingSize < m_pending.size())
            return;
        consumeStripes(m_pending.data(), 1);
        m_pendingSize = 0;
    }
    const std::size_t stripes = left / 32;
    consumeStripes(p, stripes);
    p += stripes * 32;
    left -= stripes * 32;
    if (left > 0) {
        std::memcpy(m_pending.data(), p, left);
        m_pendingSize = left;
    }
}

void LegacyHash64::updateU64(std::uint64_t value) noexcept
{
    std::byte bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<std::byte>(value >> (8 * i));
    update(std::span<const std::byte>(bytes, 8));
}

std::uint64_t LegacyHash64::digest() const noexcept
{
    std::uint64_t h = finalise(m_seed ^ m_totalBytes);
    for (std::uint64_t lane : m_lanes)
        h = finalise(h ^ finalise(lane)) + kGolden;
    // The tail (under one stripe): whole words, then the last bytes zero-padded; the total
    // length already in h tells "ab" from "ab\0".
    std::size_t i = 0;
    for (; i + 8 <= m_pendingSize; i += 8)
        h = finalise(h ^ (readLittleEndian(m_pending.data() + i) * kGolden));
    if (i < m_pendingSize) {
        std::byte last[8]{};
        std::memcpy(last, m_pending.data() + i, m_pendingSize - i);
        h = finalise(h ^ (readLittleEndian(last) * kMixB));
    }
    return finalise(h);
}

std::uint64_t LegacyHash64::of(std::span<const std::byte> bytes, std::uint64_t seed) noexcept
{
    LegacyHash64 h(seed);
    h.update(bytes);
    return h.digest();
}

}  // namespace stemwise::core
