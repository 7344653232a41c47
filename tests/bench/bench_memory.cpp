// bench_memory: the peak memory of `stemwise analyze` against file length and file count,
// so that the README's claim ("flat in file length, bounded in file count") is measured,
// not assumed. It writes the inputs itself (a mono 48 kHz 16-bit signal: a 110 Hz sine and
// noise, so that every analyzer has work), runs the real executable once per case and reads
// its peak resident set from wait4()'s rusage.
//
// How it is read: Linux keeps, in a process's ru_maxrss, the resident set of the image it
// had before exec() too, so a child forked straight from this bench would carry the bench's
// own resident pages (after writing 10,000 files, tens of MB) into the figure. So the bench
// starts a fresh copy of itself (`bench_memory --measure EXE ARGS…`, a small image), which
// forks and execs stemwise, waits for it with wait4() and reports its peak; that copy's own
// resident set, included in the figure, is printed beside it ("measuring image").
//
//   bench_memory [--hours 1,6] [--files 1000,10000] [--seconds-each 0.5] [--dir DIR]
//   STEMWISE_BENCH_EXECUTABLE=OTHER/stemwise bench_memory …   (measures another build)
//
// Prints one line per case: "length 6.0 h: peak RSS 41.2 MB (analysis 61.3 s)". The files
// are written to DIR (default: a folder under /tmp, removed afterwards); 6 hours take 2.1 GB.
#include "audio/audiofilewriter.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace stemwise;

std::vector<double> listOf(const char* text)
{
    std::vector<double> out;
    std::string s(text);
    std::size_t start = 0;
    while (start < s.size()) {
        const auto comma = s.find(',', start);
        out.push_back(std::atof(s.substr(start, comma - start).c_str()));
        if (comma == std::string::npos)
            break;
        start = comma + 1;
    }
    return out;
}

bool writeSignal(const std::filesystem::path& path, double seconds, std::uint64_t seed)
{
    auto writer = core::AudioFileWriter::create(path, {core::FileType::Wav, core::SampleEncoding::Pcm16, 48000.0, 1});
    if (!writer) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), writer.error().message.c_str());
        return false;
    }
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    const auto total = static_cast<std::int64_t>(seconds * 48000.0);
    std::vector<float> block(48000);
    const float* channel = block.data();
    for (std::int64_t done = 0; done < total;) {
        const auto n = static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(block.size()), total - done));
        for (std::size_t i = 0; i < n; ++i) {
            const double t = static_cast<double>(done + static_cast<std::int64_t>(i)) / 48000.0;
            block[i] = 0.3f * static_cast<float>(std::sin(2.0 * M_PI * 110.0 * t)) + noise(rng);
        }
        if (!writer.value()->write({&channel, 1}, n))
            return false;
        done += static_cast<std::int64_t>(n);
    }
    return writer.value()->close();
}

struct Measured {
    double peakMb = 0.0;
    double measuringMb = 0.0;  // the measuring image's own peak, included in peakMb
    double seconds = 0.0;
    int exitCode = -1;
};

// `--measure EXE ARGS…`: run EXE, then print "<peak RSS of EXE in KB> <own peak RSS in KB>"
// and exit with EXE's exit code (see the top of the file).
int measureMode(char** argv)
{
    rusage self{};
    ::getrusage(RUSAGE_SELF, &self);
    const pid_t child = ::fork();
    if (child == 0) {
        // Its standard output is not ours to mix with the figures.
        if (const int devNull = ::open("/dev/null", O_WRONLY); devNull >= 0)
            ::dup2(devNull, STDOUT_FILENO);
        ::execv(argv[0], argv);
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || ::wait4(child, &status, 0, &usage) != child)
        return 126;
    std::printf("%ld %ld\n", usage.ru_maxrss, self.ru_maxrss);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 125;
}

Measured runAnalyze(const std::filesystem::path& input)
{
    const auto started = std::chrono::steady_clock::now();
    // STEMWISE_BENCH_EXECUTABLE measures another build (an older one, side by side).
    const char* other = std::getenv("STEMWISE_BENCH_EXECUTABLE");
    const std::string executable = other != nullptr && *other != '\0' ? other : STEMWISE_EXECUTABLE;
    int out[2];
    if (::pipe(out) != 0)
        return {};
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(out[1], STDOUT_FILENO);
        ::close(out[0]);
        ::close(out[1]);
        const std::string path = input.string();
        // A fresh image of this bench (small) does the measuring; see the top of the file.
        ::execl("/proc/self/exe", "bench_memory", "--measure", executable.c_str(), "analyze", path.c_str(),
                "--no-store", "--json", "/dev/null", static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(out[1]);
    std::string text;
    char buffer[256];
    for (ssize_t n; (n = ::read(out[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, static_cast<std::size_t>(n));
    ::close(out[0]);
    Measured m;
    int status = 0;
    if (::waitpid(child, &status, 0) != child)
        return m;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    long peakKb = 0, ownKb = 0;
    if (std::sscanf(text.c_str(), "%ld %ld", &peakKb, &ownKb) != 2)
        return m;
    m.peakMb = static_cast<double>(peakKb) / 1024.0;  // ru_maxrss is in kilobytes on Linux
    m.measuringMb = static_cast<double>(ownKb) / 1024.0;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    return m;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--measure") == 0)
        return measureMode(argv + 2);
    std::vector<double> hours{1.0, 6.0};
    std::vector<double> counts{1000.0, 10000.0};
    double secondsEach = 0.5;
    std::filesystem::path dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--hours") == 0)
            hours = listOf(argv[i + 1]);
        else if (std::strcmp(argv[i], "--files") == 0)
            counts = listOf(argv[i + 1]);
        else if (std::strcmp(argv[i], "--seconds-each") == 0)
            secondsEach = std::atof(argv[i + 1]);
        else if (std::strcmp(argv[i], "--dir") == 0)
            dir = argv[i + 1];
    }
    const bool own = dir.empty();
    if (own)
        dir = std::filesystem::temp_directory_path() / ("stemwise-bench-memory-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);

    std::printf("stemwise analyze --no-store, peak resident memory (wait4 ru_maxrss), mono 48 kHz 16-bit\n");
    for (double h : hours) {
        const auto file = dir / ("long-" + std::to_string(static_cast<int>(h * 60)) + "min.wav");
        if (!writeSignal(file, h * 3600.0, 1))
            return 1;
        const Measured m = runAnalyze(file);
        std::printf("length %.1f h: peak RSS %.1f MB (measuring image %.1f MB; analysis %.1f s, exit %d)\n", h,
                    m.peakMb, m.measuringMb, m.seconds, m.exitCode);
        std::fflush(stdout);
        std::filesystem::remove(file);
    }
    for (double c : counts) {
        const auto count = static_cast<int>(c);
        const auto folder = dir / ("files-" + std::to_string(count));
        std::filesystem::create_directories(folder);
        for (int i = 0; i < count; ++i) {
            char name[32];
            std::snprintf(name, sizeof name, "stem%05d.wav", i);
            if (!writeSignal(folder / name, secondsEach, static_cast<std::uint64_t>(i) + 2))
                return 1;
        }
        const Measured m = runAnalyze(folder);
        std::printf("files %d of %.1f s: peak RSS %.1f MB (measuring image %.1f MB; analysis %.1f s, exit %d)\n",
                    count, secondsEach, m.peakMb, m.measuringMb, m.seconds, m.exitCode);
        std::fflush(stdout);
        std::filesystem::remove_all(folder);
    }
    if (own)
        std::filesystem::remove_all(dir);
    return 0;
}
