#pragma once
// Hash64: the 64-bit hash that recognises content (the analysis cache's key, a file's identity
// in the history, suggestion uids): XXH3-64 from xxHash (libxxhash), streaming. Fast and
// non-cryptographic: it finds the same bytes again, it does not resist someone who builds
// collisions on purpose.
//
// Why a library and not our own: XXH3 is faster than the hash we wrote (vectorised: SSE2 as
// Debian builds it; `bench_store --hash-only` prints both side by side), its quality is
// checked with SMHasher by its authors, its output is specified (xxHash's doc/xxhash_spec.md)
// and the same on every platform and version, and it is maintained, reviewed and packaged
// (Debian's libxxhash) where ours had one test suite and one reader. The hash Stemwise wrote
// itself until schema version 6 is kept, frozen, only to recognise the keys stored then
// (store/legacyhash64.h).
//
// The digest depends only on the bytes and their order and the seed, never on how they were
// split into update() calls.
// Threading: a plain value; one instance per thread.

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

struct XXH3_state_s;

namespace stemwise::core {

class Hash64 {
public:
    /// Throws std::bad_alloc if xxHash cannot allocate its state (about 600 bytes).
    explicit Hash64(std::uint64_t seed = 0);

    void update(std::span<const std::byte> bytes) noexcept;
    void update(const void* data, std::size_t size) noexcept
    {
        update(std::span<const std::byte>(static_cast<const std::byte*>(data), size));
    }
    /// Adds a 64-bit value as its 8 little-endian bytes (for lengths, counts, format facts).
    void updateU64(std::uint64_t value) noexcept;

    /// The hash of everything added so far; update() may continue afterwards.
    [[nodiscard]] std::uint64_t digest() const noexcept;

    /// One-shot convenience (XXH3_64bits_withSeed, no state to allocate).
    [[nodiscard]] static std::uint64_t of(std::span<const std::byte> bytes, std::uint64_t seed = 0) noexcept;

private:
    struct FreeState {
        void operator()(XXH3_state_s* state) const noexcept;
    };
    std::unique_ptr<XXH3_state_s, FreeState> m_state;
};

/// 16 lower-case hex digits, the form stored in the database and shown to users.
[[nodiscard]] std::array<char, 17> toHex(std::uint64_t value) noexcept;

}  // namespace stemwise::core
