// The tolerance comparisons of tolerance.h: each fails (rather than crashes) on a missing
// value, fails outside its bounds, and passes inside them. A failure is expected with
// QEXPECT_FAIL(Abort): a comparison that passed where it must fail shows as XPASS, which
// fails this test.
#include "tolerance.h"

#include <QTest>

#include <optional>

class TestTolerance : public QObject {
    Q_OBJECT
private slots:
    void missingMeasuredValueFails();
    void missingExpectedValueFails();
    void missingValueFailsRelativeComparison();
    void valueOutsideTheToleranceFails();
    void valueBelowAnAsymmetricBoundFails();
    void relativeErrorOverTheFractionFails();
    void valuesInsideTheirBoundsPass();
};

void TestTolerance::missingMeasuredValueFails()
{
    const std::optional<double> none;
    QEXPECT_FAIL("", "no value measured", Abort);
    COMPARE_NEAR(none, -23.0, 0.1);
}

void TestTolerance::missingExpectedValueFails()
{
    const std::optional<double> none;
    QEXPECT_FAIL("", "no value to compare with", Abort);
    COMPARE_NEAR(-23.0, none, 0.1);
}

void TestTolerance::missingValueFailsRelativeComparison()
{
    const std::optional<float> none;
    QEXPECT_FAIL("", "no value measured", Abort);
    COMPARE_RELATIVE(none, 440.0, 0.01);
}

void TestTolerance::valueOutsideTheToleranceFails()
{
    QEXPECT_FAIL("", "0.11 away with a tolerance of 0.1", Abort);
    COMPARE_NEAR(std::optional<double>(-22.89), -23.0, 0.1);
}

void TestTolerance::valueBelowAnAsymmetricBoundFails()
{
    QEXPECT_FAIL("", "0.41 below, 0.4 allowed below", Abort);
    COMPARE_WITHIN(-6.43, -6.02, 0.4, 0.2);
}

void TestTolerance::relativeErrorOverTheFractionFails()
{
    QEXPECT_FAIL("", "1.1 % off, 1 % allowed", Abort);
    COMPARE_RELATIVE(444.84, 440.0, 0.01);
}

void TestTolerance::valuesInsideTheirBoundsPass()
{
    COMPARE_NEAR(std::optional<double>(-23.05), -23.0, 0.1);
    COMPARE_NEAR(std::optional<float>(1.0f), std::optional<double>(1.0), 0.0);
    COMPARE_WITHIN(-6.4, -6.02, 0.4, 0.2);
    COMPARE_WITHIN(-5.83, -6.02, 0.4, 0.2);
    COMPARE_RELATIVE(443.0, 440.0, 0.01);
    COMPARE_NEAR_FOR(QStringLiteral("bass"), 3, 3.0, 0.0);  // integers are figures too
    QVERIFY(stemwise::test::isNearRelative(std::optional<double>(120.5), 120.0, 0.005));
    QVERIFY(!stemwise::test::isNearRelative(std::optional<double>(), 120.0, 0.5));
}

QTEST_GUILESS_MAIN(TestTolerance)
#include "tst_tolerance.moc"
