// The demo session: deterministic, in the promised format, and with the musical content its
// spec claims (tests of tempo, pitch and key detection rely on these facts).
#include "testsignals.h"

#include "audio/audiofilereader.h"
#include "demo/demosession.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stemwise;

namespace {

double peakDbfs(const test::Planar& x)
{
    float peak = 0;
    for (const auto& ch : x)
        for (float v : ch)
            peak = std::max(peak, std::abs(v));
    return 20.0 * std::log10(peak);
}

// Period of the strongest autocorrelation peak between minLag and maxLag (samples).
double autocorrelationPeriod(const std::vector<float>& x, std::size_t start, std::size_t length,
                             std::size_t minLag, std::size_t maxLag)
{
    double best = -1e300;
    std::size_t bestLag = minLag;
    std::vector<double> r(maxLag + 2, 0.0);
    for (std::size_t lag = minLag - 1; lag <= maxLag + 1; ++lag) {
        double s = 0;
        for (std::size_t i = 0; i < length; ++i)
            s += static_cast<double>(x[start + i]) * x[start + i + lag];
        r[lag] = s;
    }
    for (std::size_t lag = minLag; lag <= maxLag; ++lag) {
        if (r[lag] > best) {
            best = r[lag];
            bestLag = lag;
        }
    }
    // Parabolic interpolation around the peak for sub-sample precision.
    const double a = r[bestLag - 1], b = r[bestLag], c = r[bestLag + 1];
    const double denom = a - 2 * b + c;
    return static_cast<double>(bestLag) + (denom != 0 ? 0.5 * (a - c) / denom : 0.0);
}

}  // namespace

class TestDemoSession : public QObject {
    Q_OBJECT
private slots:
    void synthesisIsDeterministic();
    void writesFiveStemsAs48kHz24BitWav();
    void keepsFilesOfTheSameRecipe();
    void stemsPeakAtTheirSpecifiedLevel();
    void kickHitsOnEveryBeat();
    void vocalSingsTheMelodyPitches();
};

void TestDemoSession::synthesisIsDeterministic()
{
    // The stems that use noise (hats, vocal breath and sibilance) are the ones at risk.
    for (std::size_t i : {2u, 4u})
        QVERIFY(core::synthesizeDemoStem(i) == core::synthesizeDemoStem(i));
}

void TestDemoSession::writesFiveStemsAs48kHz24BitWav()
{
    QTemporaryDir dir;
    const auto written = core::writeDemoSession(dir.path().toStdString());
    QVERIFY(written.ok());
    const auto& spec = core::demoSessionSpec();
    QCOMPARE(written.value().size(), spec.stems.size());
    QCOMPARE(spec.durationS(), 24.0);
    for (std::size_t i = 0; i < spec.stems.size(); ++i) {
        auto info = core::probeAudioFile(written.value()[i]);
        QVERIFY(info.ok());
        QCOMPARE(QString::fromStdString(written.value()[i].filename().string()),
                 QString::fromStdString(spec.stems[i].name + ".wav"));
        QCOMPARE(info.value().format.sampleRateHz, 48000.0);
        QCOMPARE(QString::fromStdString(info.value().encoding), QStringLiteral("PCM_24"));
        QCOMPARE(info.value().format.channels, spec.stems[i].channels);
        QCOMPARE(info.value().format.frames, std::int64_t{24 * 48000});
    }
}

void TestDemoSession::keepsFilesOfTheSameRecipe()
{
    QTemporaryDir dir;
    const auto first = core::writeDemoSession(dir.path().toStdString());
    QVERIFY(first.ok());
    const auto stamp = std::filesystem::last_write_time(first.value()[0]);
    int progressCalls = 0;
    const auto second = core::writeDemoSession(dir.path().toStdString(), [&](int done, int total) {
        ++progressCalls;
        QCOMPARE(done, total);
    });
    QVERIFY(second.ok());
    QCOMPARE(std::filesystem::last_write_time(second.value()[0]), stamp);
    QCOMPARE(progressCalls, 1);
}

void TestDemoSession::stemsPeakAtTheirSpecifiedLevel()
{
    const auto& spec = core::demoSessionSpec();
    for (std::size_t i = 0; i < spec.stems.size(); ++i)
        QVERIFY(std::abs(peakDbfs(core::synthesizeDemoStem(i)) - spec.stems[i].peakDbfs) < 0.01);
}

void TestDemoSession::kickHitsOnEveryBeat()
{
    const auto& spec = core::demoSessionSpec();
    const auto kick = core::synthesizeDemoStem(0)[0];
    const auto beat = static_cast<std::size_t>(60.0 / spec.tempoBpm * spec.sampleRateHz);
    const std::size_t beats = kick.size() / beat;
    QCOMPARE(beats, std::size_t{48});
    for (std::size_t b = 0; b < beats; ++b) {
        // The first sample above -20 dBFS in each beat is within 1 ms of the beat.
        std::size_t first = beat;
        for (std::size_t i = 0; i < beat; ++i) {
            if (std::abs(kick[b * beat + i]) > 0.1f) {
                first = i;
                break;
            }
        }
        QVERIFY2(first < 48, qPrintable(QStringLiteral("beat %1 starts %2 samples late").arg(b).arg(first)));
    }
}

void TestDemoSession::vocalSingsTheMelodyPitches()
{
    const auto& spec = core::demoSessionSpec();
    const auto vocal = core::synthesizeDemoStem(2)[0];
    const auto melody = core::demoVocalMelodyHz();
    const auto beat = static_cast<std::size_t>(60.0 / spec.tempoBpm * spec.sampleRateHz);
    for (std::size_t b = 0; b < 16; ++b) {
        if (melody[b] <= 0) {
            QVERIFY(std::abs(vocal[b * beat + beat / 2]) < 0.01f);  // a rest is (nearly) silent
            continue;
        }
        const double expectedLag = spec.sampleRateHz / melody[b];
        const double lag = autocorrelationPeriod(vocal, b * beat + beat / 4, 2048,
                                                 static_cast<std::size_t>(expectedLag * 0.8),
                                                 static_cast<std::size_t>(expectedLag * 1.2));
        const double f0 = spec.sampleRateHz / lag;
        // Vibrato spans ±30 cents (±1.75 %); the analysis window averages over part of it.
        QVERIFY2(std::abs(f0 / melody[b] - 1.0) < 0.02,
                 qPrintable(QStringLiteral("beat %1: %2 Hz, expected %3 Hz").arg(b).arg(f0).arg(melody[b])));
    }
}

QTEST_GUILESS_MAIN(TestDemoSession)
#include "tst_demosession.moc"
