#pragma once
// Comparisons of measured figures with a tolerance, in the manner of QCOMPARE: on failure the
// message names the expression, what it measured and what was expected, and the test
// function returns. A figure may be a number or an optional one (most of a profile's figures
// are std::optional: not measurable, e.g. the loudness of silence); a missing value FAILS the
// comparison with "has no value" instead of crashing the test on a dereference of an empty
// optional.
//
//   COMPARE_NEAR(p.loudness.integratedLufs, -23.0, 0.1);          |actual - expected| <= 0.1
//   COMPARE_WITHIN(p.truePeakDbtp, -6.02, 0.4, 0.2);              expected - 0.4 <= actual <= expected + 0.2
//   COMPARE_RELATIVE(t.f0MedianHz, 440.0, 0.005);                 |actual / expected - 1| <= 0.5 %
//
// `expected` may be optional too (a figure measured another way); missing, it fails alike.
// In a loop, COMPARE_NEAR_FOR(what, actual, expected, tolerance) names the case (a band, a
// stem) at the start of the message.
// isNearRelative() is the same test as a plain predicate, for conditions built of several.

#include <QString>
#include <QTest>

#include <cmath>
#include <optional>
#include <type_traits>

namespace stemwise::test {

namespace detail {

template <typename T>
std::optional<double> figure(const T& value)
{
    static_assert(std::is_arithmetic_v<T>, "a figure is a number or an optional number");
    return static_cast<double>(value);
}

template <typename T>
std::optional<double> figure(const std::optional<T>& value)
{
    if (!value)
        return std::nullopt;
    return figure(*value);
}

inline QString number(double v)
{
    return QString::number(v, 'g', 10);
}

inline void fail(const QString& what, const QString& message, const char* file, int line)
{
    QTest::qFail(qPrintable(what.isEmpty() ? message : what + QStringLiteral(": ") + message), file, line);
}

// Both values present, or a failure saying which is missing.
inline bool bothPresent(const std::optional<double>& actual, const std::optional<double>& expected,
                        const char* actualText, const char* expectedText, const QString& what, const char* file,
                        int line)
{
    if (!actual) {
        fail(what,
             QStringLiteral("%1 has no value (expected %2)")
                 .arg(QLatin1String(actualText), expected ? number(*expected) : QLatin1String(expectedText)),
             file, line);
        return false;
    }
    if (!expected) {
        fail(what, QStringLiteral("%1 (the expected value) has no value").arg(QLatin1String(expectedText)), file, line);
        return false;
    }
    return true;
}

}  // namespace detail

/// expected - below <= actual <= expected + above; fails (never crashes) when either is missing.
inline bool compareWithin(const std::optional<double>& actual, const std::optional<double>& expected, double below,
                          double above, const char* actualText, const char* expectedText, const QString& what,
                          const char* file, int line)
{
    if (!detail::bothPresent(actual, expected, actualText, expectedText, what, file, line))
        return false;
    if (*actual >= *expected - below && *actual <= *expected + above)
        return true;
    const QString tolerance = below == above ? QStringLiteral("± %1").arg(detail::number(below))
                                             : QStringLiteral("-%1/+%2").arg(detail::number(below), detail::number(above));
    detail::fail(what,
                 QStringLiteral("%1 = %2, expected %3 %4 (off by %5)")
                     .arg(QLatin1String(actualText), detail::number(*actual), detail::number(*expected), tolerance,
                          detail::number(*actual - *expected)),
                 file, line);
    return false;
}

/// |actual / expected - 1| <= fraction; fails (never crashes) when either is missing.
inline bool compareRelative(const std::optional<double>& actual, const std::optional<double>& expected,
                            double fraction, const char* actualText, const char* expectedText, const QString& what,
                            const char* file, int line)
{
    if (!detail::bothPresent(actual, expected, actualText, expectedText, what, file, line))
        return false;
    const double off = std::abs(*actual / *expected - 1.0);
    if (off <= fraction)
        return true;
    detail::fail(what,
                 QStringLiteral("%1 = %2, expected %3 within %4 % (off by %5 %)")
                     .arg(QLatin1String(actualText), detail::number(*actual), detail::number(*expected),
                          detail::number(100.0 * fraction), detail::number(100.0 * off)),
                 file, line);
    return false;
}

/// |value / target - 1| <= fraction (false when value is missing).
template <typename T>
[[nodiscard]] bool isNearRelative(const T& value, double target, double fraction)
{
    const auto v = detail::figure(value);
    return v && std::abs(*v / target - 1.0) <= fraction;
}

}  // namespace stemwise::test

#define COMPARE_WITHIN_FOR(what, actual, expected, below, above)                                                  \
    do {                                                                                                          \
        if (!::stemwise::test::compareWithin(::stemwise::test::detail::figure(actual),                            \
                                             ::stemwise::test::detail::figure(expected), (below), (above),        \
                                             #actual, #expected, QString(what), __FILE__, __LINE__))              \
            return;                                                                                               \
    } while (false)

#define COMPARE_WITHIN(actual, expected, below, above) COMPARE_WITHIN_FOR(QString(), actual, expected, below, above)
#define COMPARE_NEAR_FOR(what, actual, expected, tolerance) COMPARE_WITHIN_FOR(what, actual, expected, tolerance, tolerance)
#define COMPARE_NEAR(actual, expected, tolerance) COMPARE_WITHIN_FOR(QString(), actual, expected, tolerance, tolerance)

#define COMPARE_RELATIVE(actual, expected, fraction)                                                              \
    do {                                                                                                          \
        if (!::stemwise::test::compareRelative(::stemwise::test::detail::figure(actual),                          \
                                               ::stemwise::test::detail::figure(expected), (fraction), #actual,   \
                                               #expected, QString(), __FILE__, __LINE__))                         \
            return;                                                                                               \
    } while (false)
