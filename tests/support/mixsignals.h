#pragma once
// Stems with mixing problems known by construction, for the suggestion and learning tests:
// a voice-like harmonic tone, a resonance (noise through a peaking filter), rumble below
// 50 Hz, a kick and a bass line sharing 50–100 Hz, a dull tone with nothing above 4 kHz.

#include "dsp/biquad.h"
#include "testsignals.h"

#include <cmath>
#include <numbers>
#include <vector>

namespace stemwise::test {

/// A voice-like tone: partials 1..`partials` with amplitude 1/n, a 5.5 Hz vibrato of ±20
/// cents (so it is voiced and pitched, not a test tone), peak about `amplitude`.
inline std::vector<float> voiceLike(double f0Hz, double amplitude, double rateHz, std::size_t frames, int partials = 20)
{
    std::vector<float> out(frames);
    double phase = 0.0;
    double norm = 0.0;
    for (int n = 1; n <= partials; ++n)
        norm += 1.0 / n;
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / rateHz;
        const double f = f0Hz * std::pow(2.0, 20.0 / 1200.0 * std::sin(2.0 * std::numbers::pi * 5.5 * t));
        phase += 2.0 * std::numbers::pi * f / rateHz;
        double v = 0.0;
        for (int n = 1; n <= partials && n * f < 0.45 * rateHz; ++n)
            v += std::sin(n * phase) / n;
        out[i] = static_cast<float>(amplitude * v / norm);
    }
    return out;
}

/// Equal-amplitude partials 1..`partials` of f0: a tone with everything below partials·f0.
inline std::vector<float> flatHarmonics(double f0Hz, int partials, double amplitude, double rateHz, std::size_t frames)
{
    std::vector<float> out(frames);
    for (std::size_t i = 0; i < frames; ++i) {
        double v = 0.0;
        for (int n = 1; n <= partials; ++n)
            v += std::sin(2.0 * std::numbers::pi * n * f0Hz * static_cast<double>(i) / rateHz + 0.7 * n * n);
        out[i] = static_cast<float>(amplitude * v / partials);
    }
    return out;
}

/// White noise through a peaking filter: a resonance at `centreHz`.
inline std::vector<float> resonantNoise(double centreHz, double q, double gainDb, double amplitude, double rateHz,
                                        std::size_t frames, std::uint64_t seed = 3)
{
    auto x = whiteNoise(amplitude, frames, seed);
    core::Biquad peak(core::Biquad::Kind::Peak, rateHz, centreHz, q, gainDb);
    for (float& v : x)
        v = static_cast<float>(peak.process(v));
    return x;
}

/// Noise low-passed twice at `cornerHz` (24 dB/oct): rumble.
inline std::vector<float> rumble(double cornerHz, double amplitude, double rateHz, std::size_t frames, std::uint64_t seed = 11)
{
    auto x = whiteNoise(amplitude, frames, seed);
    core::Biquad a(core::Biquad::Kind::LowPass, rateHz, cornerHz, 0.707);
    core::Biquad b(core::Biquad::Kind::LowPass, rateHz, cornerHz, 0.707);
    for (float& v : x)
        v = static_cast<float>(b.process(a.process(v)));
    return x;
}

/// A kick every `intervalS`: a sine gliding from 110 Hz to `bodyHz` in 30 ms, decaying with
/// a 120 ms time constant.
inline std::vector<float> kickTrack(double bodyHz, double amplitude, double intervalS, double rateHz, std::size_t frames)
{
    std::vector<float> out(frames);
    const auto period = static_cast<std::size_t>(intervalS * rateHz);
    double phase = 0.0;
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i % period) / rateHz;
        if (i % period == 0)
            phase = 0.0;
        const double f = bodyHz + (110.0 - bodyHz) * std::exp(-t / 0.01);
        phase += 2.0 * std::numbers::pi * f / rateHz;
        out[i] = static_cast<float>(amplitude * std::exp(-t / 0.12) * std::sin(phase));
    }
    return out;
}

/// A sustained bass line: notes of `notesHz` in turn, each `noteS` long, fundamental plus a
/// second and third partial at half and a quarter amplitude.
inline std::vector<float> bassLine(const std::vector<double>& notesHz, double noteS, double amplitude, double rateHz,
                                   std::size_t frames)
{
    std::vector<float> out(frames);
    double phase = 0.0;
    for (std::size_t i = 0; i < frames; ++i) {
        const auto note = static_cast<std::size_t>(static_cast<double>(i) / rateHz / noteS) % notesHz.size();
        phase += 2.0 * std::numbers::pi * notesHz[note] / rateHz;
        out[i] = static_cast<float>(amplitude * (std::sin(phase) + 0.5 * std::sin(2.0 * phase) + 0.25 * std::sin(3.0 * phase))
                                    / 1.75);
    }
    return out;
}

inline std::vector<float> sum(std::vector<float> a, const std::vector<float>& b)
{
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        a[i] += b[i];
    return a;
}

}  // namespace stemwise::test
