// Benchmark of the demo session's synthesis (demo/demosession.h): issue 21 asks that the demo
// be ready within 2 s of the first launch, where its synthesis took 26 s of CPU against 0.27 s
// for analysing it. Not a test: it prints figures.
//
//   bench_demo [RUNS]   (default 3: each figure is the best of RUNS)
//
// Per stem, the CPU time of synthesizeDemoStem() on this thread; then writeDemoSession() into
// a fresh folder (synthesis, 24-bit WAV writing, safe renames) in CPU and wall time; then the
// analysis of the same stems with analyzeBuffer() (one thread, as one worker analyses a file),
// so the two read side by side.
#include "benchclock.h"

#include "analysis/trackanalysis.h"
#include "demo/demosession.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <string>
#include <vector>

using namespace stemwise;
using test::threadCpuS;

namespace {

double wallS()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const auto& spec = core::demoSessionSpec();
    std::printf("demo session: %zu stems of %.0f s at %.0f Hz; best of %d runs\n", spec.stems.size(),
                spec.durationS(), spec.sampleRateHz, runs);

    double synthesisS = 0.0;
    std::vector<std::vector<std::vector<float>>> stems(spec.stems.size());
    for (std::size_t i = 0; i < spec.stems.size(); ++i) {
        double best = 1e9;
        for (int r = 0; r < runs; ++r) {
            const double start = threadCpuS();
            stems[i] = core::synthesizeDemoStem(i);
            best = std::min(best, threadCpuS() - start);
        }
        synthesisS += best;
        std::printf("  synthesis  %-12s %8.3f s CPU\n", spec.stems[i].name.c_str(), best);
    }
    std::printf("  synthesis, all stems     %8.3f s CPU\n", synthesisS);

    double writeCpuS = 1e9;
    double writeWallS = 1e9;
    for (int r = 0; r < runs; ++r) {
        const auto folder = std::filesystem::temp_directory_path()
                            / ("stemwise-bench-demo-" + std::to_string(::getpid()) + "-" + std::to_string(r));
        const double cpu0 = threadCpuS();
        const double wall0 = wallS();
        const auto written = core::writeDemoSession(folder);
        writeCpuS = std::min(writeCpuS, threadCpuS() - cpu0);
        writeWallS = std::min(writeWallS, wallS() - wall0);
        std::filesystem::remove_all(folder);
        if (!written) {
            std::fprintf(stderr, "writeDemoSession failed: %s\n", written.error().message.c_str());
            return 1;
        }
    }
    std::printf("  writeDemoSession         %8.3f s CPU, %.3f s wall\n", writeCpuS, writeWallS);

    double analysisS = 0.0;
    for (std::size_t i = 0; i < stems.size(); ++i) {
        std::vector<const float*> channels;
        for (const auto& ch : stems[i])
            channels.push_back(ch.data());
        const double start = threadCpuS();
        auto profile = core::analyzeBuffer(channels, stems[i].front().size(), spec.sampleRateHz, spec.stems[i].name);
        analysisS += threadCpuS() - start;
        if (!profile) {
            std::fprintf(stderr, "analysis failed: %s\n", profile.error().message.c_str());
            return 1;
        }
    }
    std::printf("  analysis, all stems      %8.3f s CPU (analyzeBuffer, one thread)\n", analysisS);
    std::printf("  synthesis / analysis     %8.2f\n", synthesisS / analysisS);
    return 0;
}
