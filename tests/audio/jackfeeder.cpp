// stemwise_jackfeeder: a small JACK client of the test suite's own that plays a known signal
// into Stemwise's PortAudio input, for the end-to-end tests, the live benchmark and the
// Live view screenshot. It connects its outputs to the ports matching --target (a regular
// expression; by default Stemwise's inputs, "Stemwise:in_1", "Stemwise:in_2", … and those of
// a fresh copy of PortAudio, "Stemwise-2:in_1", …) whenever they appear, so a stream that is
// stopped and started again is fed again.
//
// Usage: stemwise_jackfeeder [--signal sine|stereo|silence|music|rumble] [--level-dbfs L]
//                            [--frequency HZ] [--phase-deg DEG] [--target REGEX]
//   sine    the same sine on both outputs (amplitude 10^(L/20), phase 0 at the first sample)
//   stereo  left sine, right the same sine shifted by --phase-deg: correlation cos(phase)
//   silence digital zeros
//   music   a busy stereo signal for pictures: pink noise, a bass line, chords, a tremolo
//   rumble  a voice-like tone (220 Hz and three harmonics falling 6 dB each, peak L) over
//           rumble 6 dB below L (RMS): white noise through four one-pole low-passes at 40 Hz
// Runs until SIGTERM/SIGINT, or until the JACK server goes away. Server from
// JACK_DEFAULT_SERVER; it never starts one (JackNoStartServer).
#include <jack/jack.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <numbers>
#include <string>
#include <thread>
#include <vector>

namespace {

std::atomic<bool> g_quit{false};
constexpr double kRumbleGain = 31.2;

enum class Signal { Sine, Stereo, Silence, Music, Rumble };

struct Feeder {
    Signal signal = Signal::Sine;
    double amplitude = 0.1;
    double frequencyHz = 1000.0;
    double phaseRad = 0.0;
    double rateHz = 48000.0;
    std::uint64_t frame = 0;
    std::uint32_t noise = 12345;
    double pink[2][3] = {};
    double rumble[4] = {};
    jack_port_t* out[2] = {nullptr, nullptr};
    std::atomic<bool> serverGone{false};

    float white()
    {
        noise = noise * 1664525u + 1013904223u;
        return static_cast<float>(static_cast<std::int32_t>(noise)) / 2147483648.0f;
    }
    void render(float* l, float* r, jack_nframes_t n)
    {
        const double w = 2.0 * std::numbers::pi * frequencyHz / rateHz;
        for (jack_nframes_t i = 0; i < n; ++i, ++frame) {
            const double t = static_cast<double>(frame);
            switch (signal) {
            case Signal::Sine:
                l[i] = r[i] = static_cast<float>(amplitude * std::sin(w * std::fmod(t, rateHz)));
                break;
            case Signal::Stereo:
                l[i] = static_cast<float>(amplitude * std::sin(w * std::fmod(t, rateHz)));
                r[i] = static_cast<float>(amplitude * std::sin(w * std::fmod(t, rateHz) + phaseRad));
                break;
            case Signal::Silence:
                l[i] = r[i] = 0.0f;
                break;
            case Signal::Rumble: {
                // Four poles at 40 Hz leave the white noise (RMS 0.577) at RMS 0.016 at
                // 48 kHz; kRumbleGain brings that to 0.5, 6 dB below `amplitude`.
                const double k = 1.0 - std::exp(-2.0 * std::numbers::pi * 40.0 / rateHz);
                double x = white();
                for (double& stage : rumble)
                    x = stage += k * (x - stage);
                double tone = 0.0;
                for (int h = 1; h <= 4; ++h)
                    tone += std::pow(0.5, h - 1) * std::sin(2.0 * std::numbers::pi * 220.0 * h * t / rateHz);
                l[i] = r[i] = static_cast<float>(amplitude * (tone / 1.875 + x * kRumbleGain));
                break;
            }
            case Signal::Music: {
                const double s = t / rateHz;
                const double beat = std::fmod(s, 0.5);
                const double kick = std::exp(-beat * 18.0) * std::sin(2.0 * std::numbers::pi * (50.0 + 60.0 * std::exp(-beat * 30.0)) * beat);
                const double bass = 0.25 * std::sin(2.0 * std::numbers::pi * (std::fmod(s, 2.0) < 1.0 ? 55.0 : 73.4) * s);
                const double trem = 0.5 + 0.5 * std::sin(2.0 * std::numbers::pi * 3.0 * s);
                double chord = 0.0;
                for (double f : {220.0, 277.2, 329.6, 440.0, 880.0, 1760.0})
                    chord += std::sin(2.0 * std::numbers::pi * f * s) / (f / 220.0);
                for (int c = 0; c < 2; ++c) {  // Paul Kellet's economical pink filter
                    const double x = white();
                    pink[c][0] = 0.99765 * pink[c][0] + x * 0.0990460;
                    pink[c][1] = 0.96300 * pink[c][1] + x * 0.2965164;
                    pink[c][2] = 0.57000 * pink[c][2] + x * 1.0526913;
                }
                const double common = 0.5 * kick + bass + 0.08 * chord * trem;
                l[i] = static_cast<float>(amplitude * (common + 0.05 * (pink[0][0] + pink[0][1] + pink[0][2])));
                r[i] = static_cast<float>(amplitude * (common * 0.8 + 0.05 * (pink[1][0] + pink[1][1] + pink[1][2])));
                break;
            }
            }
        }
    }
};

int process(jack_nframes_t n, void* arg)
{
    auto* f = static_cast<Feeder*>(arg);
    auto* l = static_cast<float*>(jack_port_get_buffer(f->out[0], n));
    auto* r = static_cast<float*>(jack_port_get_buffer(f->out[1], n));
    f->render(l, r, n);
    return 0;
}

void onShutdown(void* arg)
{
    static_cast<Feeder*>(arg)->serverGone.store(true);
}

void onSignal(int)
{
    g_quit.store(true);
}

}  // namespace

int main(int argc, char** argv)
{
    Feeder feeder;
    double levelDbfs = -20.0;
    std::string target = "Stemwise(-[0-9]+)?:in_";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        const char* value = argv[i + 1];
        if (key == "--signal") {
            const std::string v = value;
            feeder.signal = v == "stereo" ? Signal::Stereo : v == "silence" ? Signal::Silence
                          : v == "music"  ? Signal::Music  : v == "rumble" ? Signal::Rumble : Signal::Sine;
        } else if (key == "--level-dbfs") {
            levelDbfs = std::atof(value);
        } else if (key == "--frequency") {
            feeder.frequencyHz = std::atof(value);
        } else if (key == "--phase-deg") {
            feeder.phaseRad = std::atof(value) * std::numbers::pi / 180.0;
        } else if (key == "--target") {
            target = value;
        } else {
            std::fprintf(stderr, "jackfeeder: unknown option %s\n", key.c_str());
            return 2;
        }
    }
    feeder.amplitude = std::pow(10.0, levelDbfs / 20.0);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    jack_client_t* client = nullptr;
    for (int attempt = 0; attempt < 100 && client == nullptr && !g_quit.load(); ++attempt) {
        client = jack_client_open("stemwise_feeder", JackNoStartServer, nullptr);
        if (client == nullptr)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    if (client == nullptr) {
        std::fprintf(stderr, "jackfeeder: no JACK server\n");
        return 1;
    }
    feeder.rateHz = jack_get_sample_rate(client);
    feeder.out[0] = jack_port_register(client, "out_1", JACK_DEFAULT_AUDIO_TYPE, JackPortIsOutput, 0);
    feeder.out[1] = jack_port_register(client, "out_2", JACK_DEFAULT_AUDIO_TYPE, JackPortIsOutput, 0);
    jack_set_process_callback(client, process, &feeder);
    jack_on_shutdown(client, onShutdown, &feeder);
    if (jack_activate(client) != 0) {
        std::fprintf(stderr, "jackfeeder: cannot activate\n");
        return 1;
    }
    std::fprintf(stderr, "jackfeeder: running at %.0f Hz\n", feeder.rateHz);

    const std::string pattern = "^" + target;
    while (!g_quit.load() && !feeder.serverGone.load()) {
        if (const char** ports = jack_get_ports(client, pattern.c_str(), JACK_DEFAULT_AUDIO_TYPE, JackPortIsInput)) {
            std::vector<std::string> names;
            for (const char** p = ports; *p != nullptr; ++p)
                names.emplace_back(*p);
            jack_free(ports);
            std::sort(names.begin(), names.end());
            for (std::size_t i = 0; i < names.size(); ++i) {
                jack_port_t* out = feeder.out[i % 2];
                if (!jack_port_connected_to(out, names[i].c_str()))
                    jack_connect(client, jack_port_name(out), names[i].c_str());
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    if (!feeder.serverGone.load())
        jack_client_close(client);
    return 0;
}
