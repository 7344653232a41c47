// stemwise_jackcapture: a small JACK client of the test suite's own that records what
// Stemwise plays, for the end-to-end playback tests and the playback benchmark. It connects
// its two inputs to the ports matching --source (a regular expression; by default Stemwise's
// outputs, "Stemwise:out_1", "Stemwise:out_2", … and those of a fresh copy of PortAudio,
// "Stemwise-2:out_1", …) whenever they appear, and writes every frame it receives from then
// on to --output as raw interleaved 32-bit float, two channels, in the machine's byte order.
// The frames arrive untouched: JACK hands a connected input the output's own buffer.
//
// Usage: stemwise_jackcapture --output FILE [--source REGEX]
// Prints "jackcapture: running at R Hz" on stderr once active and "jackcapture: connected"
// once recording. Runs until SIGTERM/SIGINT or
// until the JACK server goes away; what reached it is on disk when it exits. Server from
// JACK_DEFAULT_SERVER; it never starts one (JackNoStartServer).
//
// The process callback hands the frames to the writer loop through Stemwise's own
// SpscRing (std::atomic acquire/release), not libjack's jack_ringbuffer: libjack is not
// built with ThreadSanitizer, so under the tsan preset (this client is built with it too and
// inherits TSAN_OPTIONS' halt_on_error=1) TSan saw the writer's memcpy out of a
// jack_ringbuffer unordered with the callback's memcpy into it, reported a data race and
// killed the client (exit 66) seconds into the first capture, leaving the synchronous server
// waiting 5 s for it and its name taken for the next captures.
#include "audio/spscring.h"

#include <jack/jack.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<bool> g_quit{false};

struct Capture {
    jack_port_t* in[2] = {nullptr, nullptr};
    std::unique_ptr<stemwise::core::SpscRing<float>> ring;  // interleaved stereo
    std::atomic<bool> connected{false};
    std::atomic<long> droppedFrames{0};
    std::atomic<bool> serverGone{false};
};

int process(jack_nframes_t n, void* arg)
{
    auto* c = static_cast<Capture*>(arg);
    if (!c->connected.load(std::memory_order_acquire))
        return 0;
    const auto* l = static_cast<const float*>(jack_port_get_buffer(c->in[0], n));
    const auto* r = static_cast<const float*>(jack_port_get_buffer(c->in[1], n));
    if (c->ring->writeAvailable() < static_cast<std::size_t>(n) * 2) {
        c->droppedFrames.fetch_add(static_cast<long>(n));
        return 0;
    }
    for (jack_nframes_t i = 0; i < n; ++i) {
        const float frame[2] = {l[i], r[i]};
        c->ring->write(frame, 2);  // fits: only this thread writes, the reader only frees room
    }
    return 0;
}

void onShutdown(void* arg)
{
    static_cast<Capture*>(arg)->serverGone.store(true);
}

void onSignal(int)
{
    g_quit.store(true);
}

void drain(Capture& c, std::FILE* out)
{
    float buffer[16384];
    while (true) {
        const std::size_t got = c.ring->read(buffer, std::size(buffer));
        if (got == 0)
            break;
        std::fwrite(buffer, sizeof(float), got, out);
    }
}

}  // namespace

int main(int argc, char** argv)
{
    std::string output;
    std::string source = "Stemwise(-[0-9]+)?:out_";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--output") {
            output = argv[i + 1];
        } else if (key == "--source") {
            source = argv[i + 1];
        } else {
            std::fprintf(stderr, "jackcapture: unknown option %s\n", key.c_str());
            return 2;
        }
    }
    if (output.empty()) {
        std::fprintf(stderr, "jackcapture: --output FILE is required\n");
        return 2;
    }
    std::FILE* out = std::fopen(output.c_str(), "wb");
    if (out == nullptr) {
        std::fprintf(stderr, "jackcapture: cannot write %s\n", output.c_str());
        return 1;
    }
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    Capture capture;
    jack_client_t* client = nullptr;
    for (int attempt = 0; attempt < 100 && client == nullptr && !g_quit.load(); ++attempt) {
        client = jack_client_open("stemwise_capture", JackNoStartServer, nullptr);
        if (client == nullptr)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (client == nullptr) {
        std::fprintf(stderr, "jackcapture: no JACK server\n");
        return 1;
    }
    const double rate = jack_get_sample_rate(client);
    // 8 s of stereo float: the writer loop drains it every few milliseconds.
    capture.ring = std::make_unique<stemwise::core::SpscRing<float>>(static_cast<std::size_t>(rate * 8.0) * 2);
    capture.in[0] = jack_port_register(client, "in_1", JACK_DEFAULT_AUDIO_TYPE, JackPortIsInput, 0);
    capture.in[1] = jack_port_register(client, "in_2", JACK_DEFAULT_AUDIO_TYPE, JackPortIsInput, 0);
    jack_set_process_callback(client, process, &capture);
    jack_on_shutdown(client, onShutdown, &capture);
    if (jack_activate(client) != 0) {
        std::fprintf(stderr, "jackcapture: cannot activate\n");
        return 1;
    }
    std::fprintf(stderr, "jackcapture: running at %.0f Hz\n", rate);

    const std::string pattern = "^" + source;
    while (!g_quit.load() && !capture.serverGone.load()) {
        if (const char** ports = jack_get_ports(client, pattern.c_str(), JACK_DEFAULT_AUDIO_TYPE, JackPortIsOutput)) {
            std::vector<std::string> names;
            for (const char** p = ports; *p != nullptr; ++p)
                names.emplace_back(*p);
            jack_free(ports);
            std::sort(names.begin(), names.end());
            for (std::size_t i = 0; i < names.size(); ++i) {
                jack_port_t* in = capture.in[i % 2];
                if (!jack_port_connected_to(in, names[i].c_str()))
                    jack_connect(client, names[i].c_str(), jack_port_name(in));
            }
            // Record from the first cycle after both inputs are connected.
            if (!capture.connected.load() && jack_port_connected(capture.in[0]) > 0 && jack_port_connected(capture.in[1]) > 0) {
                capture.connected.store(true, std::memory_order_release);
                std::fprintf(stderr, "jackcapture: connected\n");
            }
        }
        drain(capture, out);
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (!capture.serverGone.load())
        jack_client_close(client);  // no more process() calls after this
    drain(capture, out);
    std::fclose(out);
    if (capture.droppedFrames.load() > 0)
        std::fprintf(stderr, "jackcapture: dropped %ld frames (writer too slow)\n", capture.droppedFrames.load());
    return capture.droppedFrames.load() > 0 ? 3 : 0;
}
