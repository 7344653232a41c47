#pragma once
// Pitched and unpitched signals whose f0, harmonicity and key are known by construction,
// and a harness that runs one analyzer over an in-memory signal the way analyzeFile() does
// (same STFT geometry, same call order), timing the analyzer's own calls.

#include "testsignals.h"

#include "analysis/analyzer.h"
#include "analysis/trackanalysis.h"
#include "analysis/trackprofile.h"
#include "dsp/stft.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <complex>
#include <cstdint>
#include <ctime>
#include <numbers>
#include <vector>

namespace stemwise::test {

inline double midiHz(double midi) { return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0); }

/// Spectral envelopes of the sustained test tones.
enum class Timbre {
    Sawtooth,  ///< every harmonic, amplitude 1/k (bowed string, brass-like)
    Clarinet,  ///< odd harmonics 1/k, even ones 30 dB weaker
    Voice,     ///< "ah" formants (700, 1220, 2600 Hz): the fundamental 10–25 dB below the strongest partial
};

inline double partialGain(Timbre timbre, int k, double hz)
{
    switch (timbre) {
    case Timbre::Sawtooth:
        return 1.0 / k;
    case Timbre::Clarinet:
        return (k % 2 == 1 ? 1.0 : 0.03) / k;
    case Timbre::Voice: {
        constexpr std::array<std::array<double, 3>, 3> formants{{{700, 110, 1.0}, {1220, 120, 0.5}, {2600, 180, 0.2}}};
        double g = 0.05 / k;  // glottal source slope under the formants
        for (const auto& f : formants) {
            const double x = (hz - f[0]) / f[1];
            g += f[2] / (1.0 + x * x);
        }
        return g;
    }
    }
    return 0.0;
}

struct ToneSpec {
    double f0Hz = 220.0;
    double sampleRateHz = 48000.0;
    double durationS = 2.0;
    Timbre timbre = Timbre::Sawtooth;
    double vibratoHz = 0.0;
    double vibratoCents = 0.0;
    double peak = 0.5;  ///< the tone is normalised to this sample peak
    int maxPartials = 30;
};

/// A sustained harmonic tone (partials below 0.45·rate), optional sinusoidal vibrato,
/// 20 ms fades.
inline std::vector<float> harmonicTone(const ToneSpec& s)
{
    const auto frames = static_cast<std::size_t>(s.durationS * s.sampleRateHz);
    std::vector<float> out(frames);
    std::vector<double> gains;
    for (int k = 1; k <= s.maxPartials && k * s.f0Hz * std::pow(2.0, s.vibratoCents / 1200.0) < 0.45 * s.sampleRateHz; ++k)
        gains.push_back(partialGain(s.timbre, k, k * s.f0Hz));
    double phase = 0.0;  // cycles
    const double fade = 0.02 * s.sampleRateHz;
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / s.sampleRateHz;
        const double hz = s.f0Hz * std::pow(2.0, s.vibratoCents * std::sin(2.0 * std::numbers::pi * s.vibratoHz * t) / 1200.0);
        phase += hz / s.sampleRateHz;
        phase -= std::floor(phase);
        // sin(kθ) by the Chebyshev recurrence: one sin/cos per sample, not one per partial.
        const double theta = 2.0 * std::numbers::pi * phase;
        const double c2 = 2.0 * std::cos(theta);
        double prev = 0.0, cur = std::sin(theta), v = 0.0;
        for (double g : gains) {
            v += g * cur;
            const double next = c2 * cur - prev;
            prev = cur;
            cur = next;
        }
        const double env = std::min({1.0, static_cast<double>(i) / fade, static_cast<double>(frames - i) / fade});
        out[i] = static_cast<float>(v * env);
    }
    float peak = 0.0f;
    for (float v : out)
        peak = std::max(peak, std::abs(v));
    for (float& v : out)
        v *= static_cast<float>(s.peak) / peak;
    return out;
}

inline double powerOf(const std::vector<float>& x)
{
    double sum = 0.0;
    for (float v : x)
        sum += static_cast<double>(v) * v;
    return sum / static_cast<double>(x.size());
}

/// `signal` plus white noise at `snrDb` below its power.
inline std::vector<float> withNoise(std::vector<float> signal, double snrDb, std::uint64_t seed = 3)
{
    const double noisePower = powerOf(signal) * std::pow(10.0, -snrDb / 10.0);
    // Uniform noise in [−a, a) has power a²/3.
    const auto noise = whiteNoise(std::sqrt(3.0 * noisePower), signal.size(), seed);
    for (std::size_t i = 0; i < signal.size(); ++i)
        signal[i] += noise[i];
    return signal;
}

/// A chord by its root (semitones above the key's tonic) and quality.
struct Chord {
    int root = 0;
    bool minor = false;
};

/// How the chords sound.
enum class ChordTimbre {
    Piano,  ///< struck: partials 1/k^1.5 decaying, higher ones faster, slightly stretched
    Pad,    ///< sustained sawtooth-like partials with a slow attack and ±6 cent detune
    Organ,  ///< sustained drawbar-like partials 1, 2, 3, 4, 6, 8 (octaves and fifths)
};

struct ProgressionSpec {
    int tonic = 0;  ///< pitch class of the key's tonic, 0 = C
    std::vector<Chord> chords;
    double sampleRateHz = 48000.0;
    double chordS = 2.0;
    ChordTimbre timbre = ChordTimbre::Piano;
    double detuneCents = 0.0;  ///< the whole band's tuning off A = 440 Hz
    double peak = 0.5;
};

/// A bass note on each chord's root (octave 2) and the triad in close position
/// (root between G3 and F#4), each note with harmonic partials.
inline std::vector<float> chordProgression(const ProgressionSpec& s)
{
    const auto chordFrames = static_cast<std::size_t>(s.chordS * s.sampleRateHz);
    std::vector<float> out(chordFrames * s.chords.size(), 0.0f);
    const double tuning = std::pow(2.0, s.detuneCents / 1200.0);
    for (std::size_t c = 0; c < s.chords.size(); ++c) {
        const Chord& chord = s.chords[c];
        const int rootPc = ((s.tonic + chord.root) % 12 + 12) % 12;
        const int triadRoot = 55 + ((rootPc - 7 + 12) % 12);  // G3 (55) … F#4 (66)
        std::vector<std::pair<double, double>> notes{{midiHz(36 + rootPc) * tuning, 0.9}};  // bass
        for (int interval : {0, chord.minor ? 3 : 4, 7})
            notes.emplace_back(midiHz(triadRoot + interval) * tuning, 0.6);
        for (std::size_t n = 0; n < notes.size(); ++n) {
            const auto [f0, level] = notes[n];
            for (int k = 1; k <= 12 && k * f0 < 0.45 * s.sampleRateHz; ++k) {
                double gain = 0.0, hz = k * f0, decayS = 1e9;
                switch (s.timbre) {
                case ChordTimbre::Piano:
                    gain = 1.0 / std::pow(k, 1.5);
                    hz *= std::sqrt(1.0 + 0.0004 * k * k);  // string stiffness stretches partials
                    decayS = 1.2 / k;
                    break;
                case ChordTimbre::Pad:
                    gain = 1.0 / k;
                    hz *= std::pow(2.0, (n % 2 == 0 ? 6.0 : -6.0) / 1200.0);
                    break;
                case ChordTimbre::Organ:
                    gain = (k == 1 || k == 2 || k == 3 || k == 4 || k == 6 || k == 8) ? 1.0 / std::sqrt(k) : 0.0;
                    break;
                }
                if (gain == 0.0)
                    continue;
                // A rotating phasor and a multiplicative decay: no sin() or exp() per sample.
                std::complex<double> z = std::polar(level * gain, 0.37 * k + 1.3 * static_cast<double>(n));
                const std::complex<double> step = std::polar(std::exp(-1.0 / (decayS * s.sampleRateHz)),
                                                             2.0 * std::numbers::pi * hz / s.sampleRateHz);
                const double attackS = s.timbre == ChordTimbre::Pad ? 0.15 : 0.005;
                for (std::size_t i = 0; i < chordFrames; ++i) {
                    const double t = static_cast<double>(i) / s.sampleRateHz;
                    const double env = std::min({1.0, t / attackS, (s.chordS - t) / 0.05});
                    out[c * chordFrames + i] += static_cast<float>(env * z.imag());
                    z *= step;
                }
            }
        }
    }
    float peak = 0.0f;
    for (float v : out)
        peak = std::max(peak, std::abs(v));
    for (float& v : out)
        v *= static_cast<float>(s.peak) / peak;
    return out;
}

/// A drum loop at 120 BPM: kick on beats 1 and 3 (sine body falling 150 → 55 Hz, click),
/// snare on 2 and 4 (noise burst over a 190 Hz body), closed hi-hat on every eighth.
inline std::vector<float> drumLoop(double sampleRateHz, double durationS, std::uint64_t seed = 5)
{
    const auto frames = static_cast<std::size_t>(durationS * sampleRateHz);
    std::vector<float> out(frames, 0.0f);
    const auto noise = whiteNoise(1.0, frames, seed);
    const auto eighth = static_cast<std::size_t>(0.25 * sampleRateHz);
    for (std::size_t start = 0, n = 0; start < frames; start += eighth, ++n) {
        const bool kick = n % 4 == 0, snare = n % 4 == 2;
        double phase = 0.0;
        float hpPrev = 0.0f;
        for (std::size_t i = 0; i < eighth * 2 && start + i < frames; ++i) {
            const double t = static_cast<double>(i) / sampleRateHz;
            double v = 0.0;
            if (kick) {
                phase += 2.0 * std::numbers::pi * (55.0 + 95.0 * std::exp(-t / 0.03)) / sampleRateHz;
                v += std::sin(phase) * std::exp(-t / 0.15) + (t < 0.002 ? noise[start + i] * 0.5 : 0.0);
            }
            if (snare)
                v += 0.5 * noise[start + i] * std::exp(-t / 0.07)
                     + 0.4 * std::sin(2.0 * std::numbers::pi * 190.0 * t) * std::exp(-t / 0.05);
            if (i < eighth) {
                // First difference of noise: a bright hiss, as a hat.
                const float x = noise[(start + i + frames / 2) % frames];
                v += 0.25 * (x - hpPrev) * std::exp(-t / 0.02);
                hpPrev = x;
            }
            out[start + i] += static_cast<float>(0.5 * v);
        }
    }
    return out;
}

struct AnalyzerRun {
    core::TrackProfile profile;
    double prepareS = 0.0;   ///< prepare(): includes FFT planning the first time a size is used
    double analyzerS = 0.0;     ///< wall time spent in the analyzer's process calls and finish()
    double analyzerCpuS = 0.0;  ///< the same in CPU time (stable on a busy machine)
};

/// Runs `analyzer` over a mono signal as analyzeFile() would: blocks of `blockFrames`, the
/// shared short and long STFT. While the analyzer's process calls run, `*insideProcess` (if
/// given) is true, so a test can count what they allocate.
/// `announcedFrames` (if ≥ 0) is the length the analyzer is told in prepare(), as a file
/// header or a live stream (0) would announce it.
inline AnalyzerRun runAnalyzer(core::Analyzer& analyzer, const std::vector<float>& mono, double sampleRateHz,
                               bool* insideProcess = nullptr, std::int64_t announcedFrames = -1,
                               std::size_t blockFrames = 4096)
{
    using Clock = std::chrono::steady_clock;
    const core::StreamFormat format{sampleRateHz, 1,
                                    announcedFrames >= 0 ? announcedFrames : static_cast<std::int64_t>(mono.size())};
    const core::AnalysisContext context = core::makeAnalysisContext(format);
    const core::AnalyzerInfo info = analyzer.info();
    AnalyzerRun run;
    auto timed = [&](auto&& call, bool watch = true) {
        const auto start = Clock::now();
        const std::clock_t cpuStart = std::clock();
        if (insideProcess)
            *insideProcess = watch;
        call();
        if (insideProcess)
            *insideProcess = false;
        run.analyzerCpuS += static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        run.analyzerS += std::chrono::duration<double>(Clock::now() - start).count();
    };
    {
        const auto start = Clock::now();
        analyzer.prepare(context);  // may allocate: not watched
        run.prepareS = std::chrono::duration<double>(Clock::now() - start).count();
    }
    core::Stft shortStft(context.shortStft, [&](const core::SpectrumFrame& f) {
        if (info.wantsShortFrames)
            timed([&] { analyzer.processShortFrame(f); });
    });
    core::Stft longStft(context.longStft, [&](const core::SpectrumFrame& f) {
        if (info.wantsLongFrames)
            timed([&] { analyzer.processLongFrame(f); });
    });
    for (std::size_t pos = 0; pos < mono.size(); pos += blockFrames) {
        const std::size_t n = std::min(blockFrames, mono.size() - pos);
        const float* channel = mono.data() + pos;
        const std::array<const float*, 1> channels{channel};
        if (info.wantsBlocks)
            timed([&] { analyzer.process(core::AudioBlock{channels, channel, n, static_cast<std::int64_t>(pos)}); });
        shortStft.push(channel, n);
        longStft.push(channel, n);
    }
    shortStft.finish();
    longStft.finish();
    timed([&] { analyzer.finish(run.profile); }, false);  // finish() may allocate
    return run;
}

}  // namespace stemwise::test
