// Benchmark of the session's sections (analysis/sessionsections.h) against the analysis they
// read: issue 19 asks that sections add at most 10 % to the analysis time. Not a test: it
// prints figures.
//
//   bench_sections [STEMS] [SECONDS]   (default: 8 stems of 180 s, 48 kHz mono)
//
// The stems are synthesised (tones and noise entering one after another every 16 s), each
// analysed with analyzeBuffer() as a file is; then the sections are found from their
// profiles. Both in CPU time of this thread, side by side in one run; the sections best of
// five. Then the sections' worst case alone: 64 stems of 4096 intervals (68 minutes, the
// longest a per-second series gets before it is pooled). Then a mix alone: the stems summed into
// one file, analysed, and its sections found from its own novelty (analysis/mixnovelty.h).
#include "benchclock.h"
#include "testsignals.h"

#include "analysis/sessionsections.h"
#include "analysis/trackanalysis.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace stemwise;
using test::threadCpuS;

namespace {

constexpr double kRateHz = 48000.0;

double sectionsCpuS(const std::vector<core::StemActivity>& stems, std::optional<double> bpm, std::size_t& boundaries)
{
    double best = 1e9;
    for (int run = 0; run < 5; ++run) {
        const double start = threadCpuS();
        const auto s = core::findSessionSections(stems, bpm);
        best = std::min(best, threadCpuS() - start);
        boundaries = s.boundaries.size();
    }
    return best;
}

}  // namespace

int main(int argc, char** argv)
{
    const int stemCount = argc > 1 ? std::max(1, std::atoi(argv[1])) : 8;
    const double seconds = argc > 2 ? std::max(10.0, std::atof(argv[2])) : 180.0;
    const auto frames = static_cast<std::size_t>(seconds * kRateHz);

    std::vector<core::StemActivity> stems;
    std::vector<float> mix(frames, 0.0f);
    double analysisS = 0.0;
    for (int k = 0; k < stemCount; ++k) {
        std::vector<float> signal = k % 3 == 2 ? test::whiteNoise(0.1, frames, static_cast<std::uint64_t>(k + 1))
                                               : test::sine(110.0 * (k + 1), 0.2, kRateHz, frames);
        const auto entry = static_cast<std::size_t>(std::fmod(16.0 * k, seconds) * kRateHz);
        std::fill(signal.begin(), signal.begin() + static_cast<std::ptrdiff_t>(entry), 0.0f);
        for (std::size_t i = 0; i < frames; ++i)
            mix[i] += signal[i] / static_cast<float>(stemCount);
        const float* channel = signal.data();
        const double start = threadCpuS();
        auto profile = core::analyzeBuffer({&channel, 1}, frames, kRateHz, "stem " + std::to_string(k + 1));
        analysisS += threadCpuS() - start;
        if (!profile) {
            std::fprintf(stderr, "analysis failed: %s\n", profile.error().message.c_str());
            return 1;
        }
        stems.push_back(core::stemActivityOf(profile.value()));
    }
    std::size_t boundaries = 0;
    const double sectionsS = sectionsCpuS(stems, 120.0, boundaries);
    std::printf("%d stems of %.0f s, 48 kHz mono\n", stemCount, seconds);
    std::printf("  analysis (analyzeBuffer, all stems):  %9.3f s CPU\n", analysisS);
    std::printf("  sections (findSessionSections):       %9.3f ms CPU, %zu boundaries\n", 1e3 * sectionsS, boundaries);
    std::printf("  sections / analysis:                  %9.4f %%\n", 100.0 * sectionsS / analysisS);

    // A mix alone: the stems summed, analysed as one file, its sections from its own novelty.
    {
        const float* channel = mix.data();
        const double start = threadCpuS();
        auto profile = core::analyzeBuffer({&channel, 1}, frames, kRateHz, "Mix");
        const double mixAnalysisS = threadCpuS() - start;
        if (!profile) {
            std::fprintf(stderr, "analysis failed: %s\n", profile.error().message.c_str());
            return 1;
        }
        core::StemActivity alone = core::stemActivityOf(profile.value());
        alone.type = "mix";
        const double mixSectionsS = sectionsCpuS({alone}, 120.0, boundaries);
        std::printf("the stems summed into one mix of %.0f s\n", seconds);
        std::printf("  analysis (analyzeBuffer):             %9.3f s CPU\n", mixAnalysisS);
        std::printf("  sections (its own novelty):           %9.3f ms CPU, %zu boundaries\n", 1e3 * mixSectionsS, boundaries);
        std::printf("  sections / analysis:                  %9.4f %%\n", 100.0 * mixSectionsS / mixAnalysisS);
        // Its worst case: a mix of 4096 one-second points with band levels and chroma.
        core::StemActivity longest;
        longest.name = "Mix";
        longest.type = "mix";
        longest.durationS = 4096.0;
        longest.levelDb.assign(4096, -20.0);
        for (auto& band : longest.bandDb)
            band.assign(4096, -30.0);
        longest.chroma.assign(4096, {});
        for (std::size_t i = 0; i < 4096; ++i) {
            longest.bandDb[(i / 37) % core::kBandCount][i] = -24.0;
            longest.chroma[i][(i / 2) % 12] = 0.6f;
            longest.chroma[i][(i / 2 + 7) % 12] = 0.4f;
        }
        const double longestS = sectionsCpuS({longest}, 120.0, boundaries);
        std::printf("a mix of 4096 s (no analysis): sections %.1f ms CPU, %zu boundaries\n", 1e3 * longestS, boundaries);
    }

    // The worst case of the sections alone: 64 stems of 4096 one-second levels.
    std::vector<core::StemActivity> many(64);
    for (std::size_t k = 0; k < many.size(); ++k) {
        many[k].name = "stem " + std::to_string(k + 1);
        many[k].durationS = 4096.0;
        many[k].levelDb.assign(4096, -150.0);
        for (std::size_t i = 0; i < 4096; ++i)
            if ((i / (32 + k)) % 2 == 0)
                many[k].levelDb[i] = -20.0 + std::sin(static_cast<double>(i));
    }
    const double manyS = sectionsCpuS(many, 120.0, boundaries);
    std::printf("64 stems of 4096 s (no analysis): sections %.1f ms CPU, %zu boundaries\n", 1e3 * manyS, boundaries);
    return 0;
}
