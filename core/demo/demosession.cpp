#include "demo/demosession.h"

#include "util/safefile.h"

#include "audio/audiofilewriter.h"
#include "dsp/biquad.h"
#include "dsp/oscillator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <numbers>
#include <system_error>

namespace stemwise::core {

namespace {

// Bump when any stem's samples change: existing demo folders are then rewritten.
constexpr const char* kRecipeVersion = "stemwise-demo-7";
constexpr const char* kMarkerName = ".stemwise-demo";
constexpr double kTwoPi = 2.0 * std::numbers::pi;

// xorshift64*: deterministic on every platform, unlike the std:: distributions.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed ? seed : 0x9E3779B97F4A7C15ull) {}
    double uniform()  // [-1, 1)
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        const std::uint64_t r = m_state * 0x2545F4914F6CDD1Dull;
        return static_cast<double>(r >> 11) * (2.0 / 9007199254740992.0) - 1.0;
    }

private:
    std::uint64_t m_state;
};

double noteHz(int midi) { return 440.0 * std::pow(2.0, (midi - 69) / 12.0); }

// Chord per bar (Am, F, C, G), as MIDI notes: root for the bass, triad for the pad.
constexpr std::array<int, 4> kBassRoots{33, 29, 36, 31};  // A1 F1 C2 G1
constexpr std::array<std::array<int, 3>, 4> kPadChords{{
    {57, 60, 64},  // A3 C4 E4
    {53, 57, 60},  // F3 A3 C4
    {55, 60, 64},  // G3 C4 E4 (C/G)
    {55, 59, 62},  // G3 B3 D4
}};
// Lead melody, one MIDI note per beat over four bars; 0 = rest. The fourth bar rests
// (phrases of three bars), so the vocal has gaps as a real vocal does.
constexpr std::array<int, 16> kMelody{69, 72, 76, 74, 72, 69, 72, 74, 67, 71, 74, 72, 0, 0, 0, 0};

struct Timing {
    double rate;
    double beatS;
    std::size_t frames;
};

Timing timing()
{
    const auto& spec = demoSessionSpec();
    return {spec.sampleRateHz, 60.0 / spec.tempoBpm, static_cast<std::size_t>(spec.frames())};
}

void normalizePeak(std::vector<std::vector<float>>& channels, double peakDbfs)
{
    float peak = 0.0f;
    for (const auto& ch : channels)
        for (float v : ch)
            peak = std::max(peak, std::abs(v));
    if (peak <= 0.0f)
        return;
    const auto gain = static_cast<float>(std::pow(10.0, peakDbfs / 20.0) / peak);
    for (auto& ch : channels)
        for (float& v : ch)
            v *= gain;
}

// Decays and oscillators by recurrence (dsp/oscillator.h): a multiply a sample for an
// exponential decay, a rotation a sample for a sine, the harmonics from one sine and cosine.
// Issue 21: synthesising the demo with a std::sin per harmonic per sample took 26 s of CPU,
// analysing it 0.27 s; the first launch waited for it.

// exp(−i / (τ·rate)) at sample i is r^i with r = exp(−1 / (τ·rate)): one multiply a sample.
// Over the longest run here (a 0.45 s hit, 21,600 samples) the rounding stays below 1e-11.
double decayPerSample(double timeConstantS, double rate) { return std::exp(-1.0 / (timeConstantS * rate)); }

std::vector<std::vector<float>> kick(const Timing& t)
{
    std::vector<float> out(t.frames, 0.0f);
    Rng rng(1);
    const auto beatFrames = static_cast<std::size_t>(t.beatS * t.rate);
    const auto hitFrames = static_cast<std::size_t>(0.45 * t.rate);
    const double dropStep = decayPerSample(0.025, t.rate);
    const double bodyStep = decayPerSample(0.18, t.rate);
    for (std::size_t start = 0; start < t.frames; start += beatFrames) {
        double phase = 0.0;
        double drop = 1.0;  // exp(−s / 25 ms)
        double body = 1.0;  // exp(−s / 180 ms)
        for (std::size_t i = 0; i < hitFrames && start + i < t.frames; ++i) {
            const double s = static_cast<double>(i) / t.rate;
            const double f = 48.0 + 110.0 * drop;  // pitch drop 158 -> 48 Hz
            phase += kTwoPi * f / t.rate;
            // One sine (no harmonics): its frequency glides, so a fixed rotation does not fit.
            const double v = std::sin(phase) * body;
            const double click = s < 0.003 ? 0.35 * rng.uniform() * (1.0 - s / 0.003) : 0.0;
            out[start + i] += static_cast<float>(v + click);
            drop *= dropStep;
            body *= bodyStep;
        }
    }
    return {std::move(out)};
}

std::vector<std::vector<float>> bass(const Timing& t)
{
    std::vector<float> out(t.frames, 0.0f);
    const auto eighth = static_cast<std::size_t>(t.beatS * t.rate / 2);
    const auto barFrames = eighth * 8;
    constexpr int kBassHarmonics = 14;  // a rolled-off sawtooth: up to 14 harmonics below 4 kHz
    std::array<double, kBassHarmonics> weights{};
    for (int k = 1; k <= kBassHarmonics; ++k)
        weights[static_cast<std::size_t>(k - 1)] = 1.0 / (k * (1.0 + 0.15 * k * k));
    const double decayStep = decayPerSample(0.08, t.rate);
    for (std::size_t start = 0, n = 0; start < t.frames; start += eighth, ++n) {
        const int root = kBassRoots[(start / barFrames) % kBassRoots.size()];
        const double f0 = noteHz(root + ((n % 8) == 6 ? 12 : 0));  // an octave jump per bar
        int count = 0;
        while (count < kBassHarmonics && (count + 1) * f0 < 4000.0)
            ++count;
        Phasor oscillator(0.0, f0 / t.rate);
        double decay = 1.0;  // exp(−s / 80 ms)
        const std::size_t len = eighth - static_cast<std::size_t>(0.02 * t.rate);
        for (std::size_t i = 0; i < len && start + i < t.frames; ++i) {
            const double s = static_cast<double>(i) / t.rate;
            const double env = std::min(1.0, s / 0.005) * (0.55 + 0.45 * decay)
                               * std::min(1.0, static_cast<double>(len - i) / (0.01 * t.rate));
            const double v = harmonicSum(oscillator.cos(), oscillator.sin(), count, weights.data());
            out[start + i] = static_cast<float>(env * v);
            oscillator.advance();
            decay *= decayStep;
        }
    }
    return {std::move(out)};
}

std::vector<std::vector<float>> vocal(const Timing& t)
{
    const auto& spec = demoSessionSpec();
    std::vector<float> out(t.frames, 0.0f);
    const auto melody = demoVocalMelodyHz();
    const auto beatFrames = static_cast<std::size_t>(t.beatS * t.rate);
    // Formants of an open "ah" vowel (Hz, bandwidth Hz, gain): a voice-like spectral envelope.
    constexpr std::array<std::array<double, 3>, 4> formants{{
        {730, 90, 1.0}, {1090, 110, 0.5}, {2440, 170, 0.25}, {3400, 250, 0.12}}};
    auto envelope = [&](double f) {
        double g = 0.02;
        for (const auto& fm : formants) {
            const double x = (f - fm[0]) / fm[1];
            g += fm[2] / (1.0 + x * x);
        }
        return g;
    };
    // The sung frequency at a sample of the session: the note bent by the vibrato.
    const double vibratoCyclesPerSample = spec.vocalVibratoHz / t.rate;
    auto bent = [&](double f0, double vibratoSin) { return f0 * std::exp2(spec.vocalVibratoCents * vibratoSin / 1200.0); };
    constexpr int kVocalHarmonics = 40;  // up to 40 harmonics below 12 kHz, shaped by the formants
    // The formant gains of the harmonics follow the vibrato: computed exactly every kBlock
    // samples and interpolated between (over 32 samples the frequency moves by 0.04 % at most,
    // a gain by 0.3 %), instead of 160 divisions a sample.
    constexpr std::size_t kBlock = 32;
    std::array<double, kVocalHarmonics> gains{};
    std::array<double, kVocalHarmonics> gainSteps{};
    std::array<double, kVocalHarmonics> gainTargets{};
    auto gainsAt = [&](double f, std::array<double, kVocalHarmonics>& to) {
        for (int k = 1; k <= kVocalHarmonics; ++k)
            to[static_cast<std::size_t>(k - 1)] = envelope(k * f);
    };
    Rng rng(7);
    Biquad sibilance(Biquad::Kind::BandPass, t.rate, 7000.0, 1.2);
    double phase = 0.0;
    for (std::size_t beat = 0; beat < melody.size(); ++beat) {
        const double f0 = melody[beat];
        if (f0 <= 0.0)
            continue;
        const std::size_t start = beat * beatFrames;
        const bool phraseStart = beat == 0 || melody[beat - 1] <= 0.0;
        const bool sibilant = phraseStart || beat % 4 == 2;
        // An "s" comes before the vowel, as in "sea": 110 ms of noise, the vowel after it.
        const double vowelStartS = sibilant ? 0.07 : 0.0;
        Phasor vibrato(0.0, vibratoCyclesPerSample, static_cast<std::int64_t>(start));
        gainsAt(bent(f0, vibrato.sin()), gainTargets);
        for (std::size_t i = 0; i < beatFrames && start + i < t.frames; ++i) {
            if (i % kBlock == 0) {
                gains = gainTargets;
                const double later = static_cast<double>(start + i + kBlock) * vibratoCyclesPerSample;
                gainsAt(bent(f0, std::sin(kTwoPi * (later - std::floor(later)))), gainTargets);
                for (std::size_t k = 0; k < gains.size(); ++k)
                    gainSteps[k] = (gainTargets[k] - gains[k]) / static_cast<double>(kBlock);
            }
            const double s = static_cast<double>(i) / t.rate;
            const double f = bent(f0, vibrato.sin());
            vibrato.advance();
            phase += f / t.rate;
            phase -= std::floor(phase);
            const double vs = s - vowelStartS;
            const double env = vs <= 0.0 ? 0.0 : std::min(1.0, vs / 0.04) * std::min(1.0, (t.beatS - s) / 0.03);
            double v = 0.0;
            if (env > 0.0) {
                // The harmonics k with k·f below 12 kHz.
                const int count = std::min(kVocalHarmonics, static_cast<int>(std::ceil(12000.0 / f)) - 1);
                // One sine and cosine a sample: the frequency moves with the vibrato.
                v = harmonicSum(std::cos(kTwoPi * phase), std::sin(kTwoPi * phase), count, gains.data());
            }
            for (std::size_t k = 0; k < gains.size(); ++k)
                gains[k] += gainSteps[k];
            // Breath noise keeps the harmonic-to-noise ratio finite, as in a real voice.
            v += 0.004 * rng.uniform();
            double sss = 0.0;
            if (sibilant && s < 0.11)
                sss = 1.6 * sibilance.process(rng.uniform()) * std::sin(std::numbers::pi * s / 0.11);
            out[start + i] = static_cast<float>(env * v + sss);
        }
    }
    // A fault to find: handling rumble under the sung notes, as a handheld mic recorded without
    // the preamp's high-pass picks up (noise low-passed twice at 45 Hz, 24 dB/oct, about 4 % of
    // the take's energy; the rests stay silent). The demo shows the high-pass it calls for.
    Rng rumbleRng(23);
    Biquad lowA(Biquad::Kind::LowPass, t.rate, 45.0, 0.7071);
    Biquad lowB(Biquad::Kind::LowPass, t.rate, 45.0, 0.7071);
    for (std::size_t i = 0; i < t.frames; ++i) {
        const double r = 5.0 * lowB.process(lowA.process(rumbleRng.uniform()));
        const std::size_t beat = i / beatFrames;
        if (beat < melody.size() && melody[beat] > 0.0) {
            const double s = static_cast<double>(i - beat * beatFrames) / t.rate;
            out[i] += static_cast<float>(r * std::min(1.0, s / 0.01) * std::min(1.0, std::max(0.0, t.beatS - s) / 0.01));
        }
    }
    return {std::move(out)};
}

std::vector<std::vector<float>> pad(const Timing& t)
{
    std::vector<std::vector<float>> out(2, std::vector<float>(t.frames, 0.0f));
    const auto barFrames = static_cast<std::size_t>(4 * t.beatS * t.rate);
    Rng rng(11);
    std::array<std::array<double, 3>, 2> startPhase{};
    for (auto& side : startPhase)
        for (double& p : side)
            p = rng.uniform();
    constexpr int kPadHarmonics = 10;  // ten harmonics at 1/k
    std::array<double, kPadHarmonics> weights{};
    for (int k = 1; k <= kPadHarmonics; ++k)
        weights[static_cast<std::size_t>(k - 1)] = 1.0 / k;
    for (std::size_t c = 0; c < 2; ++c) {
        const double detune = std::pow(2.0, (c == 0 ? -7.0 : 7.0) / 1200.0);  // ±7 cents
        Biquad lowpass(Biquad::Kind::LowPass, t.rate, 2500.0, 0.7);
        for (std::size_t barStart = 0; barStart < t.frames; barStart += barFrames) {
            const auto& chord = kPadChords[(barStart / barFrames) % kPadChords.size()];
            // Each note's phase runs on the session's time line, sin(k·2π(f·t + φ)), as a
            // rotation from the bar's first sample on.
            std::array<Phasor, 3> notes{
                Phasor(startPhase[c][0], noteHz(chord[0]) * detune / t.rate, static_cast<std::int64_t>(barStart)),
                Phasor(startPhase[c][1], noteHz(chord[1]) * detune / t.rate, static_cast<std::int64_t>(barStart)),
                Phasor(startPhase[c][2], noteHz(chord[2]) * detune / t.rate, static_cast<std::int64_t>(barStart))};
            const std::size_t barEnd = std::min(t.frames, barStart + barFrames);
            for (std::size_t i = barStart; i < barEnd; ++i) {
                const double s = static_cast<double>(i - barStart) / t.rate;
                const double attack = std::min(1.0, s / 0.3);
                const double release = std::min(1.0, (4 * t.beatS - s) / 0.15);
                double v = 0.0;
                for (auto& note : notes) {
                    v += harmonicSum(note.cos(), note.sin(), kPadHarmonics, weights.data());
                    note.advance();
                }
                out[c][i] = static_cast<float>(lowpass.process(v) * attack * release);
            }
        }
    }
    return out;
}

std::vector<std::vector<float>> hats(const Timing& t)
{
    std::vector<std::vector<float>> out(2, std::vector<float>(t.frames, 0.0f));
    const auto eighth = static_cast<std::size_t>(t.beatS * t.rate / 2);
    Rng rng(23);
    Biquad hp1(Biquad::Kind::HighPass, t.rate, 7000.0, 0.7);
    Biquad hp2(Biquad::Kind::HighPass, t.rate, 7000.0, 0.7);
    std::vector<float> mono(t.frames, 0.0f);
    for (std::size_t start = 0, n = 0; start < t.frames; start += eighth, ++n) {
        const bool open = n % 8 == 7;
        const double decayStep = decayPerSample(open ? 0.22 : 0.035, t.rate);
        double decay = n % 2 == 0 ? 1.0 : 0.6;  // the accent, decaying
        const auto len = std::min<std::size_t>(eighth, t.frames - start);
        for (std::size_t i = 0; i < len; ++i) {
            mono[start + i] = static_cast<float>(decay * rng.uniform());
            decay *= decayStep;
        }
    }
    // Panned 30 % right with the constant-power law.
    const double angle = (0.5 + 0.3 / 2) * std::numbers::pi / 2;
    for (std::size_t i = 0; i < t.frames; ++i) {
        const double v = hp2.process(hp1.process(mono[i]));
        out[0][i] = static_cast<float>(v * std::cos(angle));
        out[1][i] = static_cast<float>(v * std::sin(angle));
    }
    return out;
}

// Whether two files hold the same bytes.
bool sameBytes(const std::filesystem::path& a, const std::filesystem::path& b)
{
    std::error_code ec;
    if (std::filesystem::file_size(a, ec) != std::filesystem::file_size(b, ec) || ec)
        return false;
    std::ifstream fa(a, std::ios::binary);
    std::ifstream fb(b, std::ios::binary);
    std::vector<char> ba(1 << 16);
    std::vector<char> bb(1 << 16);
    while (fa && fb) {
        fa.read(ba.data(), static_cast<std::streamsize>(ba.size()));
        fb.read(bb.data(), static_cast<std::streamsize>(bb.size()));
        if (fa.gcount() != fb.gcount() || !std::equal(ba.begin(), ba.begin() + fa.gcount(), bb.begin()))
            return false;
    }
    return fa.eof() && fb.eof();
}

bool markerMatches(const std::filesystem::path& folder)
{
    std::ifstream in(folder / kMarkerName);
    std::string version;
    return in && std::getline(in, version) && version == kRecipeVersion;
}

}  // namespace

const DemoSessionSpec& demoSessionSpec()
{
    static const DemoSessionSpec spec = [] {
        DemoSessionSpec s;
        s.stems = {
            {"Kick", "kick", 1, -3.0, "a pitch-dropping sine kick with a click on every beat"},
            {"Bass", "bass", 1, -6.0, "rolled-off sawtooth eighth notes on the chord roots"},
            {"Lead Vocal", "vocals", 1, -6.0,
             "a voice-like harmonic tone with formants, 5.5 Hz vibrato, sibilant bursts and rumble under it"},
            {"Pad", "pad", 2, -10.0, "detuned stereo chords Am-F-C-G, slow attack"},
            {"Hi-Hats", "hats", 2, -12.0, "high-passed noise on eighth notes, panned right"},
        };
        return s;
    }();
    return spec;
}

std::vector<double> demoVocalMelodyHz()
{
    const auto& spec = demoSessionSpec();
    std::vector<double> melody(static_cast<std::size_t>(spec.bars * spec.beatsPerBar));
    for (std::size_t i = 0; i < melody.size(); ++i) {
        const int note = kMelody[i % kMelody.size()];
        melody[i] = note > 0 ? noteHz(note) : 0.0;
    }
    return melody;
}

std::vector<std::vector<float>> synthesizeDemoStem(std::size_t index)
{
    const auto& spec = demoSessionSpec();
    const Timing t = timing();
    std::vector<std::vector<float>> channels;
    switch (index) {
    case 0: channels = kick(t); break;
    case 1: channels = bass(t); break;
    case 2: channels = vocal(t); break;
    case 3: channels = pad(t); break;
    case 4: channels = hats(t); break;
    default: return {};
    }
    normalizePeak(channels, spec.stems[index].peakDbfs);
    return channels;
}

Result<std::vector<std::filesystem::path>> writeDemoSession(const std::filesystem::path& folder,
                                                            const std::function<void(int, int)>& progress,
                                                            bool replaceOthers)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        return Error{"cannot create the demo folder: " + ec.message()};

    const auto& spec = demoSessionSpec();
    std::vector<std::filesystem::path> paths;
    for (const auto& stem : spec.stems)
        paths.push_back(folder / (stem.name + ".wav"));

    const bool upToDate = markerMatches(folder)
                          && std::all_of(paths.begin(), paths.end(),
                                         [](const auto& p) { return std::filesystem::exists(p); });
    const int total = static_cast<int>(paths.size());
    if (upToDate) {
        if (progress)
            progress(total, total);
        return paths;
    }

    // A file whose size is not a demo stem's cannot hold its bytes: refused before any work.
    // (libsndfile writes 24-bit PCM WAV with the 44-byte canonical header.)
    std::vector<std::string> others;
    if (!replaceOthers) {
        for (std::size_t i = 0; i < spec.stems.size(); ++i) {
            const auto size = std::filesystem::file_size(paths[i], ec);
            const auto expected = 44 + static_cast<std::uintmax_t>(spec.frames())
                                           * static_cast<std::uintmax_t>(spec.stems[i].channels) * 3;
            if (!ec && size != expected)
                others.push_back(paths[i].filename().string());
            else if (ec && std::filesystem::exists(std::filesystem::symlink_status(paths[i], ec)))
                others.push_back(paths[i].filename().string());
        }
    }
    auto refuseOthers = [&others]() -> Error {
        std::string names;
        for (std::size_t i = 0; i < others.size(); ++i)
            names += (i == 0 ? "" : i + 1 == others.size() ? " and " : ", ") + others[i];
        return Error{names + (others.size() == 1 ? " exists and is" : " exist and are")
                     + " not the demo's own; nothing was overwritten (write the demo into another folder, or "
                       "replace them on purpose with --force)"};
    };
    if (!others.empty())
        return refuseOthers();

    // Every stem into a temporary file first; nothing is replaced before all are complete
    // and none would replace a file that is not the demo's.
    struct Pending {
        std::filesystem::path temporary;
        bool replace = true;  // false: the file there holds these very bytes already
    };
    std::vector<Pending> pending;
    auto dropTemporaries = [&pending] {
        for (const auto& p : pending)
            std::filesystem::remove(p.temporary);
    };
    for (std::size_t i = 0; i < spec.stems.size(); ++i) {
        const auto channels = synthesizeDemoStem(i);
        WriteFormat format{FileType::Wav, SampleEncoding::Pcm24, spec.sampleRateHz,
                           static_cast<int>(channels.size())};
        Pending p{temporaryPathFor(paths[i], "demo"), true};
        auto writer = AudioFileWriter::create(p.temporary, format, WriteMode::InPlace);
        if (!writer) {
            dropTemporaries();
            return Error{paths[i].filename().string() + " " + writer.error().message};
        }
        pending.push_back(p);
        std::vector<const float*> pointers;
        pointers.reserve(channels.size());
        for (const auto& ch : channels)
            pointers.push_back(ch.data());
        if (!writer.value()->write(pointers, channels.front().size()) || !writer.value()->close()) {
            const std::string why = writer.value()->closeError();
            dropTemporaries();
            return Error{"could not finish writing " + paths[i].filename().string() + ": "
                         + (why.empty() ? std::string("is the disk full?") : why) + "; nothing was changed"};
        }
        if (std::filesystem::exists(paths[i], ec)) {
            if (sameBytes(p.temporary, paths[i]))
                pending.back().replace = false;
            else if (!replaceOthers)
                others.push_back(paths[i].filename().string());
        }
        if (progress)
            progress(static_cast<int>(i + 1), total);
    }
    if (!others.empty()) {
        dropTemporaries();
        return refuseOthers();
    }
    std::filesystem::remove(folder / kMarkerName, ec);
    for (std::size_t i = 0; i < pending.size(); ++i) {
        if (!pending[i].replace) {
            std::filesystem::remove(pending[i].temporary, ec);
            continue;
        }
        auto replaced = replaceFileSafely(pending[i].temporary, paths[i]);
        if (!replaced) {
            for (std::size_t j = i + 1; j < pending.size(); ++j)
                std::filesystem::remove(pending[j].temporary, ec);
            return Error{paths[i].filename().string() + " could not be written: " + replaced.error().message};
        }
    }
    auto marker = writeFileSafely(folder / kMarkerName, std::string(kRecipeVersion) + "\n");
    if (!marker)
        return Error{"cannot write the demo folder's marker file: " + marker.error().message};
    return paths;
}

}  // namespace stemwise::core
