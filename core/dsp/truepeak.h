#pragma once
// TruePeak: a true-peak meter per ITU-R BS.1770-4, Annex 2 ("Guidelines for accurate
// measurement of true-peak level"): the signal is oversampled by a polyphase FIR
// interpolator and the largest absolute value of the oversampled signal is the true peak.
//
// Oversampling as Annex 2 asks: 4x below 96 kHz, 2x from 96 kHz, none from 192 kHz (the
// stream is then already at the rate the Annex meters at). The interpolator is a
// Kaiser-windowed sinc with its cutoff at the input's Nyquist frequency and 16 taps per
// phase: flat within ±0.04 dB up to 0.4·fs, images at least 53 dB down. Phase 0 is then an
// exact (delayed) copy of the input, so the reading is never below the sample peak. No
// 12.04 dB pre-attenuation: the arithmetic is floating point, where Annex 2 says it is not
// needed.
//
// Why it is fast: most of real music cannot raise the running peak. The output of any
// phase is bounded by max|x| over the samples it reads times the phase's L1 gain (sum of
// |h|, about 2.1 here), so a stretch whose max|x| times the largest per-phase L1 gain is
// not above the peak so far needs no interpolation. The test is made per chunk of 256
// frames, then per group of 8 outputs (from the maxima of the 8-sample blocks they read):
// with an L1 gain of 2 a whole chunk rarely passes on dense material, a group often does.
// The skip never changes the reading (the bound carries a margin for float rounding).
//
// A true-peak reading is subject to the under-read Annex 2, Appendix 1 describes: a peak
// may fall between two oversampled points (at most 0.47 dB at 20 kHz with 4x at 48 kHz).
//
// Memory: everything is allocated in the constructor; process() and finish() allocate
// nothing. Samples must be finite.
// Threading: one TruePeak is used by one thread; distinct instances are independent.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace stemwise::core {

class TruePeak {
public:
    static constexpr std::size_t kTapsPerPhase = 16;
    static constexpr int kMaxOversampling = 4;

    /// A meter for `channels` channels (≥ 1) at `sampleRateHz` (> 0).
    TruePeak(double sampleRateHz, int channels);

    /// Oversampling factor in use: 4, 2 or 1 (see the header comment).
    [[nodiscard]] int oversampling() const noexcept { return m_oversampling; }
    [[nodiscard]] int channels() const noexcept { return static_cast<int>(m_channels.size()); }

    /// Meters `frames` frames of planar audio; `channels` holds one pointer per channel.
    /// Blocks of any size, split anywhere, give the same reading.
    void process(std::span<const float* const> channels, std::size_t frames) noexcept;

    /// Interpolates the last input samples against the silence after the end of the stream
    /// (as a converter playing it would). Call once after the last process(); reset() to
    /// meter another stream.
    void finish() noexcept;

    /// Forgets everything metered; ready for a new stream.
    void reset() noexcept;

    /// Forgets the peaks but not the last input samples: a meter reset in the middle of a
    /// stream (forgetting those would interpolate a step from silence, an over that is not
    /// in the signal).
    void resetPeaks() noexcept;

    /// True peak of a channel so far, linear (1.0 = full scale); 0 for silence.
    [[nodiscard]] float peak(int channel) const noexcept;
    /// Largest true peak over all channels, linear.
    [[nodiscard]] float maxPeak() const noexcept;

    /// For tests and benchmarks: groups of kGroupFrames outputs (per channel) metered, and
    /// how many of them needed the interpolator (the rest were skipped by the bound).
    [[nodiscard]] std::int64_t groupsMetered() const noexcept { return m_groupsMetered; }
    [[nodiscard]] std::int64_t groupsInterpolated() const noexcept { return m_groupsInterpolated; }
    /// For tests: turns the skip off, so the fast path can be compared with the full one.
    void setSkipEnabled(bool enabled) noexcept { m_skipEnabled = enabled; }

    /// Largest per-phase L1 gain of the interpolator (≥ 1): the skip bound's factor.
    [[nodiscard]] float maxPhaseGain() const noexcept { return m_maxPhaseGain; }

    static constexpr std::size_t kGroupFrames = 8;

private:
    static constexpr std::size_t kChunkFrames = 256;  // a multiple of kGroupFrames
    static constexpr std::size_t kHistory = kTapsPerPhase - 1;
    // History, chunk, and room for the last group's reads past the chunk (kGroupFrames - 1
    // outputs that are computed and discarded) and for whole 8-sample blocks.
    static constexpr std::size_t kWorkFrames = kHistory + kChunkFrames + 2 * kGroupFrames;
    static constexpr std::size_t kBlocks = kWorkFrames / kGroupFrames;

    struct Channel {
        std::array<float, kHistory> history{};  // the last input samples, oldest first
        float peak = 0.0f;
    };

    void meterChunk(Channel& channel, const float* samples, std::size_t frames) noexcept;
    void interpolateChunk(Channel& channel, std::size_t frames) noexcept;

    // Immutable after construction.
    int m_oversampling = 1;
    // Taps of phases 1..L-1 (phase 0 is the identity), reversed so that output j of a chunk
    // is sum_k h_p[k]·work[j + k], laid out [k][p] with each tap repeated four times: the
    // interpolator loads them as ready-made vectors.
    alignas(16) std::array<float, kTapsPerPhase * (kMaxOversampling - 1) * 4> m_taps4{};
    float m_maxPhaseGain = 1.0f;
    float m_skipFactor = 1.0f;  // m_maxPhaseGain with a margin for float rounding

    // Owned by the metering thread.
    std::vector<Channel> m_channels;
    alignas(16) std::array<float, kWorkFrames> m_work{};  // history, then the chunk
    std::int64_t m_groupsMetered = 0;
    std::int64_t m_groupsInterpolated = 0;
    bool m_skipEnabled = true;
    bool m_finished = false;
};

}  // namespace stemwise::core
