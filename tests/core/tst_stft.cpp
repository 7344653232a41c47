// The shared STFT: framing (centred frames, count, zero padding), scaling (a sine reads its
// amplitude squared on its bin), and agreement with a slow direct DFT on random input.
#include "testsignals.h"

#include "analysis/analyzer.h"
#include "analysis/trackanalysis.h"
#include "dsp/stft.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <numbers>

using namespace stemwise;

class TestStft : public QObject {
    Q_OBJECT
private slots:
    void sineOnABinReadsItsAmplitudeSquared();
    void framesAreCentredAndCountedToTheEnd();
    void matchesADirectDftOnRandomInput();
    void geometryFollowsTheSampleRate();
};

void TestStft::sineOnABinReadsItsAmplitudeSquared()
{
    const core::StftGeometry g{2048, 512, 48000.0};
    const double binHz = g.binHz();
    const auto x = test::sine(100 * binHz, 0.5, g.sampleRateHz, 48000);
    double peak = 0.0;
    int frames = 0;
    core::Stft stft(g, [&](const core::SpectrumFrame& f) {
        if (f.index < 4 || f.index > 85)
            return;  // frames that overlap the zero padding
        peak = std::max(peak, static_cast<double>(f.power[100]));
        QVERIFY(std::abs(f.magnitude[100] - 0.5f) < 1e-3f);
        ++frames;
    });
    stft.push(x.data(), x.size());
    stft.finish();
    QVERIFY(frames > 70);
    QVERIFY(std::abs(peak - 0.25) < 1e-3);
}

void TestStft::framesAreCentredAndCountedToTheEnd()
{
    const core::StftGeometry g{1024, 256, 8000.0};
    // An impulse at sample 2560 = frame 10's centre: frame 10 has it in the middle of its samples.
    std::vector<float> x(5000, 0.0f);
    x[2560] = 1.0f;
    std::vector<std::int64_t> indices;
    core::Stft stft(g, [&](const core::SpectrumFrame& f) {
        indices.push_back(f.index);
        if (f.index == 10)
            QCOMPARE(f.samples[512], 1.0f);
        QCOMPARE(f.timeS, static_cast<double>(f.index) * 256 / 8000.0);
    });
    // Pushed in uneven pieces: framing must not depend on the block size.
    for (std::size_t at = 0; at < x.size(); at += 777)
        stft.push(x.data() + at, std::min<std::size_t>(777, x.size() - at));
    stft.finish();
    // Every frame whose centre lies in the signal: ceil(5000 / 256) = 20.
    QCOMPARE(static_cast<int>(indices.size()), 20);
    for (std::size_t i = 0; i < indices.size(); ++i)
        QCOMPARE(indices[i], static_cast<std::int64_t>(i));
}

void TestStft::matchesADirectDftOnRandomInput()
{
    const core::StftGeometry g{256, 64, 1000.0};
    const auto x = test::whiteNoise(1.0, 256, 42);
    std::vector<float> power;
    core::Stft stft(g, [&](const core::SpectrumFrame& f) {
        if (f.index == 2)  // centred on sample 128: holds exactly x[0..255]
            power.assign(f.power.begin(), f.power.end());
    });
    stft.push(x.data(), x.size());
    stft.finish();
    QCOMPARE(power.size(), std::size_t{129});
    double windowSum = 0.0;
    for (int n = 0; n < 256; ++n)
        windowSum += 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * n / 256);
    for (int k = 0; k < 129; k += 7) {
        std::complex<double> sum;
        for (int n = 0; n < 256; ++n) {
            const double w = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * n / 256);
            sum += x[static_cast<std::size_t>(n)] * w * std::polar(1.0, -2.0 * std::numbers::pi * k * n / 256);
        }
        const double expected = std::norm(sum * (2.0 / windowSum));
        QVERIFY2(std::abs(power[static_cast<std::size_t>(k)] - expected) < 1e-4 * (1.0 + expected),
                 qPrintable(QStringLiteral("bin %1: %2 vs %3").arg(k).arg(power[static_cast<std::size_t>(k)]).arg(expected)));
    }
}

void TestStft::geometryFollowsTheSampleRate()
{
    QCOMPARE(core::makeAnalysisContext({44100.0, 2, 0}).shortStft.hop, 512);
    QCOMPARE(core::makeAnalysisContext({48000.0, 2, 0}).shortStft.hop, 512);
    QCOMPARE(core::makeAnalysisContext({96000.0, 2, 0}).shortStft.hop, 1024);
    QCOMPARE(core::makeAnalysisContext({22050.0, 2, 0}).shortStft.hop, 256);
    QCOMPARE(core::makeAnalysisContext({48000.0, 2, 0}).longStft.fftSize, 16384);
}

QTEST_GUILESS_MAIN(TestStft)
#include "tst_stft.moc"
