#pragma once
// LegacyHash64: the 64-bit hash Stemwise wrote itself and used as the content hash and in
// suggestion uids up to schema version 6. FROZEN: it is kept only to recognise what databases
// of those versions hold (migration 7 marks their content hashes 'hash64:'; a file seen again
// whose legacy hash matches is re-keyed to XXH3, store/contenthash.h; a suggestion stored then
// is found by its old uid). Never use it for a new key: store/hash64.h (XXH3) is the hash.
// Its known answers are pinned in tst_contenthash; changing a bit of it would orphan them.
//
// Shape: four independent 64-bit lanes each take one 8-byte word of every 32-byte stripe,
// so a modern core keeps four multiplies in flight and the hash runs at memory speed (the
// stripe-and-lanes layout is the one xxHash made popular; the round and the constants here
// are our own choice). Each round (xor the word times an odd constant, rotate, multiply by
// another odd constant) is a bijection of the lane for a fixed word and of the word for a
// fixed lane, so two inputs that differ in one word never meet in that lane. The lanes and
// the tail are folded through the splitmix64 finaliser (Steele, Lea, Flood: "Fast
// splittable pseudorandom number generators", OOPSLA 2014), which makes every input bit
// affect every output bit (checked by tst_contenthash's avalanche test).
//
// The digest depends only on the bytes and their order, never on how they were split into
// update() calls, and is the same on every platform (words are read little-endian).
// Threading: a plain value; one instance per thread.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace stemwise::core {

class LegacyHash64 {
public:
    explicit LegacyHash64(std::uint64_t seed = 0) noexcept;

    void update(std::span<const std::byte> bytes) noexcept;
    void update(const void* data, std::size_t size) noexcept
    {
        update(std::span<const std::byte>(static_cast<const std::byte*>(data), size));
    }
    /// Adds a 64-bit value as its 8 little-endian bytes (for lengths, counts, format facts).
    void updateU64(std::uint64_t value) noexcept;

    /// The hash of everything added so far; update() may continue afterwards.
    [[nodiscard]] std::uint64_t digest() const noexcept;

    /// One-shot convenience.
    [[nodiscard]] static std::uint64_t of(std::span<const std::byte> bytes, std::uint64_t seed = 0) noexcept;

private:
    void consumeStripes(const std::byte* data, std::size_t stripes) noexcept;

    std::array<std::uint64_t, 4> m_lanes{};
    std::array<std::byte, 32> m_pending{};
    std::size_t m_pendingSize = 0;
    std::uint64_t m_totalBytes = 0;
    std::uint64_t m_seed = 0;
};

}  // namespace stemwise::core
