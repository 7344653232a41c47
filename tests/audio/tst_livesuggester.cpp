// The live suggestions without an audio server (core only): known signals pushed through
// LiveSuggester as LiveInput's analysis thread pushes them, and its rounds checked — a 40 Hz
// rumble under a voice-like tone on "vocals" gets a high-pass, the clean tone does not, the
// learned model's "not useful" ratings move the high-pass down the list, a type change makes
// a new round; and analyzeBuffer() measures a window as analyzeFile() measures a file of it.
#include "analysis/trackanalysis.h"
#include "audio/audiofilewriter.h"
#include "live/livesuggester.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

using namespace stemwise::core;

namespace {

constexpr double kRateHz = 48000.0;

// A voice-like tone: 220 Hz with its first harmonics falling 6 dB per step, at `levelDbfs`
// peak; plus, when `rumbleDbfs` is given, rumble at that RMS level: seeded white noise
// through four one-pole low-passes at 40 Hz (broadband below 60 Hz, no single peak that the
// resonance rule would take for a resonance). Interleaved stereo.
std::vector<float> toneWithRumble(double seconds, double levelDbfs, std::optional<double> rumbleDbfs)
{
    const auto frames = static_cast<std::size_t>(seconds * kRateHz);
    std::vector<double> rumble(frames, 0.0);
    if (rumbleDbfs) {
        const double k = 1.0 - std::exp(-2.0 * std::numbers::pi * 40.0 / kRateHz);
        std::uint32_t seed = 20261124;
        double y[4] = {};
        double power = 0.0;
        for (std::size_t i = 0; i < frames; ++i) {
            seed = seed * 1664525u + 1013904223u;
            double x = static_cast<double>(static_cast<std::int32_t>(seed)) / 2147483648.0;
            for (double& stage : y)
                x = stage += k * (x - stage);
            rumble[i] = x;
            power += x * x;
        }
        const double gain = std::pow(10.0, *rumbleDbfs / 20.0) / std::sqrt(power / static_cast<double>(frames));
        for (double& x : rumble)
            x *= gain;
    }
    std::vector<float> out(frames * 2);
    const double a = std::pow(10.0, levelDbfs / 20.0) / 1.875;  // 1 + 1/2 + 1/4 + 1/8
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / kRateHz;
        double x = rumble[i];
        for (int h = 1; h <= 4; ++h)
            x += a * std::pow(0.5, h - 1) * std::sin(2.0 * std::numbers::pi * 220.0 * h * t);
        out[2 * i] = out[2 * i + 1] = static_cast<float>(x);
    }
    return out;
}

struct Planar {
    std::vector<std::vector<float>> channels;
    std::vector<const float*> pointers;
    std::size_t frames = 0;
};

Planar planar(const std::vector<float>& interleaved)
{
    Planar p;
    p.frames = interleaved.size() / 2;
    p.channels.assign(2, std::vector<float>(p.frames));
    for (std::size_t i = 0; i < p.frames; ++i)
        for (std::size_t c = 0; c < 2; ++c)
            p.channels[c][i] = interleaved[2 * i + c];
    for (const auto& c : p.channels)
        p.pointers.push_back(c.data());
    return p;
}

LiveSuggestionRound suggestOn(const std::vector<float>& signal, const LiveSuggesterSettings& settings,
                              const LearnedModel& learned = {})
{
    const Planar p = planar(signal);
    return LiveSuggester::suggest(p.pointers, p.frames, kRateHz, settings, learned);
}

std::ptrdiff_t indexOf(const LiveSuggestionRound& round, const std::string& rule)
{
    for (std::size_t i = 0; i < round.suggestions.size(); ++i)
        if (round.suggestions[i].rule == rule)
            return static_cast<std::ptrdiff_t>(i);
    return -1;
}

QString rulesOf(const LiveSuggestionRound& round)
{
    QStringList rules;
    for (const auto& s : round.suggestions)
        rules << QStringLiteral("%1 (p%2, %3)").arg(QString::fromStdString(s.rule)).arg(s.priority).arg(s.confidence, 0, 'f', 2);
    return rules.join(QStringLiteral(", ")) + QStringLiteral(" ") + QString::fromStdString(round.error);
}

}  // namespace

class TestLiveSuggester : public QObject {
    Q_OBJECT

private slots:
    void bufferIsMeasuredLikeAFileOfIt()
    {
        const auto signal = toneWithRumble(4.0, -12.0, -18.0);
        QTemporaryDir dir;
        const std::filesystem::path path = dir.filePath(QStringLiteral("window.wav")).toStdString();
        WriteFormat format;
        format.type = FileType::Wav;
        format.encoding = SampleEncoding::Float32;
        format.sampleRateHz = kRateHz;
        format.channels = 2;
        auto writer = AudioFileWriter::create(path, format);
        QVERIFY(writer.ok());
        const Planar p = planar(signal);
        QVERIFY(writer.value()->write(p.pointers, p.frames));
        QVERIFY(writer.value()->close());

        auto fromFile = analyzeFile(path);
        auto fromBuffer = analyzeBuffer(p.pointers, p.frames, kRateHz, "window");
        QVERIFY(fromFile.ok());
        QVERIFY(fromBuffer.ok());
        const TrackProfile& f = fromFile.value();
        const TrackProfile& b = fromBuffer.value();
        QCOMPARE(b.file.format.frames, static_cast<std::int64_t>(p.frames));
        QVERIFY(f.loudness.integratedLufs && b.loudness.integratedLufs);
        QCOMPARE(*b.loudness.integratedLufs, *f.loudness.integratedLufs);
        QCOMPARE(*b.dynamics.peakDbfs, *f.dynamics.peakDbfs);
        for (std::size_t k = 0; k < kBandCount; ++k)
            QCOMPARE(b.spectrum.bands[k].share, f.spectrum.bands[k].share);
        // The rumble is there: most of the power below 60 Hz (40 Hz at -18 dBFS against the tone).
        QVERIFY2(b.spectrum.bands[0].share > 0.1, qPrintable(QString::number(b.spectrum.bands[0].share)));
    }

    void rumbleOnAVocalGetsAHighPass()
    {
        LiveSuggesterSettings settings;
        settings.trackType = "vocals";
        const auto round = suggestOn(toneWithRumble(10.0, -12.0, -18.0), settings);
        QVERIFY2(round.error.empty(), round.error.c_str());
        QCOMPARE(round.trackType, std::string("vocals"));
        QVERIFY2(std::fabs(round.windowS - 10.0) < 1e-9, qPrintable(QString::number(round.windowS)));
        const std::ptrdiff_t at = indexOf(round, "high_pass");
        QVERIFY2(at >= 0, qPrintable(rulesOf(round)));
        const Suggestion& hp = round.suggestions[static_cast<std::size_t>(at)];
        QVERIFY(hp.shown);
        // The corner sits above the rumble and below the voice's 220 Hz fundamental.
        const auto corner = hp.number("frequency_hz");
        QVERIFY(corner.has_value());
        QVERIFY2(*corner > 40.0 && *corner < 220.0, qPrintable(QString::number(*corner)));
        QCOMPARE(hp.target.tracks.front(), settings.trackName);
    }

    void cleanVocalGetsNoHighPass()
    {
        LiveSuggesterSettings settings;
        settings.trackType = "vocals";
        const auto round = suggestOn(toneWithRumble(10.0, -12.0, std::nullopt), settings);
        QVERIFY2(round.error.empty(), round.error.c_str());
        QVERIFY2(indexOf(round, "high_pass") < 0, qPrintable(rulesOf(round)));
    }

    void notUsefulRatingsMoveTheHighPassDown()
    {
        LiveSuggesterSettings settings;
        settings.trackType = "vocals";
        // Quiet, so the level rule also asks to raise it (priority 4, after the high-pass's 2).
        const auto signal = toneWithRumble(10.0, -36.0, -42.0);
        const auto before = suggestOn(signal, settings);
        const std::ptrdiff_t at = indexOf(before, "high_pass");
        QVERIFY2(at >= 0, qPrintable(rulesOf(before)));
        QVERIFY2(before.suggestions.size() >= 2, qPrintable(rulesOf(before)));
        const Suggestion& hp = before.suggestions[static_cast<std::size_t>(at)];

        LearnedModel learned;
        for (int i = 0; i < 3; ++i)
            learned.add("high_pass", "vocals", std::nullopt, hp.baseConfidence, Feedback::NotUseful);
        const auto after = suggestOn(signal, settings, learned);
        qInfo("before: %s", qPrintable(rulesOf(before)));
        qInfo("after 3 × not useful: %s", qPrintable(rulesOf(after)));
        const std::ptrdiff_t now = indexOf(after, "high_pass");
        QVERIFY2(now >= 0, qPrintable(rulesOf(before) + QStringLiteral(" → ") + rulesOf(after)));
        const Suggestion& hp2 = after.suggestions[static_cast<std::size_t>(now)];
        // Beta(0.75·4, 0.25·4) + 3 failures: mean 3 / 7 = 0.43.
        QVERIFY2(std::fabs(hp2.confidence - 3.0 / 7.0) < 1e-9, qPrintable(QString::number(hp2.confidence)));
        QVERIFY2(hp2.priority > hp.priority, qPrintable(rulesOf(after)));
        QVERIFY2(now > at, qPrintable(rulesOf(before) + QStringLiteral(" → ") + rulesOf(after)));
        // Ratings on vocals leave other types alone.
        settings.trackType = "guitar";
        const auto guitar = suggestOn(signal, settings, learned);
        for (const auto& s : guitar.suggestions)
            QVERIFY(s.personalisation.empty());
    }

    void roundsComeFromPushedAudioAndFollowTheType()
    {
        LiveSuggesterSettings settings;
        settings.trackType = "vocals";
        settings.windowS = 6.0;
        settings.intervalS = 2.0;
        settings.minWindowS = 3.0;
        LiveSuggester suggester(settings);
        suggester.prepare(2, kRateHz);
        LiveSuggestionRound round;
        QVERIFY(!suggester.latest(round));  // nothing before minWindowS of audio

        // 2 s of the clean tone, then 6 s with rumble, in the analysis thread's 1024-frame blocks:
        // the window (the last 6 s) then holds only rumble.
        auto signal = toneWithRumble(2.0, -12.0, std::nullopt);
        const auto rumble = toneWithRumble(6.0, -12.0, -18.0);
        signal.insert(signal.end(), rumble.begin(), rumble.end());
        for (std::size_t at = 0; at < signal.size(); at += 2048)
            suggester.push(signal.data() + at, std::min<std::size_t>(1024, (signal.size() - at) / 2));
        // A round every 2 s of audio once 3 s arrived (where the worker is when the pushes
        // arrive decides which): wait for one whose window ends at 6 s or later.
        for (int i = 0; i < 3000 && !(suggester.latest(round) && round.streamEndS > 5.9); ++i)
            QThread::msleep(20);
        QVERIFY2(round.streamEndS > 5.9 && round.streamEndS < 8.0 + 1e-9, qPrintable(QString::number(round.streamEndS)));
        QVERIFY2(std::fabs(round.windowS - 6.0) < 1e-9, qPrintable(QString::number(round.windowS)));
        QCOMPARE(round.droppedFrames, 0);
        QVERIFY2(indexOf(round, "high_pass") >= 0, qPrintable(rulesOf(round)));
        QVERIFY(suggester.rounds() >= 1);

        // Another type: a round on the same window without new audio.
        const std::int64_t last = round.round;
        suggester.setTrackType("bass");
        for (int i = 0; i < 3000 && !(suggester.latest(round) && round.trackType == "bass"); ++i)
            QThread::msleep(20);
        QCOMPARE(round.trackType, std::string("bass"));
        QVERIFY(round.round > last);
        QCOMPARE(suggester.trackType(), std::string("bass"));
        for (const auto& s : round.suggestions)
            QCOMPARE(s.trackType, std::string("bass"));
        suggester.stop();
        suggester.stop();  // twice is fine
    }
};

QTEST_GUILESS_MAIN(TestLiveSuggester)
#include "tst_livesuggester.moc"
