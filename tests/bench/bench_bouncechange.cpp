// Benchmark of the re-bounce rule (suggest/bouncerules.cpp) against the analysis and the
// suggestion round it rides on. Not a test: it prints figures.
//
//   bench_bouncechange [STEMS] [SECONDS]   (default: 24 stems of 180 s, 48 kHz mono)
//
// Each stem is a melody of harmonic tones (a different transposition per stem) analysed with
// analyzeBuffer() as a file is, then again after a peaking filter (+8 dB, Q 2 at a frequency
// per stem): the re-bounce. Then, in CPU time of this thread, side by side in one run, best of
// five: the suggestion round on the re-bounced profiles without their earlier bounces, with
// them (the rule fits every track's change), and the fit of one change alone.
#include "benchclock.h"
#include "testsignals.h"

#include "analysis/trackanalysis.h"
#include "dsp/biquad.h"
#include "dsp/eqshape.h"
#include "suggest/suggestionengine.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <numbers>
#include <string>
#include <vector>

using namespace stemwise;
using test::threadCpuS;

namespace {

constexpr double kRateHz = 48000.0;


std::vector<float> melody(double rootHz, std::size_t frames)
{
    static constexpr double kSteps[] = {0, 2, 3, 5, 7, 8, 10, 12};
    std::vector<float> out(frames);
    const auto second = static_cast<std::size_t>(kRateHz);
    for (std::size_t i = 0; i < frames; ++i) {
        const double f0 = rootHz * std::pow(2.0, kSteps[(i / second * 3) % 8] / 12.0);
        double v = 0.0;
        for (int n = 1; n <= 12; ++n)
            v += std::sin(2.0 * std::numbers::pi * n * f0 * static_cast<double>(i) / kRateHz + 0.7 * n * n) / n;
        out[i] = static_cast<float>(0.1 * v);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    const int stemCount = argc > 1 ? std::max(1, std::atoi(argv[1])) : 24;
    const double seconds = argc > 2 ? std::max(10.0, std::atof(argv[2])) : 180.0;
    const auto frames = static_cast<std::size_t>(seconds * kRateHz);

    std::vector<core::TrackProfile> before, now;
    double analysisS = 0.0;
    for (int k = 0; k < stemCount; ++k) {
        std::vector<float> signal = melody(110.0 * std::pow(2.0, (k % 12) / 12.0), frames);
        const std::string name = "stem " + std::to_string(k + 1);
        for (int bounce = 0; bounce < 2; ++bounce) {
            if (bounce == 1) {
                core::Biquad peak(core::Biquad::Kind::Peak, kRateHz, 300.0 * std::pow(2.0, (k % 8) / 2.0), 2.0, 8.0);
                for (float& v : signal)
                    v = static_cast<float>(peak.process(v));
            }
            const float* channel = signal.data();
            const double start = threadCpuS();
            auto profile = core::analyzeBuffer({&channel, 1}, frames, kRateHz, name);
            analysisS += threadCpuS() - start;
            if (!profile) {
                std::fprintf(stderr, "analysis failed: %s\n", profile.error().message.c_str());
                return 1;
            }
            (bounce == 0 ? before : now).push_back(std::move(profile.value()));
        }
    }
    core::SuggestionContext without;
    core::SuggestionContext with;
    for (int k = 0; k < stemCount; ++k)
        with.earlierBounces.emplace(now[static_cast<std::size_t>(k)].name,
                                    core::EarlierBounce{before[static_cast<std::size_t>(k)], "2026-12-07T00:00:00Z", {}});
    std::size_t changes = 0;
    const double roundS = test::bestCpuS([&] { (void)core::SuggestionEngine::run(now, without, {}); });
    const double roundWithS = test::bestCpuS([&] {
        const auto set = core::SuggestionEngine::run(now, with, {});
        changes = static_cast<std::size_t>(std::count_if(set.suggestions.begin(), set.suggestions.end(),
                                                         [](const core::Suggestion& s) { return s.rule == "bounce_change"; }));
    });
    // One change's fit alone, on the first stem's two LTAS.
    const auto& a = before.front().spectrum;
    const auto& b = now.front().spectrum;
    std::vector<double> diff(b.ltasDb.size());
    for (std::size_t i = 0; i < diff.size() && i < a.ltasDb.size(); ++i)
        diff[i] = b.ltasDb[i] - a.ltasDb[i];
    std::vector<bool> use(diff.size(), true);
    const double fitS = test::bestCpuS([&] { (void)core::fitEqChange(b.ltasFrequencyHz, diff, use, 24, 3, 4.0, 0.1); });

    std::printf("%d stems of %.0f s, 48 kHz mono, each bounced twice (the second through +8 dB, Q 2)\n", stemCount, seconds);
    std::printf("  analysis (analyzeBuffer, both bounces):    %9.3f s CPU\n", analysisS);
    std::printf("  suggestion round without earlier bounces:  %9.3f ms CPU\n", 1e3 * roundS);
    std::printf("  suggestion round with them:                %9.3f ms CPU, %zu bounce changes found\n", 1e3 * roundWithS, changes);
    std::printf("  the rule's share of the round:             %9.1f %%\n", 100.0 * (roundWithS - roundS) / roundWithS);
    std::printf("  the rule / the analysis of the re-bounce:  %9.4f %%\n", 100.0 * (roundWithS - roundS) / (0.5 * analysisS));
    std::printf("  one change's fit alone:                    %9.3f ms CPU\n", 1e3 * fitS);
    return 0;
}
