#pragma once
// Broken samples: what a float file holds that no recording or mix can — NaN, infinity, or a
// magnitude of 2^20 (+120.4 dBFS) or more. Float stems legitimately go over full scale (a bus
// at unity can reach +20 dBFS), but nothing real comes near +120 dBFS; such values are a
// misbehaving plug-in or a corrupt file (one stem of 1e30 turned the session's sum into
// +600 dBTP and its spectrum into infinities). The analysis counts them and measures them as
// silence (the non_finite_samples issue); the session's sum and playback read them as silence
// (audio/sourcereader.h), so one broken stem never poisons the mix or reaches the speakers.

#include <bit>
#include <cstddef>
#include <cstdint>

namespace stemwise::core {

/// The smallest magnitude counted as broken: 2^20, +120.4 dBFS.
inline constexpr float kBrokenSampleMagnitude = 1048576.0f;

/// NaN, ±infinity, or |x| ≥ kBrokenSampleMagnitude, read from the bits without the sign: IEEE
/// floats of one sign order as their bits do, and infinity and NaN lie above every finite
/// value, so one integer comparison decides it and the check vectorises.
inline bool isBrokenSample(float x) noexcept
{
    constexpr std::uint32_t kBrokenBits = std::bit_cast<std::uint32_t>(kBrokenSampleMagnitude);
    return (std::bit_cast<std::uint32_t>(x) & 0x7fffffffu) >= kBrokenBits;
}

/// How many of `n` samples are broken.
inline std::size_t countBrokenSamples(const float* x, std::size_t n) noexcept
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i)
        count += isBrokenSample(x[i]) ? 1u : 0u;
    return count;
}

}  // namespace stemwise::core
