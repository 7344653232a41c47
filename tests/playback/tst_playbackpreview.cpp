// End-to-end tests of the playback engine's previews against a real audio server (as
// tst_playbackengine, with which it shares enginerun.h): each move's preview, the band solo
// and the listen modes measured on what the engine played into a private JACK server, against
// the designs (movedesign.h) and signals whose answer is known by construction.
#include "playback/movedesign.h"
#include "playback/playbackengine.h"
#include "enginerun.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace stemwise;
using namespace stemwise::core;
using test::jackConfig;
using test::src;
using test::steppedTones;
using test::Stereo;
using test::write;

namespace {
constexpr double kRate = test::kEngineRate;
}  // namespace

class TestPlaybackPreview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        if (!m_bench.start(&error))
            QFAIL(qPrintable(QStringLiteral("cannot run a JACK server here: ") + error));
        const test::Planar noiseA{test::whiteNoise(0.25, 3 * 48000, 1), test::whiteNoise(0.25, 3 * 48000, 2)};
        QCOMPARE(QString::fromStdString(write(path("noise-a.wav"), noiseA)), QString());
    }

    void bandSoloRejectsToneOutsideTheBand()
    {
        // Band 500 Hz – 2 kHz: 1 kHz passes (within 0.5 dB); 250 Hz and 4 kHz, an octave
        // outside, lose at least 40 dB (the design: about 51 dB).
        const QString file = path("band-tones.wav");
        const auto tones = steppedTones({{1000.0, 0.5}, {250.0, 0.5}, {4000.0, 0.5}}, 0.5);
        QVERIFY(write(file, tones).empty());
        Run run;
        QVERIFY(capture({src(file)}, run, [](PlaybackEngine& e) { e.setBand(std::pair{500.0, 2000.0}); }));
        const double in = 20.0 * std::log10(0.5 / std::sqrt(2.0));
        const auto seg = [&](int i) {
            const std::size_t from = run.onset + static_cast<std::size_t>(i) * 24000 + 9600;
            return test::rmsDb(run.capture, 0, from, from + 12000) - in;
        };
        QVERIFY2(std::fabs(seg(0)) < 0.5, qPrintable(QString::number(seg(0))));
        QVERIFY2(seg(1) < -40.0, qPrintable(QString::number(seg(1))));
        QVERIFY2(seg(2) < -40.0, qPrintable(QString::number(seg(2))));
    }

    void midSideAndMonoOnAKnownStereoSignal()
    {
        // L = s1 + s2, R = s1 − s2: the mid is s1 (440 Hz), the side s2 (1500 Hz).
        const std::size_t n = 48000;
        const auto s1 = test::sine(440.0, 0.3, kRate, n, 0.5);  // no zero first sample: the onset is frame 0
        const auto s2 = test::sine(1500.0, 0.2, kRate, n, 0.7);
        std::vector<float> l(n);
        std::vector<float> r(n);
        for (std::size_t i = 0; i < n; ++i) {
            l[i] = s1[i] + s2[i];
            r[i] = s1[i] - s2[i];
        }
        const QString file = path("mid-side.wav");
        QVERIFY(write(file, {l, r}).empty());
        for (const auto mode : {ListenMode::Mid, ListenMode::Side, ListenMode::Mono}) {
            Run run;
            QVERIFY(capture({src(file)}, run, [mode](PlaybackEngine& e) { e.setListenMode(mode); }));
            const auto& expected = mode == ListenMode::Side ? s2 : s1;
            double worst = 0.0;
            for (std::size_t k = 0; k < n; ++k)
                for (int c = 0; c < 2; ++c)
                    worst = std::max(worst, std::fabs(static_cast<double>(run.capture.samples[2 * (run.onset + k) + static_cast<std::size_t>(c)]) - expected[k]));
            QVERIFY2(worst < 1e-6, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(listenModeName(mode))).arg(worst)));
        }
    }

    void eachPreviewMeasuresAsDesigned_data()
    {
        QTest::addColumn<QString>("move");
        QTest::newRow("high-pass 90 Hz 24 dB/oct") << QStringLiteral("filter=high_pass, frequency_hz=90, slope_db_per_oct=24");
        QTest::newRow("high-pass 150 Hz 12 dB/oct") << QStringLiteral("filter=high_pass, frequency_hz=150, slope_db_per_oct=12");
        QTest::newRow("low-pass 8 kHz 18 dB/oct") << QStringLiteral("filter=low_pass, frequency_hz=8000, slope_db_per_oct=18");
        QTest::newRow("bell -4.5 dB at 310 Hz") << QStringLiteral("filter=bell, frequency_hz=310, gain_db=-4.5, q=1.4");
        QTest::newRow("bell +6 dB at 3 kHz") << QStringLiteral("filter=bell, frequency_hz=3000, gain_db=6, q=2");
        QTest::newRow("low shelf +4 dB") << QStringLiteral("filter=low_shelf, frequency_hz=200, gain_db=4");
        QTest::newRow("high shelf +2.5 dB") << QStringLiteral("filter=high_shelf, frequency_hz=6000, gain_db=2.5, q=0.7");
        QTest::newRow("gain -3 dB") << QStringLiteral("gain_db=-3");
    }
    void eachPreviewMeasuresAsDesigned()
    {
        // A stepped sine (0.2 s per tone, 30 Hz – 16 kHz) through the preview on the stem,
        // unmatched: each tone's level in the capture over the file's is the move's response;
        // it matches the design within 0.5 dB wherever the design passes more than −30 dB.
        QFETCH(QString, move);
        const std::vector<double> freqs{30, 50, 70, 90, 120, 150, 200, 310, 500, 800, 1200, 2000, 3000, 4500, 6000, 8000, 11000, 16000};
        std::vector<std::pair<double, double>> tones;
        for (double f : freqs)
            tones.emplace_back(f, 0.25);
        const QString file = path("stepped-sine.wav");
        if (!QFile::exists(file))
            QVERIFY(write(file, steppedTones(tones, 0.2)).empty());
        const auto parsed = parseMove(move.toStdString());
        QVERIFY(parsed.ok());
        const auto design = designMove(parsed.value(), kRate);
        QVERIFY(design.ok());
        Run run;
        QVERIFY(capture({src(file)}, run, [&](PlaybackEngine& e) { QVERIFY(e.setPreview(0, parsed.value()).ok()); }));
        const double in = 20.0 * std::log10(0.25 / std::sqrt(2.0));
        for (std::size_t i = 0; i < freqs.size(); ++i) {
            const double expected = design.value().magnitudeDb(freqs[i]);
            const std::size_t from = run.onset + i * 9600 + 4800;  // the last 0.1 s of each tone
            const double got = test::rmsDb(run.capture, 0, from, from + 4800) - in;
            if (expected > -30.0)
                QVERIFY2(std::fabs(got - expected) < 0.5,
                         qPrintable(QStringLiteral("%1 Hz: %2 dB, designed %3 dB").arg(freqs[i]).arg(got).arg(expected)));
            else
                QVERIFY2(got < -25.0, qPrintable(QStringLiteral("%1 Hz: %2 dB in the stop band").arg(freqs[i]).arg(got)));
        }
    }

    void deEsserAndCompressorFollowTheirDesigns()
    {
        // The de-esser (7 kHz, threshold −30 dB, range 6 dB): a loud 7 kHz tone loses its
        // range; a quiet one and a loud 300 Hz one pass.
        {
            const QString file = path("de-esser-tones.wav");
            QVERIFY(write(file, steppedTones({{7000.0, std::pow(10.0, -10.0 / 20.0)},
                                              {7000.0, std::pow(10.0, -40.0 / 20.0)},
                                              {300.0, std::pow(10.0, -10.0 / 20.0)}},
                                             0.5))
                        .empty());
            const Move m = parseMove("type=de-esser, frequency_hz=7000, range_db=6, threshold_db=-30").value();
            Run run;
            QVERIFY(capture({src(file)}, run, [&](PlaybackEngine& e) { QVERIFY(e.setPreview(0, m).ok()); }));
            const double expected[] = {-6.0, 0.0, 0.0};
            const double levels[] = {-10.0, -40.0, -10.0};
            for (int i = 0; i < 3; ++i) {
                const std::size_t from = run.onset + static_cast<std::size_t>(i) * 24000 + 12000;
                const double got = test::rmsDb(run.capture, 0, from, from + 9600) - (levels[i] - 3.0103);
                QVERIFY2(std::fabs(got - expected[i]) < 0.5, qPrintable(QStringLiteral("tone %1: %2 dB").arg(i).arg(got)));
            }
        }
        // The compressor's static curve (threshold −20 dB, 4:1, knee 6 dB, make-up 3 dB): a
        // 1 kHz sine stepping up from −40 to −1 dBFS, 0.4 s a step; each step's settled gain
        // is the curve's at the detector's level (the sine's RMS) within 0.5 dB.
        {
            std::vector<std::pair<double, double>> steps;
            for (double db = -40.0; db <= -1.0; db += 3.0)
                steps.emplace_back(1000.0, std::pow(10.0, db / 20.0));
            const QString file = path("compressor-steps.wav");
            QVERIFY(write(file, steppedTones(steps, 0.4)).empty());
            const Move m = parseMove("threshold_db=-20, ratio=4, attack_ms=5, release_ms=80, knee_db=6, makeup_db=3").value();
            const MoveDesign d = designMove(m, kRate).value();
            Run run;
            QVERIFY(capture({src(file)}, run, [&](PlaybackEngine& e) { QVERIFY(e.setPreview(0, m).ok()); }));
            for (std::size_t i = 0; i < steps.size(); ++i) {
                const double inRms = 20.0 * std::log10(steps[i].second) - 3.0103;
                const std::size_t from = run.onset + i * 19200 + 9600;
                const double got = test::rmsDb(run.capture, 0, from, from + 9600) - inRms;
                const double expected = d.compressor.staticGainDb(inRms) + d.compressor.makeupDb;
                QVERIFY2(std::fabs(got - expected) < 0.5,
                         qPrintable(QStringLiteral("%1 dB RMS in: gain %2 dB, curve %3 dB").arg(inRms).arg(got).arg(expected)));
            }
        }
    }

    void previewWithAndWithoutIsLoudnessMatched()
    {
        // A −6 dB cut previewed with matching: the reader thread measures the region with and
        // without the move and the "with" side plays 6 dB up, so both read the same loudness.
        const Move cut = parseMove("gain_db=-6").value();
        Run run;
        QVERIFY(capture({src(path("noise-a.wav"))}, run, [&](PlaybackEngine& e) {
            QVERIFY(e.setPreview(0, cut).ok());
            e.measureRegion(0.0, 3.0);
            for (int i = 0; i < 300 && std::fabs(e.status().previewMatchDb - 6.0) > 0.05; ++i)
                QThread::msleep(10);
        }, [done = false](PlaybackEngine& e, double) mutable {
            if (e.status().framesPlayed > 1.5 * 48000 && !done) {  // frames, not wall time (see loops…)
                e.setPreviewEnabled(false);
                done = true;
            }
        }));
        QVERIFY2(std::fabs(run.status.previewMatchDb - 6.0) < 0.05, qPrintable(QString::number(run.status.previewMatchDb)));
        const auto with = test::integratedLufs(run.capture, kRate, run.onset + 4800, run.onset + 60000);
        const auto without = test::integratedLufs(run.capture, kRate, run.onset + 96000, run.onset + 3 * 48000);
        QVERIFY(with && without);
        QVERIFY2(std::fabs(*with - *without) < 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(*with).arg(*without)));
    }

private:
    using Run = test::EngineRun;

    QString path(const QString& name) const { return m_bench.path(name); }
    QString path(const char* name) const { return m_bench.path(name); }
    bool capture(const std::vector<PlaybackSource>& sources, Run& run, const test::EngineBench::Setup& setup = {},
                 const test::EngineBench::During& during = {}, double maxS = test::EngineBench::kUntilTheEnd)
    {
        return m_bench.capture(sources, run, setup, during, maxS);
    }

    test::EngineBench m_bench;
};

QTEST_GUILESS_MAIN(TestPlaybackPreview)
#include "tst_playbackpreview.moc"
