// The oscillators by recurrence of dsp/oscillator.h against the slow, obvious std::sin and
// std::cos they replace: a phasor over the demo's 24 s at 48 kHz (1,152,000 rotations, the
// longest run the demo makes) at low and high frequencies and odd start phases, started at a
// later sample of a time line, and the Chebyshev harmonic sum against one std::sin a harmonic
// on seeded random angles.
#include "dsp/oscillator.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>
#include <vector>

using namespace stemwise;

namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

// The worst |error| of a phasor against the cosine and sine of the same phase over `frames`,
// the reference phase in long double (64-bit mantissa) so that its own rounding is not what
// is measured.
double worstPhasorError(double startCycles, double cyclesPerSample, std::int64_t firstFrame, std::int64_t frames)
{
    core::Phasor phasor(startCycles, cyclesPerSample, firstFrame);
    double worst = 0.0;
    for (std::int64_t n = firstFrame; n < firstFrame + frames; ++n) {
        long double cycles = static_cast<long double>(startCycles)
                             + static_cast<long double>(cyclesPerSample) * static_cast<long double>(n);
        cycles -= std::floor(cycles);
        const long double angle = 2.0L * std::numbers::pi_v<long double> * cycles;
        worst = std::max(worst, static_cast<double>(std::abs(phasor.cos() - std::cos(angle))));
        worst = std::max(worst, static_cast<double>(std::abs(phasor.sin() - std::sin(angle))));
        phasor.advance();
    }
    return worst;
}

}  // namespace

class TestOscillator : public QObject {
    Q_OBJECT
private slots:
    void phasorFollowsSineAndCosine_data();
    void phasorFollowsSineAndCosine();
    void phasorDependsOnlyOnTheSampleIndex();
    void harmonicSumEqualsSumOfSines();
};

void TestOscillator::phasorFollowsSineAndCosine_data()
{
    QTest::addColumn<double>("frequencyHz");
    QTest::addColumn<double>("startCycles");
    QTest::addColumn<qint64>("firstFrame");
    QTest::newRow("F1 bass, 43.65 Hz") << 43.653528929125486 << 0.0 << qint64{0};
    QTest::newRow("A3 pad, detuned, odd start") << 219.11 << -0.734 << qint64{96000};
    QTest::newRow("vibrato 5.5 Hz") << 5.5 << 0.0 << qint64{24000};
    QTest::newRow("E4 330 Hz") << 329.6275569128699 << 0.25 << qint64{0};
    QTest::newRow("near Nyquist 23.9 kHz") << 23900.0 << 0.1 << qint64{7};
}

void TestOscillator::phasorFollowsSineAndCosine()
{
    QFETCH(double, frequencyHz);
    QFETCH(double, startCycles);
    QFETCH(qint64, firstFrame);
    const std::int64_t frames = 24 * 48000;
    const double cyclesPerSample = frequencyHz / 48000.0;
    const double worst = worstPhasorError(startCycles, cyclesPerSample, firstFrame, frames);
    // The phase is a double (as the phase accumulators it replaces were): at the last sample it
    // cannot be closer than the rounding of its cycles, 2π·|cycles|·ε (7e-10 rad at 23.9 kHz
    // after 24 s, 6e-12 at 330 Hz); the rotations add at most 1e-12 to that.
    const double cycles = std::abs(startCycles) + cyclesPerSample * static_cast<double>(firstFrame + frames);
    const double tolerance = 1e-12 + kTwoPi * cycles * std::numeric_limits<double>::epsilon();
    QVERIFY2(worst < tolerance, qPrintable(QStringLiteral("worst error %1, tolerance %2").arg(worst).arg(tolerance)));
}

void TestOscillator::phasorDependsOnlyOnTheSampleIndex()
{
    // A phasor started at sample 5,000 reads the same values as one run from 0 up to it,
    // to the drift between two anchors.
    core::Phasor fromZero(0.3, 440.0 / 48000.0);
    for (int n = 0; n < 5000; ++n)
        fromZero.advance();
    const core::Phasor later(0.3, 440.0 / 48000.0, 5000);
    QCOMPARE(fromZero.frame(), later.frame());
    QVERIFY(std::abs(fromZero.cos() - later.cos()) < 1e-12);
    QVERIFY(std::abs(fromZero.sin() - later.sin()) < 1e-12);
}

void TestOscillator::harmonicSumEqualsSumOfSines()
{
    std::uint64_t seed = 0x2545F4914F6CDD1Dull;
    std::vector<double> weights(40);
    for (int k = 1; k <= 40; ++k)
        weights[static_cast<std::size_t>(k - 1)] = 1.0 / k;
    double worst = 0.0;
    for (int trial = 0; trial < 20000; ++trial) {
        seed ^= seed >> 12;
        seed ^= seed << 25;
        seed ^= seed >> 27;
        const double theta = static_cast<double>((seed * 0x2545F4914F6CDD1Dull) >> 11) / 9007199254740992.0 * kTwoPi;
        const int count = 1 + trial % 40;
        double expected = 0.0;
        for (int k = 1; k <= count; ++k)
            expected += weights[static_cast<std::size_t>(k - 1)] * std::sin(k * theta);
        const double got = core::harmonicSum(std::cos(theta), std::sin(theta), count, weights.data());
        worst = std::max(worst, std::abs(got - expected));
    }
    QVERIFY2(worst < 1e-12, qPrintable(QStringLiteral("worst error %1").arg(worst)));
}

QTEST_GUILESS_MAIN(TestOscillator)
#include "tst_oscillator.moc"
