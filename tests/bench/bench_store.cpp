// Benchmark of the project store (not a test: it prints figures). On a session folder
// (made by `bench_session synthesize DIR`, see run_store_bench.sh), each figure from whole
// `stemwise` processes, wall clock, as a user would see it:
//   - analysis with --no-store against analysis into a new database (hashing, cache
//     lookups and one commit per file included): the store's overhead, target < 5 %;
//   - reopening the session once it is cached, a cold process each time: target < 1 s;
//   - first, in this process, the content hash's throughput on 256 MB in memory: XXH3
//     (store/hash64.h) beside the legacy hash of schema versions 1..6 (store/legacyhash64.h)
//     and both in one pass (what a file costs while a database still holds legacy keys).
//
//   bench_store DIR [--runs N] [--reopens N] [--stemwise PATH]
//   bench_store --hash-only
//
// Runs alternate (no-store, store, no-store, …) and the minimum of each kind is compared,
// which keeps other load on the machine from counting against either side. The CPU time
// of the child processes (user + system, getrusage RUSAGE_CHILDREN) is compared too: on a
// shared machine it moves far less with other load than wall-clock time does.
#include "audio/audiofilereader.h"
#include "audio/audiofiles.h"
#include "store/hash64.h"
#include "store/legacyhash64.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::string quoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double lastCpuSeconds = 0.0;  // CPU time of the last timed() command

// Wall-clock seconds of one command, or a negative number if it failed.
double timed(const std::string& command)
{
    const double cpu0 = childCpuSeconds();
    const auto t0 = Clock::now();
    const int rc = std::system(command.c_str());
    const double s = std::chrono::duration<double>(Clock::now() - t0).count();
    lastCpuSeconds = childCpuSeconds() - cpu0;
    return rc == 0 ? s : -1.0;
}

int argValue(int argc, char** argv, const char* name, int fallback)
{
    for (int i = 0; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return std::atoi(argv[i + 1]);
    return fallback;
}

const char* argText(int argc, char** argv, const char* name, const char* fallback)
{
    for (int i = 0; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    return fallback;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

// Hashes 256 MB of pseudo-random bytes in 1 MB updates (as hashAudioContent reads), each
// hash 5 times in alternation, from memory (a file in the page cache) and again from one 1 MB
// block hashed 256 times (in the CPU's cache: the hash's own speed); prints the best
// throughput of each and the ratio.
void benchHashes()
{
    constexpr std::size_t kBytes = std::size_t(256) << 20;
    constexpr std::size_t kChunk = std::size_t(1) << 20;
    std::vector<std::byte> data(kBytes);
    std::uint64_t x = 0x9E3779B97F4A7C15ull;
    for (auto& b : data) {
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        b = static_cast<std::byte>(x);
    }
    volatile std::uint64_t sink = 0;
    for (const bool inCache : {false, true}) {
        auto chunk = [&](std::size_t at) { return std::span(data).subspan(inCache ? 0 : at, kChunk); };
        auto throughput = [&](auto&& hashAll) {
            const auto t0 = std::chrono::steady_clock::now();
            sink = sink + hashAll();
            const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            return static_cast<double>(kBytes) / 1e9 / s;
        };
        double xxh3 = 0.0, legacy = 0.0, both = 0.0;
        for (int r = 0; r < 5; ++r) {
            xxh3 = std::max(xxh3, throughput([&] {
                stemwise::core::Hash64 h;
                for (std::size_t at = 0; at < kBytes; at += kChunk)
                    h.update(chunk(at));
                return h.digest();
            }));
            legacy = std::max(legacy, throughput([&] {
                stemwise::core::LegacyHash64 h;
                for (std::size_t at = 0; at < kBytes; at += kChunk)
                    h.update(chunk(at));
                return h.digest();
            }));
            both = std::max(both, throughput([&] {
                stemwise::core::Hash64 a;
                stemwise::core::LegacyHash64 b;
                for (std::size_t at = 0; at < kBytes; at += kChunk) {
                    a.update(chunk(at));
                    b.update(chunk(at));
                }
                return a.digest() ^ b.digest();
            }));
        }
        std::printf("content hash, %s  XXH3 %.2f GB/s, legacy hash %.2f GB/s (XXH3 %.2fx), "
                    "both in one pass %.2f GB/s (best of 5 each, alternating)\n",
                    inCache ? "1 MB in cache x256" : "256 MB in memory  ", xxh3, legacy, xxh3 / legacy, both);
        std::fflush(stdout);
    }
}

int main(int argc, char** argv)
{
    if (argc == 2 && std::strcmp(argv[1], "--hash-only") == 0) {
        benchHashes();
        return 0;
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [--runs N] [--reopens N] [--stemwise PATH] | --hash-only\n", argv[0]);
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    const int runs = std::max(1, argValue(argc, argv, "--runs", 2));
    const int reopens = std::max(1, argValue(argc, argv, "--reopens", 5));
    const std::string stemwise = argText(argc, argv, "--stemwise", STEMWISE_EXECUTABLE);

    const auto files = stemwise::core::collectAudioFiles({dir}).files;
    if (files.empty()) {
        std::fprintf(stderr, "no audio files in %s\n", dir.c_str());
        return 1;
    }
    double audioS = 0.0;
    std::uintmax_t bytes = 0;
    for (const auto& f : files) {
        if (auto info = stemwise::core::probeAudioFile(f)) {
            audioS += info.value().format.durationS();
            bytes += info.value().fileSizeBytes;
        }
    }
    const auto work = std::filesystem::temp_directory_path() / ("stemwise-bench-store-" + std::to_string(::getpid()));
    std::filesystem::create_directories(work);
    const std::string base = quoted(stemwise) + " analyze " + quoted(dir.string()) + " --json /dev/null";
    benchHashes();
    std::printf("session                       %zu files, %.1f min of audio, %.0f MB\n", files.size(), audioS / 60.0,
                static_cast<double>(bytes) / 1e6);
    std::fflush(stdout);

    // Warm the page cache first, so that neither side pays for the disk.
    if (timed(quoted(stemwise) + " analyze " + quoted(dir.string()) + " --no-store --brief --json /dev/null") < 0) {
        std::fprintf(stderr, "stemwise analyze failed\n");
        return 1;
    }
    std::vector<double> plain, stored, plainCpu, storedCpu;
    std::filesystem::path lastDb;
    for (int r = 0; r < runs; ++r) {
        plain.push_back(timed(base + " --no-store"));
        plainCpu.push_back(lastCpuSeconds);
        lastDb = work / ("run" + std::to_string(r) + ".sqlite");
        stored.push_back(timed(base + " --db " + quoted(lastDb.string())));
        storedCpu.push_back(lastCpuSeconds);
        if (plain.back() < 0 || stored.back() < 0) {
            std::fprintf(stderr, "stemwise analyze failed\n");
            return 1;
        }
        std::printf("  run %d                       --no-store %.2f s (CPU %.2f s), into a new database %.2f s (CPU %.2f s)\n",
                    r + 1, plain.back(), plainCpu.back(), stored.back(), storedCpu.back());
        std::fflush(stdout);
    }
    auto best = [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); };
    std::printf("analysis, --no-store          %.2f s wall, %.2f s CPU (best of %d)\n", best(plain), best(plainCpu), runs);
    std::printf("analysis + store, new db      %.2f s wall, %.2f s CPU (best of %d)\n", best(stored), best(storedCpu), runs);
    std::printf("store overhead                %+.1f %% wall, %+.1f %% CPU   (target < 5 %%)\n",
                100.0 * (best(stored) - best(plain)) / best(plain),
                100.0 * (best(storedCpu) - best(plainCpu)) / best(plainCpu));

    std::vector<double> reopen;
    for (int r = 0; r < reopens; ++r) {
        reopen.push_back(timed(base + " --db " + quoted(lastDb.string())));
        if (reopen.back() < 0) {
            std::fprintf(stderr, "stemwise analyze failed\n");
            return 1;
        }
    }
    std::printf("reopen, all cached            %.3f s median, %.3f s best of %d cold processes   (target < 1 s)\n",
                median(reopen), *std::min_element(reopen.begin(), reopen.end()), reopens);
    std::printf("cache statistics of the last database:\n");
    std::fflush(stdout);
    (void)std::system((quoted(stemwise) + " cache stats --db " + quoted(lastDb.string())).c_str());
    std::filesystem::remove_all(work);
    return 0;
}
