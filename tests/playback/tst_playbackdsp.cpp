// The playback engine's DSP without an audio server: filter designs against their analogue
// prototypes, the move processors measured on synthesised tones against their designs, the
// compressor's static curve, the move text, the stem reader (bit-exact pass-through,
// resampling that keeps time and pitch) and the region meter.
#include "playback/filterdesign.h"
#include "playback/listenplan.h"
#include "playback/move.h"
#include "playback/movedesign.h"
#include "playback/moveprocessor.h"
#include "playback/regionmeter.h"
#include "audio/sourcereader.h"
#include "testsignals.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace stemwise;
using namespace stemwise::core;

namespace {

constexpr double kRate = 48000.0;

// Steady-state gain in dB of `p` for a stereo sine at `frequencyHz` and peak `amplitude`:
// RMS of the output's last half over that of the input's.
double measuredGainDb(MoveProcessor& p, double frequencyHz, double amplitude, double seconds = 0.5)
{
    const auto frames = static_cast<std::size_t>(seconds * kRate);
    const auto x = test::sine(frequencyHz, amplitude, kRate, frames);
    std::vector<float> in(2 * frames);
    for (std::size_t i = 0; i < frames; ++i)
        in[2 * i] = in[2 * i + 1] = x[i];
    std::vector<float> out(2 * frames);
    p.process(in.data(), out.data(), frames);
    double si = 0.0;
    double so = 0.0;
    for (std::size_t i = frames / 2; i < frames; ++i) {
        si += static_cast<double>(in[2 * i]) * in[2 * i];
        so += static_cast<double>(out[2 * i]) * out[2 * i];
    }
    return 10.0 * std::log10(so / si);
}

MoveDesign design(const char* text)
{
    auto move = parseMove(text);
    if (!move)
        qFatal("%s: %s", text, move.error().message.c_str());
    auto d = designMove(move.value(), kRate);
    if (!d)
        qFatal("%s: %s", text, d.error().message.c_str());
    return d.value();
}

}  // namespace

class TestPlaybackDsp : public QObject {
    Q_OBJECT

private slots:
    void butterworthMatchesItsPrototype_data()
    {
        QTest::addColumn<bool>("highPass");
        QTest::addColumn<int>("order");
        for (int order = 1; order <= 8; ++order) {
            QTest::addRow("high-pass order %d", order) << true << order;
            QTest::addRow("low-pass order %d", order) << false << order;
        }
    }
    void butterworthMatchesItsPrototype()
    {
        // |H(f)|² = 1 / (1 + (f/fc)^(±2N)) on the pre-warped frequency axis: the bilinear
        // transform maps the analogue response exactly, at tan(π f / fs) / tan(π fc / fs).
        QFETCH(bool, highPass);
        QFETCH(int, order);
        const double fc = 1000.0;
        const FilterChainDesign chain = butterworth(highPass, order, fc, kRate);
        QCOMPARE(chain.count, static_cast<std::size_t>((order + 1) / 2));
        for (double f : {50.0, 250.0, 500.0, 1000.0, 2000.0, 4000.0, 12000.0}) {
            const double ratio = std::tan(std::numbers::pi * f / kRate) / std::tan(std::numbers::pi * fc / kRate);
            const double x = std::pow(highPass ? 1.0 / ratio : ratio, 2.0 * order);
            const double expected = -10.0 * std::log10(1.0 + x);
            const double got = chain.magnitudeDb(f, kRate);
            if (expected > -120.0)
                QVERIFY2(std::fabs(got - expected) < 0.01, qPrintable(QStringLiteral("%1 Hz: %2 dB, prototype %3 dB")
                                                                          .arg(f).arg(got).arg(expected)));
        }
        QVERIFY(std::fabs(chain.magnitudeDb(fc, kRate) + 3.0103) < 0.001);
    }

    void slopesOutsideTheTableAreErrors()
    {
        QVERIFY(butterworthOrder(24.0).ok());
        QCOMPARE(butterworthOrder(24.0).value(), 4);
        QVERIFY(!butterworthOrder(20.0).ok());
        QVERIFY(!butterworthOrder(54.0).ok());
        QVERIFY(!parseMove("filter=high_pass, frequency_hz=90, slope_db_per_oct=10").ok());
    }

    void bandSoloRejectsAnOctaveOutsideBy40Db()
    {
        for (const auto& [lo, hi] : {std::pair{500.0, 2000.0}, std::pair{4500.0, 10000.0}, std::pair{60.0, 250.0}}) {
            const FilterChainDesign band = bandPass(lo, hi, kRate);
            QVERIFY2(std::fabs(band.magnitudeDb(std::sqrt(lo * hi), kRate)) < 0.1, qPrintable(QString::number(lo)));
            QVERIFY2(band.magnitudeDb(lo / 2.0, kRate) < -40.0, qPrintable(QString::number(band.magnitudeDb(lo / 2.0, kRate))));
            QVERIFY2(band.magnitudeDb(hi * 2.0, kRate) < -40.0, qPrintable(QString::number(band.magnitudeDb(hi * 2.0, kRate))));
        }
        // The air band: its top edge is open at 48 kHz.
        QCOMPARE(bandPass(10000.0, 24000.0, kRate).count, std::size_t{4});
    }

    void moveTextReadsBothForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("set: line") << QStringLiteral("filter=high_pass, frequency_hz=90, slope_db_per_oct=24")
                                   << static_cast<int>(MoveKind::HighPass)
                                   << QStringLiteral("filter=high_pass, frequency_hz=90, slope_db_per_oct=24");
        QTest::newRow("json parameters") << QStringLiteral(R"({"filter":"bell","frequency_hz":310,"gain_db":-2.5,"q":1.4})")
                                         << static_cast<int>(MoveKind::Bell)
                                         << QStringLiteral("filter=bell, frequency_hz=310, gain_db=-2.5, q=1.4");
        QTest::newRow("whole suggestion") << QStringLiteral(R"({"type":"de-esser","title":"x","parameters":{"frequency_hz":7200,"range_db":5,"mode":"split_band"}})")
                                          << static_cast<int>(MoveKind::DeEsser)
                                          << QStringLiteral("type=de-esser, frequency_hz=7200, range_db=5");
        QTest::newRow("compressor") << QStringLiteral("threshold_db=-18; ratio=3; attack_ms=10; release_ms=120; knee_db=6; makeup_db=2")
                                    << static_cast<int>(MoveKind::Compressor)
                                    << QStringLiteral("threshold_db=-18, ratio=3, attack_ms=10, release_ms=120, knee_db=6, makeup_db=2");
        QTest::newRow("gain") << QStringLiteral("gain_db=-3") << static_cast<int>(MoveKind::Gain) << QStringLiteral("gain_db=-3");
        QTest::newRow("shelf default q") << QStringLiteral("filter=high_shelf, frequency_hz=8000, gain_db=2")
                                         << static_cast<int>(MoveKind::HighShelf)
                                         << QStringLiteral("filter=high_shelf, frequency_hz=8000, gain_db=2, q=0.707");
        QTest::newRow("mono below") << QStringLiteral("frequency_hz=120, width_percent=0") << static_cast<int>(MoveKind::MonoBelow)
                                    << QStringLiteral("frequency_hz=120, width_percent=0");
        QTest::newRow("polarity") << QStringLiteral("action=invert_one_channel_polarity")
                                  << static_cast<int>(MoveKind::InvertOneChannel)
                                  << QStringLiteral("action=invert_one_channel_polarity");
    }
    void moveTextReadsBothForms()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, canonical);
        auto move = parseMove(text.toStdString());
        QVERIFY2(move.ok(), move.ok() ? "" : move.error().message.c_str());
        QCOMPARE(static_cast<int>(move.value().kind), kind);
        QCOMPARE(QString::fromStdString(move.value().text()), canonical);
        auto again = parseMove(move.value().text());  // the canonical text reads back the same
        QVERIFY(again.ok());
        QCOMPARE(QString::fromStdString(again.value().text()), canonical);
    }

    void badMovesSayWhy()
    {
        const auto check = [](const char* text, const char* words) {
            auto m = parseMove(text);
            QVERIFY2(!m.ok(), text);
            QVERIFY2(m.error().message.find(words) != std::string::npos, m.error().message.c_str());
        };
        check("filter=notch, frequency_hz=100", "filter=notch");
        check("frequenzy_hz=100", "unknown parameter 'frequenzy_hz'");
        check("filter=bell, frequency_hz=100", "gain_db");
        check("key_input=Kick, threshold_db=-20, ratio=4", "keyed by another track ('Kick')");
        check("{\"filter\": ", "not valid JSON");
        check("", "empty");
        auto tooHigh = designMove(parseMove("filter=bell, frequency_hz=30000, gain_db=3").value(), kRate);
        QVERIFY(!tooHigh.ok());
        QVERIFY2(tooHigh.error().message.find("below 23520 Hz") != std::string::npos, tooHigh.error().message.c_str());
    }

    void moveFromASuggestion()
    {
        Suggestion s;
        s.type = SuggestionType::Filter;
        s.parameters = {{"filter", std::string("high_pass")}, {"frequency_hz", 80.0}, {"slope_db_per_oct", 18.0}};
        auto m = moveFromSuggestion(s);
        QVERIFY(m.ok());
        QCOMPARE(m.value().kind, MoveKind::HighPass);
        QCOMPARE(m.value().slopeDbPerOct, 18.0);
        s.type = SuggestionType::Compression;
        s.parameters = {{"threshold_db", -20.0}, {"ratio", 3.0}, {"attack_ms", 8.0}, {"release_ms", 150.0},
                        {"knee_db", 6.0}, {"makeup_db", 2.0}};
        m = moveFromSuggestion(s);
        QVERIFY(m.ok());
        QCOMPARE(m.value().kind, MoveKind::Compressor);
        s.type = SuggestionType::Gate;  // a side-chained duck (sessionrules: key_input)
        s.parameters = {{"key_input", std::string("Kick")}, {"threshold_db", -20.0}, {"ratio", 4.0}};
        QVERIFY(!moveFromSuggestion(s).ok());
        s.type = SuggestionType::Arrangement;
        s.parameters = {};
        QVERIFY(!moveFromSuggestion(s).ok());
    }

    void linearMovesMeasureAsDesigned_data()
    {
        // Each with the point its parameters promise: a Butterworth corner is −3.01 dB, a
        // bell's centre its gain, a cookbook shelf's corner half its gain.
        QTest::addColumn<QString>("move");
        QTest::addColumn<double>("probeHz");
        QTest::addColumn<double>("probeDb");
        QTest::newRow("high-pass 24") << QStringLiteral("filter=high_pass, frequency_hz=100, slope_db_per_oct=24") << 100.0 << -3.0103;
        QTest::newRow("high-pass 18") << QStringLiteral("filter=high_pass, frequency_hz=90, slope_db_per_oct=18") << 90.0 << -3.0103;
        QTest::newRow("low-pass 12") << QStringLiteral("filter=low_pass, frequency_hz=5000, slope_db_per_oct=12") << 5000.0 << -3.0103;
        QTest::newRow("bell cut") << QStringLiteral("filter=bell, frequency_hz=310, gain_db=-4.5, q=2") << 310.0 << -4.5;
        QTest::newRow("bell boost") << QStringLiteral("filter=bell, frequency_hz=2500, gain_db=6, q=1.4") << 2500.0 << 6.0;
        QTest::newRow("low shelf") << QStringLiteral("filter=low_shelf, frequency_hz=200, gain_db=4") << 200.0 << 2.0;
        QTest::newRow("high shelf") << QStringLiteral("filter=high_shelf, frequency_hz=6000, gain_db=-3, q=0.7") << 6000.0 << -1.5;
        QTest::newRow("gain") << QStringLiteral("gain_db=-3.5") << 1000.0 << -3.5;
    }
    void linearMovesMeasureAsDesigned()
    {
        QFETCH(QString, move);
        QFETCH(double, probeHz);
        QFETCH(double, probeDb);
        const MoveDesign d = design(move.toUtf8().constData());
        QVERIFY2(std::fabs(d.magnitudeDb(probeHz) - probeDb) < 0.005, qPrintable(QString::number(d.magnitudeDb(probeHz))));
        MoveProcessor p;
        for (double f : {40.0, 100.0, 310.0, 1000.0, 2500.0, 6000.0, 12000.0}) {
            p.set(d);
            const double expected = d.magnitudeDb(f);
            if (expected < -60.0)
                continue;
            const double got = measuredGainDb(p, f, 0.5);
            QVERIFY2(std::fabs(got - expected) < 0.05,
                     qPrintable(QStringLiteral("%1 Hz: %2 dB, designed %3 dB").arg(f).arg(got).arg(expected)));
        }
    }

    void compressorFollowsItsStaticCurve()
    {
        // Giannoulis et al.'s soft knee: below T − W/2 unity; above T + W/2 slope 1/R.
        const MoveDesign d = design("threshold_db=-20, ratio=4, attack_ms=5, release_ms=50, knee_db=6, makeup_db=3");
        const CompressorDesign& c = d.compressor;
        QCOMPARE(c.staticGainDb(-30.0), 0.0);
        QVERIFY(std::fabs(c.staticGainDb(-10.0) - (-20.0 + 10.0 / 4.0 + 10.0)) < 1e-12);
        QVERIFY(std::fabs(c.staticGainDb(-20.0) - (0.25 - 1.0) * 9.0 / 12.0) < 1e-12);  // mid-knee
        MoveProcessor p;
        for (double peakDb = -40.0; peakDb <= -1.0; peakDb += 3.0) {
            p.set(d);
            const double rmsDb = peakDb - 3.0103;  // the detector reads the sine's RMS
            const double expected = c.staticGainDb(rmsDb) + c.makeupDb;
            const double got = measuredGainDb(p, 1000.0, std::pow(10.0, peakDb / 20.0), 1.0);
            QVERIFY2(std::fabs(got - expected) < 0.1,
                     qPrintable(QStringLiteral("%1 dBFS: %2 dB, curve %3 dB").arg(peakDb).arg(got).arg(expected)));
        }
    }

    void deEsserTakesTheBandDownByItsRange()
    {
        const MoveDesign d = design("type=de-esser, frequency_hz=7000, range_db=6, threshold_db=-30");
        MoveProcessor p;
        // Loud sibilant tone: the band sits 17 dB over the threshold, held down by the range.
        p.set(d);
        QVERIFY(std::fabs(measuredGainDb(p, 7000.0, std::pow(10.0, -10.0 / 20.0)) + 6.0) < 0.05);
        // Quiet one: under the threshold, untouched.
        p.set(d);
        QVERIFY(std::fabs(measuredGainDb(p, 7000.0, std::pow(10.0, -40.0 / 20.0))) < 0.05);
        // A voice's fundamental, however loud, passes (its band share is under the threshold).
        p.set(d);
        QVERIFY(std::fabs(measuredGainDb(p, 300.0, std::pow(10.0, -10.0 / 20.0))) < 0.05);
        // Partial reduction follows the design: band at −27 dB RMS → 3 dB over → 3 dB down at f0.
        p.set(d);
        const double partial = measuredGainDb(p, 7000.0, std::pow(10.0, (-27.0 + 3.0103) / 20.0));
        QVERIFY2(std::fabs(partial - d.magnitudeDb(7000.0, 3.0)) < 0.1, qPrintable(QString::number(partial)));
        // Relative mode: a tone in the band is all band: it is 6 dB over (band − broadband
        // + 6 dB), so the range is the limit.
        const MoveDesign rel = design("type=de-esser, frequency_hz=7000, range_db=4");
        p.set(rel);
        QVERIFY(std::fabs(measuredGainDb(p, 7000.0, 0.1) + 4.0) < 0.05);
    }

    void monoBelowAndPolarity()
    {
        const MoveDesign d = design("frequency_hz=150, width_percent=0");
        MoveProcessor p;
        // A pure side signal (L = −R): gone below the frequency, kept above.
        for (double f : {40.0, 2000.0}) {
            p.set(d);
            const std::size_t frames = 24000;
            const auto x = test::sine(f, 0.5, kRate, frames);
            std::vector<float> in(2 * frames);
            std::vector<float> out(2 * frames);
            for (std::size_t i = 0; i < frames; ++i) {
                in[2 * i] = x[i];
                in[2 * i + 1] = -x[i];
            }
            p.process(in.data(), out.data(), frames);
            double si = 0.0, so = 0.0;
            for (std::size_t i = frames / 2; i < frames; ++i) {
                si += static_cast<double>(in[2 * i]) * in[2 * i];
                so += static_cast<double>(out[2 * i]) * out[2 * i];
            }
            const double got = 10.0 * std::log10(so / si + 1e-30);
            QVERIFY2(std::fabs(got - d.magnitudeDb(f)) < 0.1, qPrintable(QStringLiteral("%1 Hz: %2").arg(f).arg(got)));
        }
        QVERIFY(d.magnitudeDb(40.0) < -30.0);
        QVERIFY(std::fabs(d.magnitudeDb(2000.0)) < 0.1);
        const MoveDesign inv = design("action=invert_one_channel_polarity");
        p.set(inv);
        float frame[2] = {0.25f, 0.5f};
        p.process(frame, frame, 1);
        QCOMPARE(frame[0], 0.25f);
        QCOMPARE(frame[1], -0.5f);
    }

    void readerPassesSamplesBitExactFromAnyPosition()
    {
        QTemporaryDir dir;
        const auto path = std::filesystem::path(dir.filePath(QStringLiteral("noise-48000-2-float.wav")).toStdString());
        const test::Planar noise{test::whiteNoise(0.5, 48000, 1), test::whiteNoise(0.5, 48000, 2)};
        QCOMPARE(QString::fromStdString(test::writeAudio(path, noise, FileType::Wav, SampleEncoding::Float32)), QString());
        auto reader = SourceReader::open(path, kRate, 1024);
        QVERIFY(reader.ok());
        QVERIFY(!reader.value()->resampling());
        QVERIFY(reader.value()->seek(12345));
        std::vector<float> out(2 * 1024);
        for (std::size_t start = 12345; start < 48000; start += 1024) {
            QVERIFY(reader.value()->read(out.data(), 1024));
            for (std::size_t i = 0; i < 1024; ++i) {
                const std::size_t k = start + i;
                QCOMPARE(out[2 * i], k < 48000 ? noise[0][k] : 0.0f);  // silence past the end
                QCOMPARE(out[2 * i + 1], k < 48000 ? noise[1][k] : 0.0f);
            }
        }
        // A mono file plays on both channels.
        const auto mono = std::filesystem::path(dir.filePath(QStringLiteral("mono.wav")).toStdString());
        QVERIFY(test::writeAudio(mono, {noise[0]}, FileType::Wav, SampleEncoding::Float32).empty());
        auto m = SourceReader::open(mono, kRate, 1024);
        QVERIFY(m.ok());
        QVERIFY(m.value()->read(out.data(), 1024));
        for (std::size_t i = 0; i < 1024; ++i) {
            QCOMPARE(out[2 * i], noise[0][i]);
            QCOMPARE(out[2 * i + 1], noise[0][i]);
        }
    }

    void resamplingKeepsPitchLengthAndTime()
    {
        // 44.1 kHz: a 1 kHz sine whose amplitude steps at 0.5 s. Played at 48 kHz: the same
        // pitch, 48000/44100 as many frames, and the step at 0.5 s of output (aligned).
        QTemporaryDir dir;
        const auto path = std::filesystem::path(dir.filePath(QStringLiteral("sine-44100-1.wav")).toStdString());
        const std::size_t frames = 44100;
        auto x = test::sine(1000.0, 0.5, 44100.0, frames);
        for (std::size_t i = 22050; i < frames; ++i)
            x[i] *= 0.25f;
        QVERIFY(test::writeAudio(path, {x}, FileType::Wav, SampleEncoding::Float32, 44100.0).empty());
        auto reader = SourceReader::open(path, kRate, 1024);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->resampling());
        QCOMPARE(reader.value()->lengthFrames(), std::int64_t{48000});
        QVERIFY(reader.value()->seek(0));
        std::vector<float> all;
        std::vector<float> out(2 * 1024);
        while (all.size() < 2 * 50000) {
            QVERIFY(reader.value()->read(out.data(), 1024));
            all.insert(all.end(), out.begin(), out.end());
        }
        // Envelope: the step lands at 24000 ± 2 frames.
        const auto envelope = [&](std::size_t at) {
            double peak = 0.0;
            for (std::size_t i = at; i < at + 48; ++i)
                peak = std::max(peak, static_cast<double>(std::fabs(all[2 * i])));
            return peak;
        };
        QVERIFY(envelope(23900) > 0.45);
        QVERIFY(envelope(24060) < 0.14);
        std::size_t step = 0;
        for (std::size_t i = 23900; i < 24100; ++i)
            if (std::fabs(all[2 * i]) > 0.2)
                step = i;
        QVERIFY2(step >= 23975 && step <= 24002, qPrintable(QString::number(step)));
        // Pitch: zero crossings over 0.4 s.
        int crossings = 0;
        for (std::size_t i = 1000; i < 20200; ++i)
            crossings += (all[2 * (i - 1)] < 0.0f) != (all[2 * i] < 0.0f);
        QVERIFY2(std::abs(crossings - 800) <= 1, qPrintable(QString::number(crossings)));
        // The tail: silence after the resampled file's length.
        for (std::size_t i = 48100; i < 50000; ++i)
            QVERIFY(std::fabs(all[2 * i]) < 1e-6f);
    }

    void regionMeterReadsTheLoudnessOfTheSumAndOfTheMove()
    {
        // A 1 kHz stereo sine at -23 dBFS reads -23.0 LUFS (EBU Tech 3341 case 1); two
        // uncorrelated noises sum in power; a -6 dB gain move reads 6 LU less.
        QTemporaryDir dir;
        const auto sinePath = std::filesystem::path(dir.filePath(QStringLiteral("sine.wav")).toStdString());
        const auto a = std::pow(10.0, -23.0 / 20.0);
        const auto s = test::sine(1000.0, a, kRate, 5 * 48000);
        QVERIFY(test::writeAudio(sinePath, {s, s}, FileType::Wav, SampleEncoding::Float32).empty());
        RegionRequest q;
        q.startS = 1.0;
        q.endS = 4.0;
        q.sources = {{sinePath, 0, 1.0f}, {sinePath, 1, 0.5f}};
        q.slotCount = 2;
        q.previewOn = RegionRequest::PreviewOn::Source;
        q.previewSource = 0;
        q.previewSlot = 0;
        q.preview = design("gain_db=-6");
        auto meter = RegionMeter::start(q);
        QVERIFY(meter.ok());
        while (!meter.value()->step()) {
        }
        const auto lufs = meter.value()->slotLufs();
        QCOMPARE(lufs.size(), std::size_t{2});
        // EBU Tech 3341's tolerance for case 1 is ±0.1 LU; the gains are exact differences.
        QVERIFY2(std::fabs(*lufs[0] + 23.0) < 0.1, qPrintable(QString::number(*lufs[0])));
        QVERIFY2(std::fabs(*lufs[1] - *lufs[0] + 6.0206) < 0.01, qPrintable(QString::number(*lufs[1])));
        QCOMPARE(*meter.value()->previewWithoutLufs(), *lufs[0]);
        QVERIFY(std::fabs(*meter.value()->previewWithLufs() - *lufs[0] + 6.0) < 0.01);
        q.endS = q.startS;
        QVERIFY(!RegionMeter::start(q).ok());
    }

    void listenPlansPlayWhereTheEvidenceIsStrongest()
    {
        // 30 one-second intervals; the vocal's highs are loud from 12 s to 19 s, the bass and
        // the vocal both loud in the low mids from 20 s to 27 s (each alone loud elsewhere).
        TrackProfile vox;
        vox.name = "Vox";
        vox.file.format = {48000.0, 2, 30 * 48000};
        vox.spectrum.bandActivity.intervalS = 1.0;
        for (auto& band : vox.spectrum.bandActivity.levelDb)
            band.assign(30, -60.0);
        TrackProfile bass = vox;
        bass.name = "Bass";
        for (int i = 12; i < 20; ++i)
            vox.spectrum.bandActivity.levelDb[5][static_cast<std::size_t>(i)] = -20.0;
        for (int i = 0; i < 30; ++i) {
            vox.spectrum.bandActivity.levelDb[2][static_cast<std::size_t>(i)] = i >= 20 && i < 28 ? -15.0 : i < 8 ? -10.0 : -60.0;
            bass.spectrum.bandActivity.levelDb[2][static_cast<std::size_t>(i)] = i >= 8 ? -15.0 : -60.0;
        }
        QCOMPARE(loudestWindowStartS(vox.spectrum.bandActivity.levelDb[5], 1.0, 8.0), 12.0);

        Suggestion deEss;
        deEss.type = SuggestionType::DeEsser;
        deEss.target.tracks = {"Vox"};
        const ListenPlan sibilance = listenPlanFor(deEss, {&vox, &bass});
        QCOMPARE(sibilance.tracks, std::vector<std::string>{"Vox"});
        QVERIFY(sibilance.bandHz && sibilance.bandHz->first == 4500.0 && sibilance.bandHz->second == 10000.0);
        QCOMPARE(sibilance.startS, 12.0);
        QCOMPARE(sibilance.endS, 20.0);

        Suggestion masking;
        masking.type = SuggestionType::Eq;
        masking.target.kind = SuggestionTarget::Kind::Pair;
        masking.target.tracks = {"Bass", "Vox"};
        masking.evidence = {{"overlap_low_hz", 250.0, "Hz", ""}, {"overlap_high_hz", 500.0, "Hz", ""}};
        const ListenPlan both = listenPlanFor(masking, {&vox, &bass});
        QCOMPARE(both.tracks.size(), std::size_t{2});
        QVERIFY(both.bandHz && both.bandHz->first == 250.0 && both.bandHz->second == 500.0);
        QCOMPARE(both.startS, 20.0);  // not 0–8 s, where only the vocal plays

        Suggestion cut;
        cut.type = SuggestionType::Eq;
        cut.target.tracks = {"Vox"};
        cut.parameters = {{"filter", std::string("bell")}, {"frequency_hz", 7000.0}, {"gain_db", -3.0}, {"q", 2.0}};
        const ListenPlan bell = listenPlanFor(cut, {&vox, &bass});
        QVERIFY(bell.bandHz && std::fabs(bell.bandHz->first - 7000.0 / std::sqrt(2.0)) < 1e-9);
        QCOMPARE(bell.startS, 12.0);

        TrackIssue phase;
        phase.code = "phase_correlation";
        QCOMPARE(listenPlanFor(phase, vox).listen, ListenMode::Mono);
    }
};

QTEST_GUILESS_MAIN(TestPlaybackDsp)
#include "tst_playbackdsp.moc"
