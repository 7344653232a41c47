// Benchmark of the full analysis on a synthesised 24-stem session (stereo, 48 kHz, 24-bit,
// 4 minutes each). Not a test: it prints figures. Run through run_session_bench.sh, which
// also times the peer tools an engineer would otherwise chain on the same files.
//
//   bench_session synthesize DIR [--stems N] [--minutes M]   write the session (kept if present)
//   bench_session analyze DIR [--jobs N] [--per-core K]      time the analysis, print figures
//
// Peak RSS is that of the analyze process (getrusage), so synthesis does not count in it.
#include "analysis/sessionanalysis.h"
#include "audio/audiofilewriter.h"
#include "audio/audiofiles.h"
#include "demo/demosession.h"

#include <sys/resource.h>
#include <sys/time.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace stemwise;
using Clock = std::chrono::steady_clock;

namespace {

double seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

double threadCpuS()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int argValue(int argc, char** argv, const char* name, int fallback)
{
    for (int i = 0; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    return fallback;
}

// Stem k tiles demo stem k % 5 to the requested length, stereo, with a per-stem gain, a
// per-stem pan and a small offset, so the 24 stems differ while staying music-like.
int synthesize(const std::filesystem::path& dir, int stems, int minutes)
{
    std::filesystem::create_directories(dir);
    const auto& spec = core::demoSessionSpec();
    std::vector<std::vector<std::vector<float>>> sources;
    for (std::size_t i = 0; i < spec.stems.size(); ++i)
        sources.push_back(core::synthesizeDemoStem(i));
    const auto frames = static_cast<std::size_t>(minutes * 60 * spec.sampleRateHz);
    const std::size_t chunk = 48000;
    std::vector<float> left(chunk), right(chunk);
    for (int k = 0; k < stems; ++k) {
        char name[64];
        std::snprintf(name, sizeof name, "stem%02d-%s.wav", k + 1, spec.stems[static_cast<std::size_t>(k) % 5].type.c_str());
        const auto path = dir / name;
        if (std::filesystem::exists(path))
            continue;
        const auto& src = sources[static_cast<std::size_t>(k) % sources.size()];
        const std::size_t length = src[0].size();
        const float gain = static_cast<float>(std::pow(10.0, -(k % 7) / 20.0));
        const float pan = static_cast<float>((k % 5) - 2) * 0.15f;
        const std::size_t offset = static_cast<std::size_t>(k) * 4801 % length;
        auto writer = core::AudioFileWriter::create(path, {core::FileType::Wav, core::SampleEncoding::Pcm24,
                                                           spec.sampleRateHz, 2});
        if (!writer) {
            std::fprintf(stderr, "%s: %s\n", path.c_str(), writer.error().message.c_str());
            return 1;
        }
        for (std::size_t done = 0; done < frames; done += chunk) {
            const std::size_t n = std::min(chunk, frames - done);
            for (std::size_t i = 0; i < n; ++i) {
                const std::size_t at = (offset + done + i) % length;
                const float l = src[0][at];
                const float r = src.size() > 1 ? src[1][at] : l;
                left[i] = gain * l * (1.0f - pan);
                right[i] = gain * r * (1.0f + pan);
            }
            const float* ptrs[2] = {left.data(), right.data()};
            if (!writer.value()->write(ptrs, n))
                return 1;
        }
        if (!writer.value()->close())
            return 1;
        std::printf("wrote %s\n", path.c_str());
    }
    return 0;
}

int analyze(const std::filesystem::path& dir, unsigned jobs, int perCoreFiles)
{
    const auto files = core::collectAudioFiles({dir}).files;
    if (files.empty()) {
        std::fprintf(stderr, "no audio files in %s\n", dir.c_str());
        return 1;
    }
    double audioS = 0.0;
    for (const auto& f : files)
        audioS += static_cast<double>(std::filesystem::file_size(f) - 44) / (48000.0 * 2 * 3);

    // Per core: the first K files one after the other on one thread.
    const std::vector<std::filesystem::path> sample(files.begin(),
                                                    files.begin() + std::min<std::ptrdiff_t>(perCoreFiles, static_cast<std::ptrdiff_t>(files.size())));
    double sampleAudioS = 0.0;
    const auto t0 = Clock::now();
    const double cpu0 = threadCpuS();
    for (const auto& f : sample) {
        auto p = core::analyzeFile(f);
        if (!p) {
            std::fprintf(stderr, "%s: %s\n", f.c_str(), p.error().message.c_str());
            return 1;
        }
        sampleAudioS += p.value().file.format.durationS();
    }
    const double perCoreS = seconds(t0);
    const double perCoreCpuS = threadCpuS() - cpu0;

    core::SessionAnalysisOptions options;
    options.jobs = jobs;
    const auto t1 = Clock::now();
    const auto results = core::analyzeFiles(files, options);
    const double sessionS = seconds(t1);
    std::size_t failed = 0;
    for (const auto& r : results)
        failed += r.profile ? 0 : 1;

    const unsigned usedJobs = jobs != 0 ? jobs : std::max(1u, std::thread::hardware_concurrency());
    std::printf("files                      %zu (%.1f min of audio, %zu failed)\n", files.size(), audioS / 60.0, failed);
    std::printf("per core (1 thread, %zu files) %.2f s wall for %.1f s of audio = %.0fx realtime "
                "(CPU time %.2f s = %.0fx)\n",
                sample.size(), perCoreS, sampleAudioS, sampleAudioS / perCoreS, perCoreCpuS, sampleAudioS / perCoreCpuS);
    std::printf("whole session, %u jobs     %.2f s wall = %.0fx realtime\n", usedJobs, sessionS, audioS / sessionS);
    std::printf("peak RSS                   %.1f MB\n", static_cast<double>(peakRssKb()) / 1024.0);
    return failed == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s synthesize|analyze DIR [--stems N] [--minutes M] [--jobs N] [--per-core K]\n", argv[0]);
        return 2;
    }
    const std::string mode = argv[1];
    const std::filesystem::path dir = argv[2];
    if (mode == "synthesize")
        return synthesize(dir, argValue(argc, argv, "--stems", 24), argValue(argc, argv, "--minutes", 4));
    if (mode == "analyze")
        return analyze(dir, static_cast<unsigned>(argValue(argc, argv, "--jobs", 0)), argValue(argc, argv, "--per-core", 3));
    std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
    return 2;
}
