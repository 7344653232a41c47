#pragma once
// Filter designs of the playback engine: Butterworth high- and low-passes of any slope from
// 6 to 48 dB/octave, the band-pass of a band solo, and the cookbook's bell and shelves, as
// chains of second-order sections (dsp/biquad.h) that a real-time thread runs.
//
// Butterworth of order N (slope 6·N dB/octave): the bilinear transform, pre-warped at the
// corner, of the analogue prototype whose poles sit evenly on the unit circle. An even order
// is N/2 cookbook sections at the corner with Q_k = 1 / (2 cos((2k−1)π / 2N)); an odd order
// adds one first-order section and uses Q_k = 1 / (2 cos(kπ / N)) for the pairs
// (S. Butterworth, "On the Theory of Filter Amplifiers", 1930; the section Qs as in
// Zölzer, "Digital Audio Signal Processing", ch. 5). At the corner every order reads
// −3.01 dB; an octave beyond it, −6·N dB plus the −3 dB the corner already lost (about).
//
// Threading: plain values, built anywhere, copied into messages.

#include "dsp/biquad.h"
#include "util/result.h"

#include <array>
#include <cstddef>

namespace stemwise::core {

/// Up to kMaxSections sections in series (trivially copyable: it travels in messages).
struct FilterChainDesign {
    static constexpr std::size_t kMaxSections = 8;
    std::size_t count = 0;
    std::array<BiquadCoefficients, kMaxSections> sections{};

    /// Appends a section; false when the chain is full.
    bool add(const BiquadCoefficients& c) noexcept;
    /// Appends every section of `other`; false when they do not fit (nothing is added then).
    bool append(const FilterChainDesign& other) noexcept;
    /// The chain's |H| in dB at `frequencyHz` (sum of the sections').
    [[nodiscard]] double magnitudeDb(double frequencyHz, double sampleRateHz) const noexcept;
};

/// The order (1…8) of a Butterworth filter with `slopeDbPerOct` (6, 12, …, 48). Errors: a
/// slope that is not a multiple of 6 dB/octave from 6 to 48.
[[nodiscard]] Result<int> butterworthOrder(double slopeDbPerOct);

/// A Butterworth high-pass (highPass) or low-pass of `order` (1…8) at `cornerHz` < Nyquist.
[[nodiscard]] FilterChainDesign butterworth(bool highPass, int order, double cornerHz, double sampleRateHz);

/// The band solo: 48 dB/octave Butterworth skirts (order 8 on each side) that keep
/// `lowHz`…`highHz`. A low edge at or below 0 Hz, or a high edge at or above 0.49 × the rate,
/// leaves that side open. Its rejection an octave outside an edge is about 51 dB.
[[nodiscard]] FilterChainDesign bandPass(double lowHz, double highHz, double sampleRateHz);

}  // namespace stemwise::core
