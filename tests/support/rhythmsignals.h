#pragma once
// Rhythmic and non-rhythmic test signals whose onset times and tempo are known by
// construction: click tracks, drum loops (kick / snare / hat patterns, with swing and
// syncopation), and material without a pulse (pads, coloured noise, speech-like bursts).
// Deterministic: the same samples on every machine.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <string>
#include <vector>

namespace stemwise::test {

/// A mono signal with the times (s) at which its events start.
struct RhythmSignal {
    std::vector<float> samples;
    std::vector<double> onsetTimesS;
};

/// xorshift64*, uniform in [-1, 1).
class TestRng {
public:
    explicit TestRng(std::uint64_t seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    double uniform()
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return static_cast<double>((m_state * 0x2545F4914F6CDD1Dull) >> 11) * (2.0 / 9007199254740992.0) - 1.0;
    }

private:
    std::uint64_t m_state;
};

enum class Drum { Kick, Snare, Hat, Click };

/// Adds one drum hit of peak amplitude about `gain` starting at sample `start`.
inline void addDrum(std::vector<float>& out, Drum drum, std::size_t start, double rate, double gain,
                    TestRng& rng)
{
    constexpr double kTwoPi = 2.0 * std::numbers::pi;
    const double lengthS = drum == Drum::Kick ? 0.35 : drum == Drum::Snare ? 0.25 : drum == Drum::Hat ? 0.08 : 0.01;
    const auto length = static_cast<std::size_t>(lengthS * rate);
    double phase = 0.0;
    double prev1 = 0.0;
    double prev2 = 0.0;
    for (std::size_t i = 0; i < length && start + i < out.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        const double noise = rng.uniform();
        double v = 0.0;
        switch (drum) {
        case Drum::Kick: {
            const double f = 50.0 + 100.0 * std::exp(-t / 0.03);  // pitch drop 150 -> 50 Hz
            phase += kTwoPi * f / rate;
            v = std::sin(phase) * std::exp(-t / 0.15) + (t < 0.002 ? 0.3 * noise : 0.0);
            break;
        }
        case Drum::Snare:
            phase += kTwoPi * 185.0 / rate;
            v = 0.5 * std::sin(phase) * std::exp(-t / 0.06) + 0.6 * noise * std::exp(-t / 0.06);
            break;
        case Drum::Hat:
            // Twice-differenced noise: most of its energy above 5 kHz.
            v = 0.35 * (noise - 2.0 * prev1 + prev2) * std::exp(-t / 0.025);
            prev2 = prev1;
            prev1 = noise;
            break;
        case Drum::Click:
            phase += kTwoPi * 2000.0 / rate;
            v = std::sin(phase) * std::exp(-t / 0.002);
            break;
        }
        // A short fade instead of a cut: a cut is itself a click.
        const double fade = std::min(1.0, static_cast<double>(length - i) / (0.3 * static_cast<double>(length)));
        out[start + i] += static_cast<float>(gain * v * fade);
    }
}

/// One hit of a pattern: step in sixteenths within the bar, drum, gain.
struct Hit {
    int step;
    Drum drum;
    double gain;
};

struct DrumPattern {
    std::string name;
    std::vector<Hit> hits;  ///< one bar of 4/4, 16 steps
    double swing = 0.5;     ///< where the off-beat eighth falls within the beat (0.5 = straight)
};

inline std::vector<DrumPattern> drumPatterns()
{
    using D = Drum;
    std::vector<DrumPattern> p;
    // Rock: kick 1 and 3, snare 2 and 4, closed hats on eighths.
    p.push_back({"rock", {{0, D::Kick, 0.9}, {8, D::Kick, 0.9}, {4, D::Snare, 0.7}, {12, D::Snare, 0.7},
                          {0, D::Hat, 0.35}, {2, D::Hat, 0.25}, {4, D::Hat, 0.35}, {6, D::Hat, 0.25},
                          {8, D::Hat, 0.35}, {10, D::Hat, 0.25}, {12, D::Hat, 0.35}, {14, D::Hat, 0.25}}});
    // Syncopated kick (1, the "and" of 2, 3's "and"), snare 2 and 4, sixteenth hats.
    DrumPattern sync{"syncopated", {{0, D::Kick, 0.9}, {6, D::Kick, 0.8}, {10, D::Kick, 0.8},
                                    {4, D::Snare, 0.7}, {12, D::Snare, 0.7}}};
    for (int s = 0; s < 16; ++s)
        sync.hits.push_back({s, D::Hat, s % 4 == 0 ? 0.3 : s % 2 == 0 ? 0.22 : 0.15});
    p.push_back(sync);
    // Four on the floor with off-beat hats.
    p.push_back({"four_on_floor", {{0, D::Kick, 0.9}, {4, D::Kick, 0.9}, {8, D::Kick, 0.9}, {12, D::Kick, 0.9},
                                   {4, D::Snare, 0.5}, {12, D::Snare, 0.5},
                                   {2, D::Hat, 0.3}, {6, D::Hat, 0.3}, {10, D::Hat, 0.3}, {14, D::Hat, 0.3}}});
    // Swung eighths (2:1, the off-beat at two thirds of the beat), shuffle feel.
    p.push_back({"swing", {{0, D::Kick, 0.9}, {10, D::Kick, 0.7}, {4, D::Snare, 0.7}, {12, D::Snare, 0.7},
                           {0, D::Hat, 0.35}, {2, D::Hat, 0.25}, {4, D::Hat, 0.35}, {6, D::Hat, 0.25},
                           {8, D::Hat, 0.35}, {10, D::Hat, 0.25}, {12, D::Hat, 0.35}, {14, D::Hat, 0.25}},
                 2.0 / 3.0});
    return p;
}

/// The pattern of drumPatterns() named `name` (the first one if there is none of that name).
inline const DrumPattern& drumPattern(const std::string& name)
{
    static const auto patterns = drumPatterns();
    for (const auto& p : patterns)
        if (p.name == name)
            return p;
    return patterns.front();
}

/// Bars of `pattern` at `bpm`, starting at `offsetS`. Onsets closer than 30 ms count as one.
inline RhythmSignal drumLoop(const DrumPattern& pattern, double bpm, double rate, double durationS,
                             double offsetS = 0.0, std::uint64_t seed = 1)
{
    RhythmSignal s;
    s.samples.assign(static_cast<std::size_t>(durationS * rate), 0.0f);
    TestRng rng(seed);
    const double beatS = 60.0 / bpm;
    const double barS = 4.0 * beatS;
    for (int bar = 0; offsetS + bar * barS < durationS; ++bar) {
        for (const Hit& h : pattern.hits) {
            const int beat = h.step / 4;
            const int within = h.step % 4;
            // Swing moves the off-beat eighth (step 2 of 4); sixteenths are left straight.
            const double frac = within == 2 ? pattern.swing : within * 0.25;
            const double t = offsetS + bar * barS + (beat + frac) * beatS;
            if (t >= durationS - 0.05)
                continue;
            // Small, deterministic velocity variation, as a drummer plays.
            const double gain = h.gain * (1.0 + 0.1 * rng.uniform());
            addDrum(s.samples, h.drum, static_cast<std::size_t>(t * rate + 0.5), rate, gain, rng);
            s.onsetTimesS.push_back(static_cast<double>(static_cast<std::size_t>(t * rate + 0.5)) / rate);
        }
    }
    std::sort(s.onsetTimesS.begin(), s.onsetTimesS.end());
    std::vector<double> merged;
    for (double t : s.onsetTimesS)
        if (merged.empty() || t - merged.back() > 0.03)
            merged.push_back(t);
    s.onsetTimesS = merged;
    return s;
}

/// A metronome: a click on every beat, the first of each bar louder.
inline RhythmSignal clickTrack(double bpm, double rate, double durationS, double offsetS = 0.0)
{
    RhythmSignal s;
    s.samples.assign(static_cast<std::size_t>(durationS * rate), 0.0f);
    TestRng rng(3);
    for (int beat = 0;; ++beat) {
        const double t = offsetS + beat * 60.0 / bpm;
        if (t >= durationS - 0.02)
            break;
        const auto at = static_cast<std::size_t>(t * rate + 0.5);
        addDrum(s.samples, Drum::Click, at, rate, beat % 4 == 0 ? 0.8 : 0.5, rng);
        s.onsetTimesS.push_back(static_cast<double>(at) / rate);
    }
    return s;
}

/// Sustained chord tones with a slow attack that change every `chordS` seconds.
inline std::vector<float> sustainedPad(double rate, double durationS, double chordS = 4.0)
{
    constexpr double kTwoPi = 2.0 * std::numbers::pi;
    const std::vector<std::vector<double>> chords{{220.0, 261.6, 329.6}, {174.6, 220.0, 261.6},
                                                  {196.0, 246.9, 293.7}, {164.8, 207.7, 246.9}};
    std::vector<float> out(static_cast<std::size_t>(durationS * rate));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / rate;
        const auto chord = static_cast<std::size_t>(t / chordS);
        const double within = t - static_cast<double>(chord) * chordS;
        const double env = std::min(1.0, within / 0.8) * std::min(1.0, (chordS - within) / 0.5);
        double v = 0.0;
        for (double f : chords[chord % chords.size()])
            for (int k = 1; k <= 6; ++k)
                v += std::sin(kTwoPi * k * f * t * (1.0 + 0.002 * std::sin(kTwoPi * 0.3 * t))) / (k * k);
        out[i] = static_cast<float>(0.15 * env * v);
    }
    return out;
}

/// Speech-like bursts: voiced "syllables" of random length (80–300 ms) separated by random
/// gaps (40–400 ms), no periodicity.
inline RhythmSignal speechLike(double rate, double durationS, std::uint64_t seed = 9)
{
    constexpr double kTwoPi = 2.0 * std::numbers::pi;
    RhythmSignal s;
    s.samples.assign(static_cast<std::size_t>(durationS * rate), 0.0f);
    TestRng rng(seed);
    double t = 0.1;
    while (t < durationS - 0.4) {
        const double len = 0.19 + 0.11 * rng.uniform();
        const double f0 = 140.0 + 30.0 * rng.uniform();
        const auto start = static_cast<std::size_t>(t * rate);
        const auto n = static_cast<std::size_t>(len * rate);
        double phase = 0.0;
        for (std::size_t i = 0; i < n && start + i < s.samples.size(); ++i) {
            const double u = static_cast<double>(i) / static_cast<double>(n);
            const double env = std::sin(std::numbers::pi * u) * std::sin(std::numbers::pi * u);
            phase += kTwoPi * f0 * (1.0 - 0.15 * u) / rate;
            double v = 0.0;
            for (int k = 1; k <= 12; ++k)
                v += std::sin(k * phase) / k * (k >= 3 && k <= 5 ? 2.0 : 1.0);
            s.samples[start + i] = static_cast<float>(0.2 * env * v + 0.01 * env * rng.uniform());
        }
        s.onsetTimesS.push_back(t);
        t += len + 0.22 + 0.18 * rng.uniform();
    }
    return s;
}

}  // namespace stemwise::test
