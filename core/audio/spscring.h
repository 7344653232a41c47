#pragma once
// SpscRing: a lock-free single-producer / single-consumer ring of trivially copyable
// elements, the hand-over from the audio callback to the analysis thread (and from the
// analysis thread to the recording writer; from playback's reader thread to its callback).
//
// Capacity is a power of two, so an index maps to a slot with a mask and the free-running
// 64-bit counters never need wrapping (2^64 elements is centuries of audio). The write
// counter is written by the producer only and the read counter by the consumer only; they
// sit on separate cache lines so the two threads do not false-share.
//
// Overflow policy: write() is all-or-nothing. When the consumer has fallen behind and the
// block does not fit, nothing is written and false is returned; the caller counts the
// dropped block (the live input counts overflowed frames and shows them). All-or-nothing
// keeps interleaved channels aligned: a partial frame is never written.
//
// Memory: the storage is allocated in the constructor; write() and read() allocate
// nothing, take no lock and make no system call, so the producer may be a real-time thread.
// Threading: exactly one thread calls write() (the producer) and exactly one thread calls
// read()/readAvailable() (the consumer); capacity() is immutable. Which thread is which may
// change only while both are stopped (for example between two streams).

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <type_traits>

namespace stemwise::core {

template <typename T>
class SpscRing {
    static_assert(std::is_trivially_copyable_v<T>, "the ring copies elements with memcpy");

public:
    /// A ring that holds at least `minCapacity` elements (rounded up to a power of two).
    explicit SpscRing(std::size_t minCapacity)
    {
        std::size_t capacity = 1;
        while (capacity < minCapacity)
            capacity <<= 1;
        m_capacity = capacity;
        m_mask = capacity - 1;
        m_storage = std::make_unique<T[]>(capacity);
    }
    SpscRing(const SpscRing&) = delete;
    SpscRing& operator=(const SpscRing&) = delete;

    [[nodiscard]] std::size_t capacity() const noexcept { return m_capacity; }

    /// Producer: writes all `count` elements or, when they do not fit, none (returns false).
    bool write(const T* data, std::size_t count) noexcept
    {
        // Our own counter: only this thread writes it, relaxed is enough.
        const std::uint64_t w = m_write.value.load(std::memory_order_relaxed);
        // Acquire pairs with the consumer's release store of m_read: the consumer has
        // finished copying out of the slots it released before we overwrite them.
        const std::uint64_t r = m_read.value.load(std::memory_order_acquire);
        if (count > m_capacity - static_cast<std::size_t>(w - r))
            return false;
        copyIn(static_cast<std::size_t>(w & m_mask), data, count);
        // Release: the slots' contents become visible before the consumer sees the new
        // write counter (pairs with the acquire load in read()).
        m_write.value.store(w + count, std::memory_order_release);
        return true;
    }

    /// Producer: room for this many elements now (more may free up meanwhile).
    [[nodiscard]] std::size_t writeAvailable() const noexcept
    {
        const std::uint64_t w = m_write.value.load(std::memory_order_relaxed);  // ours
        // Acquire: as in write(), the slots released so far are no longer read.
        const std::uint64_t r = m_read.value.load(std::memory_order_acquire);
        return m_capacity - static_cast<std::size_t>(w - r);
    }

    /// Consumer: elements ready to read.
    [[nodiscard]] std::size_t readAvailable() const noexcept
    {
        // Acquire pairs with the producer's release: what we count is readable.
        const std::uint64_t w = m_write.value.load(std::memory_order_acquire);
        const std::uint64_t r = m_read.value.load(std::memory_order_relaxed);
        return static_cast<std::size_t>(w - r);
    }

    /// Consumer: reads up to `maxCount` elements into `out`; returns how many were read.
    std::size_t read(T* out, std::size_t maxCount) noexcept
    {
        const std::uint64_t r = m_read.value.load(std::memory_order_relaxed);  // ours
        // Acquire pairs with the producer's release store: the slots up to w are written.
        const std::uint64_t w = m_write.value.load(std::memory_order_acquire);
        std::size_t count = static_cast<std::size_t>(w - r);
        if (count > maxCount)
            count = maxCount;
        copyOut(static_cast<std::size_t>(r & m_mask), out, count);
        // Release: our copies out of the slots happen before the producer may reuse them
        // (pairs with the acquire load of m_read in write()).
        m_read.value.store(r + count, std::memory_order_release);
        return count;
    }

    /// Consumer: drops up to `maxCount` elements unread (a flush); returns how many.
    std::size_t discard(std::size_t maxCount) noexcept
    {
        const std::uint64_t r = m_read.value.load(std::memory_order_relaxed);  // ours
        const std::uint64_t w = m_write.value.load(std::memory_order_acquire);
        std::size_t count = static_cast<std::size_t>(w - r);
        if (count > maxCount)
            count = maxCount;
        // Release, as in read(): the producer may reuse the slots from now on.
        m_read.value.store(r + count, std::memory_order_release);
        return count;
    }

private:
    void copyIn(std::size_t slot, const T* data, std::size_t count) noexcept
    {
        const std::size_t first = count < m_capacity - slot ? count : m_capacity - slot;
        std::memcpy(m_storage.get() + slot, data, first * sizeof(T));
        std::memcpy(m_storage.get(), data + first, (count - first) * sizeof(T));
    }
    void copyOut(std::size_t slot, T* out, std::size_t count) const noexcept
    {
        const std::size_t first = count < m_capacity - slot ? count : m_capacity - slot;
        std::memcpy(out, m_storage.get() + slot, first * sizeof(T));
        std::memcpy(out + first, m_storage.get(), (count - first) * sizeof(T));
    }

    // 64 bytes: the cache line of the x86-64 and ARMv8 machines we run on
    // (std::hardware_destructive_interference_size warns under GCC 12 as ABI-unstable).
    static constexpr std::size_t kCacheLine = 64;
    struct alignas(kCacheLine) Counter {
        std::atomic<std::uint64_t> value{0};
    };

    // Immutable after construction.
    std::size_t m_capacity = 0;
    std::size_t m_mask = 0;
    std::unique_ptr<T[]> m_storage;
    // Written by the producer only.
    Counter m_write;
    // Written by the consumer only.
    Counter m_read;
};

}  // namespace stemwise::core
