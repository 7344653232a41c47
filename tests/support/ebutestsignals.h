#pragma once
// Loudness and true-peak test signals synthesised from their published descriptions:
// EBU Tech 3341 (V3 2016 / V4 2023) Table 1 and EBU Tech 3342 Table 1 ("minimum
// requirements test signals"), plus noise that looks like music to a meter.
// Levels are per-channel peak levels in dBFS, as the EBU tables state them.

#include "testsignals.h"

#include "analysis/loudnessanalyzer.h"
#include "analysis/trackanalysis.h"
#include "analysis/trackprofile.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <optional>
#include <vector>

namespace stemwise::test {

/// One stretch of a tone sequence; no level means silence.
struct ToneSegment {
    double durationS = 0.0;
    std::optional<double> levelDbfs;
};

/// "Stereo sine wave, 1000 Hz, … signal applied in phase to both channels": the segments
/// one after another, the sine continuous in phase across level changes (as a generator
/// whose gain is switched), the same in every channel.
inline Planar toneSequence(const std::vector<ToneSegment>& segments, int channels = 2,
                           double sampleRateHz = 48000.0, double frequencyHz = 1000.0)
{
    std::vector<float> mono;
    std::size_t n = 0;
    for (const ToneSegment& s : segments) {
        const auto frames = static_cast<std::size_t>(std::llround(s.durationS * sampleRateHz));
        const double amplitude = s.levelDbfs ? std::pow(10.0, *s.levelDbfs / 20.0) : 0.0;
        const double step = 2.0 * std::numbers::pi * frequencyHz / sampleRateHz;
        for (std::size_t i = 0; i < frames; ++i, ++n)
            mono.push_back(static_cast<float>(amplitude * std::sin(step * static_cast<double>(n))));
    }
    return Planar(static_cast<std::size_t>(channels), mono);
}

/// Tech 3341 cases 15–19: a sine at `frequencyHz` with `amplitude` (fraction of full scale)
/// and starting phase, "tapered with a 10 ms fade-in and fade-out" (raised cosine).
inline std::vector<float> taperedSine(double frequencyHz, double amplitude, double phaseDeg,
                                      double sampleRateHz, double durationS, double fadeS = 0.010)
{
    const auto frames = static_cast<std::size_t>(std::llround(durationS * sampleRateHz));
    const auto fade = static_cast<std::size_t>(std::llround(fadeS * sampleRateHz));
    std::vector<float> out(frames);
    const double phase = phaseDeg * std::numbers::pi / 180.0;
    for (std::size_t i = 0; i < frames; ++i) {
        double gain = 1.0;
        const std::size_t fromEdge = std::min(i, frames - 1 - i);
        if (fromEdge < fade)
            gain = 0.5 - 0.5 * std::cos(std::numbers::pi * static_cast<double>(fromEdge)
                                        / static_cast<double>(fade));
        out[i] = static_cast<float>(
            gain * amplitude
            * std::sin(2.0 * std::numbers::pi * frequencyHz * static_cast<double>(i) / sampleRateHz + phase));
    }
    return out;
}

/// Pink-ish noise (about -3 dB per octave from ~20 Hz up), RMS about `rms`: white noise
/// plus copies held for 2, 4, … 2^11 samples and summed (Voss's method).
inline std::vector<float> pinkNoise(double rms, std::size_t frames, std::uint64_t seed = 1)
{
    constexpr int kRows = 12;
    std::vector<float> white = whiteNoise(1.0, frames * 2 + kRows, seed);
    std::vector<double> rows(kRows, 0.0);
    std::size_t next = frames;  // draws for the held rows come from the second half
    std::vector<float> out(frames);
    double sumSquares = 0.0;
    for (std::size_t i = 0; i < frames; ++i) {
        for (int r = 1; r < kRows; ++r)
            if ((i & ((std::size_t{1} << r) - 1)) == 0)
                rows[static_cast<std::size_t>(r)] = white[next++ % white.size()];
        double v = white[i];
        for (int r = 1; r < kRows; ++r)
            v += rows[static_cast<std::size_t>(r)];
        out[i] = static_cast<float>(v);
        sumSquares += v * v;
    }
    const double scale = rms / std::sqrt(sumSquares / static_cast<double>(std::max<std::size_t>(frames, 1)));
    for (float& v : out)
        v = static_cast<float>(v * scale);
    return out;
}

/// Music to a meter: pink noise under a beat envelope (a hit every 0.5 s that decays over
/// ~150 ms above a bed 20 dB down), so levels and peaks vary the way a mix's do.
inline std::vector<float> beatNoise(double rms, double sampleRateHz, std::size_t frames,
                                    std::uint64_t seed = 1)
{
    std::vector<float> out = pinkNoise(rms, frames, seed);
    const auto beat = static_cast<std::size_t>(0.5 * sampleRateHz);
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i % beat) / sampleRateHz;
        out[i] = static_cast<float>(out[i] * (0.1 + 1.9 * std::exp(-t / 0.05)));
    }
    return out;
}

/// The loudness figures of `x`, the analyzer driven the way TrackAnalysis drives it, in
/// blocks of `blockFrames`.
inline core::LoudnessProfile measureLoudness(const Planar& x, double sampleRateHz, std::size_t blockFrames = 4096)
{
    const std::size_t frames = x.front().size();
    core::StreamFormat format{sampleRateHz, static_cast<int>(x.size()), static_cast<std::int64_t>(frames)};
    core::LoudnessAnalyzer analyzer;
    analyzer.prepare(core::makeAnalysisContext(format));
    std::vector<const float*> pointers(x.size());
    for (std::size_t done = 0; done < frames;) {
        const std::size_t n = std::min(blockFrames, frames - done);
        for (std::size_t c = 0; c < x.size(); ++c)
            pointers[c] = x[c].data() + done;
        analyzer.process({pointers, nullptr, n, static_cast<std::int64_t>(done)});
        done += n;
    }
    core::TrackProfile profile;
    analyzer.finish(profile);
    return profile.loudness;
}

}  // namespace stemwise::test
