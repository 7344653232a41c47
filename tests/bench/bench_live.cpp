// Benchmark of live input (not a test: it prints figures). Starts a private JACK server
// (dummy backend, paced in real time) and the test suite's feeder playing a busy stereo
// signal into Stemwise's PortAudio input, meters 2 channels at 48 kHz with the live
// spectrum at 60 updates per second, and reports:
//   - CPU share of metering: CPU time of the analysis thread over the wall time (target
//     < 3 % of one core), and of the whole process (PortAudio/JACK client thread included);
//   - overflows: frames the callback had to drop because the ring was full (target 0), and
//     the callbacks the host flagged as input overflow (JACK xruns);
//   - latency from a block entering the callback to the snapshot holding its meter values
//     (target < 20 ms plus one buffer), sampled at display rate (60 Hz) and the maximum.
//
// With --suggest TYPE the live suggestions run beside the meters (a LiveSuggester on the
// input's tap, a round every 3 s of audio on the last 10 s as TYPE): it reports the rounds
// and their time, and the meters' figures then include that load.
//
//   bench_live [--seconds S] [--buffer N] [--fft N] [--suggest TYPE]
//              (defaults 60 s, 128 frames, 4096, no suggestions)
#include "live/liveinput.h"
#include "live/livesuggester.h"
#include "../audio/jackserver.h"

#include <QCoreApplication>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace {

double processCpuS()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    double seconds = 60.0;
    int buffer = 128;
    int fft = 4096;
    std::string suggestType;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--seconds") == 0)
            seconds = std::atof(argv[i + 1]);
        else if (std::strcmp(argv[i], "--buffer") == 0)
            buffer = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--fft") == 0)
            fft = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--suggest") == 0)
            suggestType = argv[i + 1];
    }

    stemwise::test::JackServer server(buffer);
    QString error;
    if (!server.start(&error) || !server.startFeeder({QStringLiteral("--signal"), QStringLiteral("music"),
                                                      QStringLiteral("--level-dbfs"), QStringLiteral("-12")},
                                                     &error)) {
        std::fprintf(stderr, "bench_live: %s\n", qPrintable(error));
        return 1;
    }

    stemwise::core::LiveInputConfig config;
    config.hostApi = "JACK";
    config.device = "system";
    config.channels = {1, 2};
    config.sampleRateHz = 48000.0;
    config.bufferFrames = buffer;
    config.meter.fftSize = fft;
    config.meter.spectrumUpdatesPerS = 60.0;
    stemwise::core::LiveSuggesterSettings suggestSettings;
    if (!suggestType.empty())
        suggestSettings.trackType = suggestType;
    stemwise::core::LiveSuggester suggester(suggestSettings);  // outlives the input
    if (!suggestType.empty())
        config.tap = &suggester;
    stemwise::core::LiveInput input;
    auto started = input.start(config);
    if (!started) {
        std::fprintf(stderr, "bench_live: %s\n", started.error().message.c_str());
        return 1;
    }

    // Let the feeder connect, then measure from a clean start.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    input.resetMeters();
    const double cpu0 = input.analysisCpuSeconds();
    const double process0 = processCpuS();
    const auto t0 = std::chrono::steady_clock::now();
    stemwise::core::LiveMeterSnapshot snap;
    stemwise::core::LiveMeterSnapshot last;
    std::vector<double> latencies;
    std::vector<double> roundS;
    std::size_t lastSuggestions = 0;
    stemwise::core::LiveSuggestionRound round;
    const std::int64_t overflows0 = [&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        input.latest(snap);
        return snap.overflowFrames;
    }();
    const std::int64_t xruns0 = snap.inputOverflows;
    while (std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() < seconds) {
        std::this_thread::sleep_for(std::chrono::milliseconds(16));  // a display's poll
        if (input.latest(snap)) {
            latencies.push_back(snap.latencyMs);
            last = snap;
        }
        if (suggester.latest(round)) {
            roundS.push_back(round.analysisS);
            lastSuggestions = round.suggestions.size();
        }
        if (input.state() != stemwise::core::LiveState::Running) {
            std::fprintf(stderr, "bench_live: input lost after %lld callbacks, %.1f s metered: %s\n",
                         static_cast<long long>(last.callbacks), static_cast<double>(last.framesMetered) / 48000.0,
                         input.lostReason().c_str());
            return 1;
        }
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = input.analysisCpuSeconds() - cpu0;
    const double processCpu = processCpuS() - process0;
    input.stop();
    suggester.stop();
    server.stopFeeder();

    std::sort(latencies.begin(), latencies.end());
    const auto pct = [&](double q) {
        return latencies.empty() ? 0.0 : latencies[std::min(latencies.size() - 1, static_cast<std::size_t>(q * static_cast<double>(latencies.size())))];
    };
    double mean = 0.0;
    for (double l : latencies)
        mean += l;
    mean = latencies.empty() ? 0.0 : mean / static_cast<double>(latencies.size());

    std::printf("live input benchmark: JACK dummy server (non-realtime), 2 ch, 48000 Hz, %d-frame buffer, "
                "FFT %d at 60 spectra/s, %.1f s\n",
                buffer, fft, wall);
    std::printf("  frames metered          %lld (%.1f s of audio)\n", static_cast<long long>(last.framesMetered),
                static_cast<double>(last.framesMetered) / 48000.0);
    std::printf("  CPU, analysis thread    %.3f s = %.2f %% of one core (target < 3 %%)\n", cpu, 100.0 * cpu / wall);
    std::printf("  CPU, whole process      %.3f s = %.2f %% of one core (callback thread, JACK client, polling)\n",
                processCpu, 100.0 * processCpu / wall);
    // A loaded machine makes the non-realtime dummy server skip cycles (xruns): then less
    // audio than wall time is metered, and the share per second of audio is the fairer one.
    const double audioS = static_cast<double>(last.framesMetered) / 48000.0;
    if (audioS > 0.0)
        std::printf("  CPU, analysis thread    %.2f %% of one core per second of audio metered\n", 100.0 * cpu / audioS);
    std::printf("  overflowed frames       %lld (target 0)\n", static_cast<long long>(last.overflowFrames - overflows0));
    std::printf("  input overflows (xruns) %lld (flagged by the host)\n",
                static_cast<long long>(last.inputOverflows - xruns0));
    std::printf("  latency callback->meter mean %.2f ms, median %.2f, p99 %.2f, max %.2f ms "
                "(target < 20 ms + one buffer = %.1f ms)\n",
                mean, pct(0.5), pct(0.99), last.latencyMaxMs, 20.0 + 1000.0 * buffer / 48000.0);
    if (!suggestType.empty()) {
        double total = 0.0;
        for (double r : roundS)
            total += r;
        std::printf("  live suggestions as %s: %zu rounds, each %.3f s mean, %.3f s max (%zu suggestions in the last); "
                    "frames the suggester missed %lld\n",
                    suggestType.c_str(), roundS.size(), roundS.empty() ? 0.0 : total / static_cast<double>(roundS.size()),
                    roundS.empty() ? 0.0 : *std::max_element(roundS.begin(), roundS.end()), lastSuggestions,
                    static_cast<long long>(round.droppedFrames));
    }
    return 0;
}
