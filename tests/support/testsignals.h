#pragma once
// Signals whose properties are known by construction, and a one-call file writer,
// for tests and benchmarks.

#include "audio/audiofilewriter.h"

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <numbers>
#include <string>
#include <vector>

namespace stemwise::test {

using Planar = std::vector<std::vector<float>>;

inline std::vector<float> sine(double frequencyHz, double amplitude, double sampleRateHz,
                               std::size_t frames, double phaseRad = 0.0)
{
    std::vector<float> out(frames);
    for (std::size_t i = 0; i < frames; ++i)
        out[i] = static_cast<float>(amplitude
                                    * std::sin(2.0 * std::numbers::pi * frequencyHz * static_cast<double>(i)
                                                   / sampleRateHz
                                               + phaseRad));
    return out;
}

/// Deterministic uniform white noise in [-amplitude, amplitude).
inline std::vector<float> whiteNoise(double amplitude, std::size_t frames, std::uint64_t seed = 1)
{
    std::vector<float> out(frames);
    std::uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;
    for (auto& v : out) {
        s ^= s >> 12; s ^= s << 25; s ^= s >> 27;
        const double u = static_cast<double>((s * 0x2545F4914F6CDD1Dull) >> 11) / 9007199254740992.0;
        v = static_cast<float>(amplitude * (2.0 * u - 1.0));
    }
    return out;
}

/// Writes `channels` to `path`; returns an empty string or the error.
inline std::string writeAudio(const std::filesystem::path& path, const Planar& channels,
                              core::FileType type = core::FileType::Wav,
                              core::SampleEncoding encoding = core::SampleEncoding::Pcm24,
                              double sampleRateHz = 48000.0)
{
    auto writer = core::AudioFileWriter::create(
        path, {type, encoding, sampleRateHz, static_cast<int>(channels.size())});
    if (!writer)
        return writer.error().message;
    std::vector<const float*> pointers;
    for (const auto& ch : channels)
        pointers.push_back(ch.data());
    if (!writer.value()->write(pointers, channels.front().size()) || !writer.value()->close())
        return "write failed";
    return {};
}

}  // namespace stemwise::test
