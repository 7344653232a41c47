#pragma once
// The built-in demo session: five stems synthesised deterministically (same bytes on every
// machine and every run), so the repository carries no audio and tests know the answers.
//
// Synthesised with oscillators by recurrence (dsp/oscillator.h): the five stems take about
// 0.3 s of CPU (bench_demo), less than analysing them.
//
// Musical facts, by construction: 120 BPM in 4/4, 12 bars (24 s), A minor, the chord
// progression Am–F–C–G once every four bars (one chord per bar, 2 s each).

#include "util/result.h"

#include <cmath>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace stemwise::core {

struct DemoStem {
    std::string name;      ///< display name, also the file name without ".wav"
    std::string type;      ///< the track type an engineer would give it ("kick", "vocals", …)
    int channels = 1;
    double peakDbfs = 0.0;  ///< sample peak the stem is normalised to
    std::string content;   ///< what it contains, in words
};

struct DemoSessionSpec {
    double sampleRateHz = 48000.0;
    double tempoBpm = 120.0;
    int beatsPerBar = 4;
    int bars = 12;
    std::string key = "A minor";
    double vocalVibratoHz = 5.5;
    double vocalVibratoCents = 30.0;
    std::vector<DemoStem> stems;

    [[nodiscard]] double durationS() const { return bars * beatsPerBar * 60.0 / tempoBpm; }
    [[nodiscard]] std::int64_t frames() const
    {
        return static_cast<std::int64_t>(std::llround(durationS() * sampleRateHz));
    }
};

/// The session's facts and its stems, in the order they are written.
[[nodiscard]] const DemoSessionSpec& demoSessionSpec();

/// Fundamental frequencies (Hz) of the lead-vocal melody, one per beat, silence as 0.
[[nodiscard]] std::vector<double> demoVocalMelodyHz();

/// Synthesises stem `index` of demoSessionSpec() as planar channels of floats.
[[nodiscard]] std::vector<std::vector<float>> synthesizeDemoStem(std::size_t index);

/// Writes the session as 48 kHz 24-bit WAV files into `folder` (created if missing) and
/// returns their paths. Files already written by this version of the recipe are kept
/// as they are; `progress(done, total)` is called after each stem.
/// An existing file of a stem's name whose bytes are not the demo's (the user's own
/// "Kick.wav") is never replaced unless `replaceOthers`: the call fails naming it, and
/// nothing in the folder is changed. Every stem is synthesised into a hidden temporary file
/// first and renamed into place only when all are complete (util/safefile.h).
[[nodiscard]] Result<std::vector<std::filesystem::path>> writeDemoSession(
    const std::filesystem::path& folder, const std::function<void(int, int)>& progress = {},
    bool replaceOthers = false);

}  // namespace stemwise::core
