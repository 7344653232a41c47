#pragma once
// The real-time halves of filterdesign.h and movedesign.h: a stereo chain of sections and the
// processor of one previewed move. State lives in fixed arrays: set() and process() allocate
// nothing, lock nothing and make no system call, so the audio callback runs them.
//
// Threading: one thread at a time (the audio callback, or a worker measuring offline).

#include "dsp/biquad.h"
#include "playback/filterdesign.h"
#include "playback/movedesign.h"

#include <array>
#include <cstddef>

namespace stemwise::core {

/// Up to FilterChainDesign::kMaxSections sections in series on each of two channels.
class StereoFilterChain {
public:
    /// Takes `design`; `reset`: clears the state (a new filter), else keeps it (new
    /// parameters of the same filter while it runs).
    void set(const FilterChainDesign& design, bool reset) noexcept;
    void reset() noexcept;
    /// Filters `frames` interleaved stereo frames in place.
    void process(float* stereo, std::size_t frames) noexcept;

private:
    std::size_t m_count = 0;
    std::array<std::array<Biquad, 2>, FilterChainDesign::kMaxSections> m_sections{};
};

class MoveProcessor {
public:
    /// Takes `design` and clears the state.
    void set(const MoveDesign& design) noexcept;
    void reset() noexcept;
    /// Processes `frames` interleaved stereo frames from `in` into `out` (may be the same).
    void process(const float* in, float* out, std::size_t frames) noexcept;
    [[nodiscard]] const MoveDesign& design() const noexcept { return m_design; }
    /// The gain reduction now in dB (compressor, de-esser; 0 otherwise), for the meters.
    [[nodiscard]] double reductionDb() const noexcept { return m_reductionDb; }

private:
    MoveDesign m_design;
    StereoFilterChain m_chain;
    StereoFilterChain m_chainHigh;   // mono below: the side's high half
    std::array<Biquad, 2> m_band{};  // de-esser's band-pass
    double m_detector = 0.0;         // mean square (compressor; de-esser's band)
    double m_detectorBroadband = 0.0;
    double m_reductionDb = 0.0;      // smoothed
};

}  // namespace stemwise::core
