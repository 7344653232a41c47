// core::smoothSpectrumDb (dsp/spectrumsmoothing.h), the smoothing of the track view and the
// PDF report, on spectra whose smoothed values follow by hand.
#include "dsp/spectrumsmoothing.h"

#include "tolerance.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace stemwise;

class TestSpectrumSmoothing : public QObject {
    Q_OBJECT
private slots:
    void averagesPowerOverTheOctaveFraction();
    void windowsShrinkAtTheEnds();
    void nonFinitePointsAreLeftOut();
    void flatSpectrumStaysFlat();
};

void TestSpectrumSmoothing::averagesPowerOverTheOctaveFraction()
{
    // One point 30 dB above a flat 0 dB floor, 24 points per octave: 1/3 octave averages the
    // power of 9 points ((8 + 1000) / 9 = 112 -> 20.49 dB), 1/6 of 5 (1004 / 5 -> 23.03 dB),
    // 1/12 of 3 (334 -> 25.24 dB).
    std::vector<double> db(49, 0.0);
    db[24] = 30.0;
    const auto third = core::smoothSpectrumDb(db, 24, 3);
    const auto sixth = core::smoothSpectrumDb(db, 24, 6);
    const auto twelfth = core::smoothSpectrumDb(db, 24, 12);
    COMPARE_NEAR(third[24], 10.0 * std::log10(1008.0 / 9.0), 1e-9);
    COMPARE_NEAR(sixth[24], 10.0 * std::log10(1004.0 / 5.0), 1e-9);
    COMPARE_NEAR(twelfth[24], 10.0 * std::log10(1002.0 / 3.0), 1e-9);
    COMPARE_NEAR(third[20], 10.0 * std::log10(1008.0 / 9.0), 1e-9);  // 4 points away: still inside
    COMPARE_NEAR(third[19], 0.0, 1e-9);                               // 5 points away: outside
    COMPARE_NEAR(sixth[22], 10.0 * std::log10(1004.0 / 5.0), 1e-9);
    COMPARE_NEAR(sixth[21], 0.0, 1e-9);
    COMPARE_NEAR(twelfth[22], 0.0, 1e-9);
}

void TestSpectrumSmoothing::windowsShrinkAtTheEnds()
{
    // The first point's 1/6-octave window holds itself and the two above it.
    const std::vector<double> db{10.0, 0.0, 0.0, 0.0, 0.0, 0.0};
    const auto out = core::smoothSpectrumDb(db, 24, 6);
    COMPARE_NEAR(out[0], 10.0 * std::log10(12.0 / 3.0), 1e-9);
    COMPARE_NEAR(out[2], 10.0 * std::log10(14.0 / 5.0), 1e-9);
    COMPARE_NEAR(out[5], 0.0, 1e-9);
}

void TestSpectrumSmoothing::nonFinitePointsAreLeftOut()
{
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<double> db{0.0, -inf, 10.0, std::nan(""), 0.0};
    const auto out = core::smoothSpectrumDb(db, 24, 12);  // ±1 point
    COMPARE_NEAR(out[1], 10.0 * std::log10(11.0 / 2.0), 1e-9);  // 0 and 10 dB; -inf left out
    COMPARE_NEAR(out[2], 10.0, 1e-9);                           // only itself is finite
    COMPARE_NEAR(out[3], 10.0 * std::log10(11.0 / 2.0), 1e-9);  // the NaN itself is left out
    const std::vector<double> silent{-inf, -inf, -inf};
    for (double v : core::smoothSpectrumDb(silent, 24, 3))
        QCOMPARE(v, -inf);  // no power anywhere: each point keeps its own value
}

void TestSpectrumSmoothing::flatSpectrumStaysFlat()
{
    const std::vector<double> db(100, -42.5);
    for (int fraction : {1, 3, 6, 12, 24})
        for (double v : core::smoothSpectrumDb(db, 24, fraction))
            COMPARE_NEAR(v, -42.5, 1e-9);
}

QTEST_GUILESS_MAIN(TestSpectrumSmoothing)
#include "tst_spectrumsmoothing.moc"
