// Benchmark of single analyzers on a minute of synthesised 48 kHz audio: each one's own cost
// in CPU time, apart from the shared STFT where it has one, as a multiple of real time per
// core. Not a test: it prints figures (the speed cases that tst_rhythm, tst_tonal and
// tst_loudness used to print without asserting anything).
//
//   bench_analyzers [rhythm|tonal|loudness]...   (default: all three)
//
// CPU time of the measuring thread, best of three runs, so that a busy machine disturbs the
// figures less than wall time would; the first run of each also plans the FFTs and is not kept.
#include "benchclock.h"
#include "ebutestsignals.h"
#include "rhythmsignals.h"
#include "tonalsignals.h"

#include "analysis/loudnessanalyzer.h"
#include "analysis/rhythmanalyzer.h"
#include "analysis/tonalanalyzer.h"
#include "dsp/stft.h"
#include "dsp/truepeak.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

using namespace stemwise;
using test::threadCpuS;

namespace {

constexpr double kRateHz = 48000.0;
constexpr double kDurationS = 60.0;
constexpr std::size_t kBlockFrames = 4096;

// The rhythm analyzer's own cost: the same shared STFT with and without the analyzer on
// a minute of syncopated drums, the difference being the analyzer's.
void rhythm()
{
    const auto loop = test::drumLoop(test::drumPattern("syncopated"), 128.0, kRateHz, kDurationS);
    const core::StreamFormat format{kRateHz, 1, static_cast<std::int64_t>(loop.samples.size())};
    const core::AnalysisContext context = core::makeAnalysisContext(format);
    auto run = [&](bool withAnalyzer) {
        const double start = threadCpuS();
        core::RhythmAnalyzer analyzer;
        analyzer.prepare(context);
        {
            core::Stft stft(context.shortStft, [&](const core::SpectrumFrame& f) {
                if (withAnalyzer)
                    analyzer.processShortFrame(f);
            });
            for (std::size_t i = 0; i < loop.samples.size(); i += kBlockFrames)
                stft.push(loop.samples.data() + i, std::min(kBlockFrames, loop.samples.size() - i));
            stft.finish();
        }
        core::TrackProfile profile;
        profile.file.format = format;
        if (withAnalyzer)
            analyzer.finish(profile);
        return threadCpuS() - start;
    };
    run(true);
    double stftOnly = 1e9;
    double both = 1e9;
    for (int i = 0; i < 3; ++i) {
        stftOnly = std::min(stftOnly, run(false));
        both = std::min(both, run(true));
    }
    const double analyzerS = std::max(both - stftOnly, 1e-9);
    std::printf("rhythm analyzer    %8.3f ms CPU per second of audio (%.0fx real time per core); shared STFT %.3f ms/s\n",
                1e3 * analyzerS / kDurationS, kDurationS / analyzerS, 1e3 * stftOnly / kDurationS);
}

// The tonal analyzer on a melody over chords (its process calls and finish, timed inside
// test::runAnalyzer, exclude the shared STFT).
void tonal()
{
    using test::Chord;
    const Chord I{0, false}, IV{5, false}, V{7, false}, vi{9, true};
    auto x = test::chordProgression(
        {.tonic = 7, .chords = {I, vi, IV, V, I, IV, V, I}, .sampleRateHz = kRateHz, .chordS = kDurationS / 8.0});
    const auto tone = test::harmonicTone({.f0Hz = 392.0, .sampleRateHz = kRateHz, .durationS = kDurationS,
                                          .timbre = test::Timbre::Voice, .vibratoHz = 5.0, .vibratoCents = 20.0});
    for (std::size_t j = 0; j < x.size(); ++j)
        x[j] += tone[j];
    const double audioS = static_cast<double>(x.size()) / kRateHz;
    double cpuS = 1e9;
    double wallS = 1e9;
    for (int i = 0; i < 4; ++i) {
        core::TonalAnalyzer analyzer;
        const auto run = test::runAnalyzer(analyzer, x, kRateHz);
        if (i == 0)
            continue;
        cpuS = std::min(cpuS, run.analyzerCpuS);
        wallS = std::min(wallS, run.analyzerS);
    }
    std::printf("tonal analyzer     %8.3f ms CPU per second of audio (%.0fx real time per core; wall %.3f ms/s), "
                "excluding the shared STFT\n",
                1e3 * cpuS / audioS, audioS / cpuS, 1e3 * wallS / audioS);
}

// Loudness (libebur128 in histogram mode and the true-peak meter) on stereo noise, and the
// true-peak meter alone with the share of 8-output groups it had to interpolate.
void loudness()
{
    const auto frames = static_cast<std::size_t>(kDurationS * kRateHz);
    const std::pair<const char*, test::Planar> inputs[] = {
        {"pink noise", {test::pinkNoise(0.1, frames, 31), test::pinkNoise(0.1, frames, 32)}},
        {"beat noise", {test::beatNoise(0.1, kRateHz, frames, 33), test::beatNoise(0.1, kRateHz, frames, 34)}},
    };
    for (const auto& [name, x] : inputs) {
        double analyzerS = 1e9;
        double truePeakS = 1e9;
        std::int64_t interpolated = 0;
        std::int64_t metered = 0;
        for (int run = 0; run < 3; ++run) {
            double started = threadCpuS();
            const core::LoudnessProfile p = test::measureLoudness(x, kRateHz, kBlockFrames);
            analyzerS = std::min(analyzerS, threadCpuS() - started);
            if (!p.integratedLufs)
                std::printf("loudness: no integrated loudness measured on %s\n", name);

            core::TruePeak tp(kRateHz, 2);
            started = threadCpuS();
            for (std::size_t done = 0; done < frames; done += kBlockFrames) {
                const float* channels[2] = {x[0].data() + done, x[1].data() + done};
                tp.process(channels, std::min(kBlockFrames, frames - done));
            }
            truePeakS = std::min(truePeakS, threadCpuS() - started);
            interpolated = tp.groupsInterpolated();
            metered = tp.groupsMetered();
        }
        std::printf("loudness, %s: loudness + true peak %.0fx real time per core; true peak alone %.0fx "
                    "(%.0f %% of 8-output groups interpolated)\n",
                    name, kDurationS / analyzerS, kDurationS / truePeakS,
                    100.0 * static_cast<double>(interpolated) / static_cast<double>(metered));
    }
}

}  // namespace

int main(int argc, char** argv)
{
    const std::vector<std::pair<const char*, void (*)()>> benches{{"rhythm", rhythm}, {"tonal", tonal}, {"loudness", loudness}};
    std::printf("single analyzers, 60 s of 48 kHz audio each\n");
    for (const auto& [name, bench] : benches) {
        bool wanted = argc < 2;
        for (int i = 1; i < argc; ++i)
            wanted = wanted || std::strcmp(argv[i], name) == 0;
        if (wanted)
            bench();
    }
    return 0;
}
