// Benchmark of playback (not a test: it prints figures). Starts a private JACK server (dummy
// backend, paced in real time, as the playback tests do), writes a session of synthesised
// stereo 24-bit stems at 48 kHz (kept in DIR between runs), and plays it through the engine
// (core/playback/playbackengine.h) on Stemwise's PortAudio output:
//   1. steady playing: every stem looped, one preview move active on the first stem (a
//      compressor: the costliest move, with its detector and gain smoothing). It reports the
//      callback's and the reader thread's CPU as a share of one core (target ≤ 10 % together;
//      the callback's is its wall time inside the callback, the reader's its thread CPU time),
//      the whole process's, underruns (callbacks that found a ring short, target 0), the
//      callbacks PortAudio flagged late (xruns) and the server's own late cycles;
//   2. latencies, each repeated (median and worst): Play from stopped to the callback that
//      renders the first frame (target one buffer + 20 ms), a seek while playing to the
//      callback that plays the new position's first frame (target 50 ms), an A/B switch to
//      the callback that starts the crossfade (target one buffer; the stems split into an
//      A and a B slot for this part), and the same switch counted in callbacks (1: the first
//      callback that began after the call acted on it);
//   3. memory against file length: the process's resident memory grown by opening the
//      session and playing it for a few seconds, for stems of two lengths side by side.
//
//   bench_playback [--seconds S] [--stems N] [--buffer N] [--file-seconds S] [--dir DIR]
//                  (defaults 60 s, 24 stems, 128 frames, 240 s; DIR /tmp/stemwise-bench-playback)
#include "playback/move.h"
#include "playback/playbackengine.h"
#include "audio/audiofilewriter.h"
#include "../audio/jackserver.h"

#include <QCoreApplication>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <string>
#include <thread>
#include <vector>

using namespace stemwise::core;
namespace fs = std::filesystem;

namespace {

constexpr double kRate = 48000.0;

double processCpuS()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Resident memory now, in MB (VmRSS of /proc/self/status).
double residentMb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::atof(line.c_str() + 6) / 1024.0;
    return 0.0;
}

void sleepS(double s) { std::this_thread::sleep_for(std::chrono::duration<double>(s)); }

// Stem k: a few partials and some noise at a level like a stem's, different per stem, written
// in 1 s blocks so that writing a long stem takes no memory. Skipped when the file is there
// with the right size (same content every run).
bool writeStem(const fs::path& path, int k, double seconds)
{
    const auto frames = static_cast<std::size_t>(seconds * kRate);
    const std::uintmax_t expected = 44 + frames * 2 * 3;
    std::error_code ec;
    if (fs::exists(path, ec) && fs::file_size(path, ec) == expected)
        return true;
    auto writer = AudioFileWriter::create(path, {FileType::Wav, SampleEncoding::Pcm24, kRate, 2});
    if (!writer) {
        std::fprintf(stderr, "bench_playback: %s\n", writer.error().message.c_str());
        return false;
    }
    const auto block = static_cast<std::size_t>(kRate);
    std::vector<float> l(block);
    std::vector<float> r(block);
    const double f0 = 55.0 * std::pow(2.0, k / 7.0);
    std::uint64_t s = 0x9E3779B97F4A7C15ull * static_cast<std::uint64_t>(k + 1);
    for (std::size_t done = 0; done < frames; done += block) {
        const std::size_t n = std::min(block, frames - done);
        for (std::size_t i = 0; i < n; ++i) {
            const double t = static_cast<double>(done + i) / kRate;
            s ^= s >> 12; s ^= s << 25; s ^= s >> 27;
            const double noise = static_cast<double>((s * 0x2545F4914F6CDD1Dull) >> 11) / 9007199254740992.0 - 0.5;
            const double tone = 0.12 * std::sin(2.0 * std::numbers::pi * f0 * t)
                                + 0.05 * std::sin(2.0 * std::numbers::pi * 3.0 * f0 * t)
                                + 0.02 * std::sin(2.0 * std::numbers::pi * 7.1 * f0 * t);
            const double gate = 0.6 + 0.4 * std::sin(2.0 * std::numbers::pi * (0.5 + 0.1 * k) * t);
            l[i] = static_cast<float>(gate * tone + 0.02 * noise);
            r[i] = static_cast<float>(gate * tone * 0.9 - 0.02 * noise);
        }
        const float* channels[] = {l.data(), r.data()};
        if (!writer.value()->write(channels, n)) {
            std::fprintf(stderr, "bench_playback: cannot write %s\n", path.c_str());
            return false;
        }
    }
    return writer.value()->close();
}

std::vector<PlaybackSource> session(const fs::path& dir, int stems, double seconds, bool split)
{
    std::vector<PlaybackSource> out;
    for (int k = 0; k < stems; ++k) {
        PlaybackSource s;
        s.path = dir / ("stem" + std::to_string(k) + "-" + std::to_string(static_cast<int>(seconds)) + "s.wav");
        s.slot = split ? (k < stems / 2 ? 0 : 1) : 0;
        out.push_back(s);
    }
    return out;
}

struct Stats {
    std::vector<double> values;
    void add(double v)
    {
        if (v >= 0.0)
            values.push_back(v);
    }
    [[nodiscard]] double median()
    {
        if (values.empty())
            return -1.0;
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    }
    [[nodiscard]] double worst() const { return values.empty() ? -1.0 : *std::max_element(values.begin(), values.end()); }
};

bool openEngine(PlaybackEngine& engine, const PlaybackConfig& config, const std::vector<PlaybackSource>& sources)
{
    auto opened = engine.open(config, sources);
    if (!opened) {
        std::fprintf(stderr, "bench_playback: %s\n", opened.error().message.c_str());
        return false;
    }
    for (const auto& m : engine.takeMessages())
        std::fprintf(stderr, "bench_playback: %s\n", m.text.c_str());
    return true;
}

// Waits (up to 5 s) until the playhead moves: the engine plays.
bool waitPlaying(PlaybackEngine& engine)
{
    const double from = engine.positionS();
    for (int i = 0; i < 500; ++i) {
        if (engine.positionS() != from)
            return true;
        sleepS(0.01);
    }
    return false;
}

// Waits (up to 2 s) until `get` reads a figure (>= 0) other than `before`: the callback acted
// on the call. -1 if it did not.
template <typename Get>
double waitNewLatency(PlaybackEngine& engine, Get get, double before)
{
    for (int i = 0; i < 400; ++i) {
        const double v = get(engine.status());
        if (v >= 0.0 && v != before)
            return v;
        sleepS(0.005);
    }
    return -1.0;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    double seconds = 60.0;
    int stems = 24;
    int buffer = 128;
    double fileSeconds = 240.0;
    fs::path dir = "/tmp/stemwise-bench-playback";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::atof(argv[i + 1]);
        else if (std::strcmp(argv[i], "--stems") == 0)
            stems = std::max(2, std::atoi(argv[i + 1]));
        else if (std::strcmp(argv[i], "--buffer") == 0)
            buffer = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--file-seconds") == 0)
            fileSeconds = std::max(40.0, std::atof(argv[i + 1]));
        else if (std::strcmp(argv[i], "--dir") == 0)
            dir = argv[i + 1];
    }
    constexpr double kShortFileS = 30.0;

    std::error_code ec;
    fs::create_directories(dir, ec);
    std::printf("writing %d stereo 24-bit stems of %.0f s and of %.0f s at 48 kHz in %s (kept between runs)\n", stems,
                kShortFileS, fileSeconds, dir.c_str());
    std::fflush(stdout);
    for (int k = 0; k < stems; ++k)
        for (double length : {kShortFileS, fileSeconds})
            if (!writeStem(dir / ("stem" + std::to_string(k) + "-" + std::to_string(static_cast<int>(length)) + "s.wav"), k,
                           length))
                return 1;

    stemwise::test::JackServer server(buffer);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_playback: %s\n", qPrintable(error));
        return 1;
    }
    PlaybackConfig config;
    config.hostApi = "JACK";
    config.device = "system";
    config.sampleRateHz = kRate;
    config.bufferFrames = buffer;
    const double bufferS = buffer / kRate;

    auto preview = parseMove("threshold_db=-24, ratio=4, attack_ms=10, release_ms=120, makeup_db=3");
    if (!preview) {
        std::fprintf(stderr, "bench_playback: %s\n", preview.error().message.c_str());
        return 1;
    }

    // 3 first (before the long run has touched the allocator): memory against file length.
    // A first open and close (not counted) loads what PortAudio and JACK load once.
    double grownMb[2] = {0.0, 0.0};
    {
        const double lengths[3] = {kShortFileS, kShortFileS, fileSeconds};
        for (int i = 0; i < 3; ++i) {
            PlaybackEngine engine;
            const double before = residentMb();
            if (!openEngine(engine, config, session(dir, stems, lengths[i], false)))
                return 1;
            (void)engine.setPreview(0, preview.value());
            engine.setLoop(0.0, lengths[i]);
            engine.play();
            sleepS(5.0);
            if (i > 0)
                grownMb[i - 1] = residentMb() - before;
            engine.close();
        }
    }

    // 1. Steady playing.
    PlaybackEngine engine;
    if (!openEngine(engine, config, session(dir, stems, fileSeconds, false)))
        return 1;
    if (auto set = engine.setPreview(0, preview.value()); !set) {
        std::fprintf(stderr, "bench_playback: %s\n", set.error().message.c_str());
        return 1;
    }
    engine.setLoop(0.0, fileSeconds);
    std::printf("playing %d stems, %d-frame buffers (%.2f ms), preview: %s on stem 0, for %.0f s…\n", stems, buffer,
                bufferS * 1000.0, preview.value().describe().c_str(), seconds);
    std::fflush(stdout);
    engine.play();
    if (!waitPlaying(engine)) {
        std::fprintf(stderr, "bench_playback: the engine did not start playing\n");
        return 1;
    }
    const PlaybackStatus start = engine.status();
    const int lateBefore = server.lateCycles();
    const double cpuBefore = processCpuS();
    const auto wallBefore = std::chrono::steady_clock::now();
    double rssMax = residentMb();
    const double rssStart = rssMax;
    for (double waited = 0.0; waited < seconds; waited += 1.0) {
        sleepS(1.0);
        rssMax = std::max(rssMax, residentMb());
        (void)engine.takeMessages();
        if (engine.state() != EngineState::Open) {
            std::fprintf(stderr, "bench_playback: the device was lost: %s\n", engine.status().lostReason.c_str());
            return 1;
        }
    }
    const PlaybackStatus end = engine.status();
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallBefore).count();
    const double processShare = (processCpuS() - cpuBefore) / wall;
    const double callbackShare = (end.callbackCpuSeconds - start.callbackCpuSeconds) / wall;
    const double readerShare = (end.readerCpuSeconds - start.readerCpuSeconds) / wall;
    const auto callbacks = end.callbacks - start.callbacks;
    const double playedS = static_cast<double>(end.framesPlayed - start.framesPlayed) / kRate;

    // 2. Latencies: Play from stopped and seeks while playing, on the same session.
    Stats play;
    Stats seek;
    const auto playLatency = [](const PlaybackStatus& st) { return st.playLatencyS; };
    const auto seekLatency = [](const PlaybackStatus& st) { return st.seekLatencyS; };
    const auto switchLatency = [](const PlaybackStatus& st) { return st.switchLatencyS; };
    for (int i = 0; i < 20; ++i) {
        engine.stop();
        sleepS(0.1);
        engine.seek(fileSeconds * 0.04 * i);
        sleepS(0.2);
        const double before = engine.status().playLatencyS;
        engine.play();
        play.add(waitNewLatency(engine, playLatency, before));
        sleepS(0.2);
    }
    for (int i = 0; i < 20; ++i) {
        const double before = engine.status().seekLatencyS;
        engine.seek(std::fmod(17.3 * (i + 1), fileSeconds - 5.0));
        seek.add(waitNewLatency(engine, seekLatency, before));
        sleepS(0.3);
    }
    const PlaybackStatus afterSeeks = engine.status();
    engine.close();

    // A/B: the same stems, half in A and half in B.
    Stats ab;
    std::int64_t abUnderruns = 0;
    std::int64_t abCallbacksWorst = -1;  // callbacks from the call to the one that acted on it
    {
        PlaybackEngine pair;
        if (!openEngine(pair, config, session(dir, stems, fileSeconds, true)))
            return 1;
        pair.setLoop(0.0, fileSeconds);
        pair.play();
        waitPlaying(pair);
        for (int i = 0; i < 20; ++i) {
            const double before = pair.status().switchLatencyS;
            pair.switchToSlot((i + 1) % 2);
            ab.add(waitNewLatency(pair, switchLatency, before));
            abCallbacksWorst = std::max(abCallbacksWorst, pair.status().switchCallbacks);
            sleepS(0.25);
        }
        abUnderruns = pair.status().underruns;
        pair.close();
    }

    std::printf("\n== steady playing: %.1f s of wall time, %.1f s of the session played, %lld callbacks\n", wall, playedS,
                static_cast<long long>(callbacks));
    std::printf("callback CPU: %.2f %% of one core (%.1f µs per callback of %.0f µs)\n", 100.0 * callbackShare,
                callbacks > 0 ? 1e6 * (end.callbackCpuSeconds - start.callbackCpuSeconds) / static_cast<double>(callbacks) : 0.0,
                bufferS * 1e6);
    std::printf("reader thread CPU: %.2f %% of one core\n", 100.0 * readerShare);
    std::printf("callback + reader: %.2f %% of one core (target ≤ 10 %%)\n", 100.0 * (callbackShare + readerShare));
    std::printf("whole process: %.2f %% of one core (JACK client thread included)\n", 100.0 * processShare);
    std::printf("underruns: %lld callbacks, %lld frames (target 0); xruns flagged by PortAudio: %lld; "
                "server late cycles: %d\n",
                static_cast<long long>(end.underruns - start.underruns),
                static_cast<long long>(end.underrunFrames - start.underrunFrames),
                static_cast<long long>(end.outputUnderflows - start.outputUnderflows), server.lateCycles() - lateBefore);
    std::printf("output meter: short-term %.1f LUFS, peak max %.1f / %.1f dBFS; preview gain reduction now %.1f dB\n",
                end.shortTermLufs, end.peakMaxDbfs[0], end.peakMaxDbfs[1], end.previewReductionDb);
    std::printf("resident memory while playing: %.1f MB at the start, %.1f MB at most\n", rssStart, rssMax);
    std::printf("\n== latencies (median / worst of 20; one buffer = %.2f ms)\n", bufferS * 1000.0);
    std::printf("Play → first frame rendered: %.2f / %.2f ms (target ≤ %.2f ms)\n", 1000.0 * play.median(),
                1000.0 * play.worst(), 1000.0 * (bufferS + 0.020));
    std::printf("seek while playing → new position's first frame: %.2f / %.2f ms (target 50 ms); underruns over "
                "the seeks: %lld\n",
                1000.0 * seek.median(), 1000.0 * seek.worst(),
                static_cast<long long>(afterSeeks.underruns - end.underruns));
    std::printf("A/B switch → crossfade's first frame: %.2f / %.2f ms (target %.2f ms); underruns: %lld\n",
                1000.0 * ab.median(), 1000.0 * ab.worst(), 1000.0 * bufferS, static_cast<long long>(abUnderruns));
    std::printf("A/B switch acted on by callback %lld after the call, at worst (1: the first callback that began after "
                "it; the wall time beyond one buffer is the audio server running that callback late)\n",
                static_cast<long long>(abCallbacksWorst));
    std::printf("\n== memory against file length (resident memory grown by opening and playing 5 s)\n");
    std::printf("%d stems of %.0f s: %.1f MB; of %.0f s: %.1f MB\n", stems, kShortFileS, grownMb[0], fileSeconds,
                grownMb[1]);
    return 0;
}
