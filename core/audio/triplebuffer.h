#pragma once
// TripleBuffer: hands the latest value from one writer thread to one reader thread without
// a lock and without either ever waiting — the analysis thread publishes meter snapshots,
// the UI or the command line polls them at display rate.
//
// Three slots: the writer fills its back slot and swaps it with the middle one; the reader,
// when the middle one is newer than what it holds, swaps it with its front slot. The swaps
// are one atomic exchange of a small index word (slot in the low bits, a "fresh" flag), so
// a reader never sees a half-written value (unlike a seqlock, no slot is read while it is
// written, which keeps the code free of data races in the C++ memory model sense).
//
// Threading: one thread calls publish(), one other thread calls read(); T is copied with
// its copy assignment (keep it trivially copyable and allocation-free for the writer).

#include <array>
#include <atomic>
#include <cstdint>

namespace stemwise::core {

template <typename T>
class TripleBuffer {
public:
    /// Writer: makes `value` the latest.
    void publish(const T& value)
    {
        m_slots[m_back] = value;
        // acq_rel: release publishes the slot's contents to the reader that takes it;
        // acquire makes sure the slot we get back (maybe just given up by the reader) is
        // no longer being read before we write into it next time.
        const std::uint32_t previous = m_middle.exchange(m_back | kFresh, std::memory_order_acq_rel);
        m_back = previous & kIndexMask;
    }

    /// Reader: copies the latest value into `out` if one was published since the last
    /// call; returns false (and leaves `out` alone) otherwise.
    bool read(T& out)
    {
        if ((m_middle.load(std::memory_order_relaxed) & kFresh) == 0)
            return false;
        // acq_rel: acquire sees the writer's slot contents; release hands our old front
        // slot back only after we are done reading it.
        const std::uint32_t previous = m_middle.exchange(m_front, std::memory_order_acq_rel);
        m_front = previous & kIndexMask;
        out = m_slots[m_front];
        return true;
    }

private:
    static constexpr std::uint32_t kFresh = 4;
    static constexpr std::uint32_t kIndexMask = 3;

    std::array<T, 3> m_slots{};
    std::uint32_t m_back = 0;                // owned by the writer
    std::uint32_t m_front = 1;               // owned by the reader
    std::atomic<std::uint32_t> m_middle{2};  // shared
};

}  // namespace stemwise::core
