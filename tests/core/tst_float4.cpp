// The vectorised loops of dsp/float4.h against plain scalar loops in double, on random data
// of every length around the vector width (the tails are where such loops go wrong), with
// unaligned starts.
#include "dsp/float4.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <vector>

using namespace stemwise;

namespace {

std::vector<float> randomValues(std::size_t n, std::uint32_t seed)
{
    std::vector<float> v(n);
    for (float& x : v) {
        seed = seed * 1664525u + 1013904223u;
        x = static_cast<float>(seed >> 8) / 8388608.0f - 1.0f;  // [-1, 1)
    }
    return v;
}

}  // namespace

class TestFloat4 : public QObject {
    Q_OBJECT
private slots:
    void matchScalarLoopsAtEveryLength();
    void dotProductOfAnImpulseIsTheTap();
};

void TestFloat4::matchScalarLoopsAtEveryLength()
{
    for (std::size_t n = 0; n <= 40; ++n) {
        for (std::size_t offset = 0; offset < 3; ++offset) {
            const auto a = randomValues(n + offset, static_cast<std::uint32_t>(17 * n + offset + 1));
            const auto b = randomValues(n + offset, static_cast<std::uint32_t>(31 * n + offset + 7));
            const auto c = randomValues(n + offset, static_cast<std::uint32_t>(43 * n + offset + 3));
            const float* x = a.data() + offset;
            const float* y = b.data() + offset;
            const float* taps = c.data() + offset;
            double dotX = 0.0, dotY = 0.0, sum = 0.0, squares = 0.0, peak = 0.0;
            for (std::size_t i = 0; i < n; ++i) {
                dotX += static_cast<double>(taps[i]) * x[i];
                dotY += static_cast<double>(taps[i]) * y[i];
                sum += x[i];
                squares += static_cast<double>(x[i]) * x[i];
                peak = std::max(peak, std::fabs(static_cast<double>(x[i])));
            }
            const QString where = QStringLiteral("n=%1 offset=%2").arg(n).arg(offset);
            float gotX = 1.0f, gotY = 1.0f;
            core::dotProduct2(taps, x, y, n, gotX, gotY);
            QVERIFY2(std::fabs(gotX - dotX) < 1e-5, qPrintable(where));
            QVERIFY2(std::fabs(gotY - dotY) < 1e-5, qPrintable(where));
            QVERIFY2(std::fabs(core::sumOf(x, n) - sum) < 1e-5, qPrintable(where));
            QCOMPARE(static_cast<double>(core::maxAbs(x, n)), peak);
            const core::PeakAndSums s = core::peakAndSums(x, n);
            QCOMPARE(static_cast<double>(s.peak), peak);
            QVERIFY2(std::fabs(s.sum - sum) < 1e-12, qPrintable(where));
            QVERIFY2(std::fabs(s.sumSquares - squares) < 1e-12, qPrintable(where));
        }
    }
}

void TestFloat4::dotProductOfAnImpulseIsTheTap()
{
    // The FIR use: a unit impulse at i reads back tap i exactly, in the vector body and tail.
    const auto taps = randomValues(167, 5);
    for (std::size_t i = 0; i < taps.size(); ++i) {
        std::vector<float> x(taps.size(), 0.0f), y(taps.size(), 0.0f);
        x[i] = 1.0f;
        y[taps.size() - 1 - i] = -1.0f;
        float gotX = 0.0f, gotY = 0.0f;
        core::dotProduct2(taps.data(), x.data(), y.data(), taps.size(), gotX, gotY);
        QCOMPARE(gotX, taps[i]);
        QCOMPARE(gotY, -taps[taps.size() - 1 - i]);
    }
}

QTEST_GUILESS_MAIN(TestFloat4)
#include "tst_float4.moc"
