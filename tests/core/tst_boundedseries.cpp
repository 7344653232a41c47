// BoundedSeries (analysis/boundedseries.h): what an analysis keeps per second stays under a
// fixed number of points however long the file, and a pooled point is the power mean of the
// seconds it covers. Checked on the series itself against the obvious computation, and end to
// end on 80 minutes of audio through the loudness and spectrum analyzers, whose per-second
// values are known by construction (steady tones that change level every 12 s).
#include "analysis/boundedseries.h"
#include "analysis/loudnessanalyzer.h"
#include "analysis/spectrumanalyzer.h"
#include "analysis/tonalanalyzer.h"
#include "analysis/trackanalysis.h"
#include "analysis/trackprofile.h"
#include "dsp/stft.h"
#include "report/sessionreport.h"

#include "tolerance.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

using namespace stemwise;
using core::kBandCount;
using core::kBands;

namespace {

// The mean of the defined values of each run of `pool` values: what a pooled point must be.
std::vector<std::optional<double>> blockMeans(const std::vector<std::optional<double>>& values, std::size_t pool)
{
    std::vector<std::optional<double>> out;
    for (std::size_t begin = 0; begin < values.size(); begin += pool) {
        double sum = 0.0;
        int defined = 0;
        for (std::size_t i = begin; i < std::min(values.size(), begin + pool); ++i)
            if (values[i]) {
                sum += *values[i];
                ++defined;
            }
        out.push_back(defined > 0 ? std::optional<double>(sum / defined) : std::nullopt);
    }
    return out;
}

double powerMeanDb(std::initializer_list<double> levelsDb)
{
    double sum = 0.0;
    for (double db : levelsDb)
        sum += std::pow(10.0, db / 10.0);
    return 10.0 * std::log10(sum / static_cast<double>(levelsDb.size()));
}

// 80 minutes of a 1 kHz sine, mono, at 48 kHz, alternating every 12 s between kLoudDbfs and
// kQuietDbfs (starting loud), fed in blocks to an analyzer's blocks and frames as the real
// analysis does, without ever holding the signal.
constexpr double kRate = 48000.0;
constexpr double kLongS = 4800.0;  // past 4096 s: pooled once
constexpr double kSegmentS = 12.0;
constexpr double kLoudDbfs = -20.0;
constexpr double kQuietDbfs = -30.0;

core::TrackProfile runLong(core::Analyzer& analyzer)
{
    const auto total = static_cast<std::int64_t>(kLongS * kRate);
    const core::StreamFormat format{kRate, 1, total};
    const core::AnalysisContext context = core::makeAnalysisContext(format);
    const core::AnalyzerInfo info = analyzer.info();
    analyzer.prepare(context);
    core::Stft shortStft(context.shortStft, [&](const core::SpectrumFrame& f) { analyzer.processShortFrame(f); });
    core::Stft longStft(context.longStft, [&](const core::SpectrumFrame& f) { analyzer.processLongFrame(f); });
    const auto segmentFrames = static_cast<std::int64_t>(kSegmentS * kRate);
    const double step = 2.0 * std::numbers::pi * 1000.0 / kRate;
    const double loud = std::pow(10.0, kLoudDbfs / 20.0), quiet = std::pow(10.0, kQuietDbfs / 20.0);
    // The phase by the frame number modulo a whole number of cycles (one cycle per 48 frames):
    // exact over the whole file. The 48 sines are computed once, not once per frame (230
    // million calls of std::sin per analyzer run).
    std::array<double, 48> sine{};
    for (std::size_t k = 0; k < sine.size(); ++k)
        sine[k] = std::sin(step * static_cast<double>(k));
    std::vector<float> block(8000);
    for (std::int64_t pos = 0; pos < total; pos += static_cast<std::int64_t>(block.size())) {
        const auto n = static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(block.size()), total - pos));
        for (std::size_t i = 0; i < n; ++i) {
            const std::int64_t frame = pos + static_cast<std::int64_t>(i);
            const double amplitude = (frame / segmentFrames) % 2 == 0 ? loud : quiet;
            block[i] = static_cast<float>(amplitude * sine[static_cast<std::size_t>(frame % 48)]);
        }
        const float* channel = block.data();
        const std::array<const float*, 1> channels{channel};
        if (info.wantsBlocks)
            analyzer.process(core::AudioBlock{channels, channel, n, pos});
        // Only the transforms this analyzer reads: the loudness analyzer reads none (its run
        // transformed the 80 minutes twice for nothing).
        if (info.wantsShortFrames)
            shortStft.push(channel, n);
        if (info.wantsLongFrames)
            longStft.push(channel, n);
    }
    if (info.wantsShortFrames)
        shortStft.finish();
    if (info.wantsLongFrames)
        longStft.finish();
    core::TrackProfile profile;
    analyzer.finish(profile);
    return profile;
}

}  // namespace

class TestBoundedSeries : public QObject {
    Q_OBJECT
private slots:
    void keepsEveryValueUpToItsSize();
    void poolsPairsOnceFull_data();
    void poolsPairsOnceFull();
    void aPointOfSilenceStaysUndefined();
    void poolsLevelsByTheirPowerMean();
    void loudnessCurveOfEightyMinutesIsBoundedAndPowerMeans();
    void bandActivityOfEightyMinutesIsBoundedAndPowerMeans();
    void chromaOverTimeOfEightyMinutesIsBounded();
    void sessionCsvLinesUpCurvesOfDifferentIntervals();
};

void TestBoundedSeries::keepsEveryValueUpToItsSize()
{
    core::BoundedSeries series;
    series.reset(1.0, 0, 8);
    for (int i = 0; i < 8; ++i)
        series.add(i % 3 == 0 ? std::nullopt : std::optional<double>(i * 1.5));
    QCOMPARE(series.size(), std::size_t{8});
    QCOMPARE(series.intervalS(), 1.0);
    const auto means = series.means();
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(means[static_cast<std::size_t>(i)].has_value(), i % 3 != 0);
        if (i % 3 != 0)
            QCOMPARE(*means[static_cast<std::size_t>(i)], i * 1.5);
    }
}

void TestBoundedSeries::poolsPairsOnceFull_data()
{
    QTest::addColumn<int>("maxPoints");
    QTest::addColumn<int>("values");
    QTest::addColumn<int>("pool");
    QTest::addColumn<int>("points");
    // 8 points hold 8 values at 1, 16 at 2, 32 at 4...; one more halves the series again.
    QTest::newRow("full, not pooled") << 8 << 8 << 1 << 8;
    QTest::newRow("one past full") << 8 << 9 << 2 << 5;
    QTest::newRow("full at 2") << 8 << 16 << 2 << 8;
    QTest::newRow("40 values") << 8 << 40 << 8 << 5;
    QTest::newRow("a partial last point") << 8 << 37 << 8 << 5;
    QTest::newRow("6 hours of seconds, 4096 points") << 4096 << 21600 << 8 << 2700;
    QTest::newRow("odd cap rounds down to 6") << 7 << 13 << 4 << 4;
}

void TestBoundedSeries::poolsPairsOnceFull()
{
    QFETCH(int, maxPoints);
    QFETCH(int, values);
    QFETCH(int, pool);
    QFETCH(int, points);
    core::BoundedSeries series;
    series.reset(0.5, 3, static_cast<std::size_t>(maxPoints));  // announced short: it grows
    std::vector<std::optional<double>> all;
    for (int i = 0; i < values; ++i) {
        // Some undefined values, and values that are not symmetric in a pair.
        const std::optional<double> v = i % 7 == 3 ? std::nullopt : std::optional<double>(std::sqrt(i + 1.0) * 3.0 + i % 5);
        all.push_back(v);
        series.add(v);
    }
    QCOMPARE(series.pool(), static_cast<std::uint32_t>(pool));
    QCOMPARE(series.intervalS(), 0.5 * pool);
    QCOMPARE(series.size(), static_cast<std::size_t>(points));
    QVERIFY(series.size() <= static_cast<std::size_t>(maxPoints));
    const auto expected = blockMeans(all, static_cast<std::size_t>(pool));
    const auto means = series.means();
    QCOMPARE(means.size(), expected.size());
    for (std::size_t i = 0; i < means.size(); ++i) {
        QCOMPARE(means[i].has_value(), expected[i].has_value());
        if (means[i])
            COMPARE_NEAR_FOR(QStringLiteral("point %1").arg(i), *means[i], *expected[i], 1e-9 * std::abs(*expected[i]));
    }
}

void TestBoundedSeries::aPointOfSilenceStaysUndefined()
{
    core::BoundedSeries series;
    series.reset(1.0, 0, 2);
    for (int i = 0; i < 8; ++i)
        series.add(i < 4 ? std::nullopt : std::optional<double>(2.0));  // 4 silent, then 4 at 2
    QCOMPARE(series.pool(), 4u);
    const auto means = series.means();
    QCOMPARE(means.size(), std::size_t{2});
    QVERIFY(!means[0]);
    QCOMPARE(*means[1], 2.0);
}

void TestBoundedSeries::poolsLevelsByTheirPowerMean()
{
    // -20 and -30 dB side by side read -22.6 dB (10·log10((0.01 + 0.001) / 2)), not their
    // mean in dB (-25) nor either of them; a lone last point stays as it is.
    const auto db = core::pooledLevelsDb({-20.0, -30.0, -10.0, -10.0, -40.0}, 2);
    QCOMPARE(db.size(), std::size_t{3});
    COMPARE_NEAR(db[0], powerMeanDb({-20.0, -30.0}), 1e-12);
    COMPARE_NEAR(db[0], -22.596, 0.001);
    COMPARE_NEAR(db[1], -10.0, 1e-12);
    COMPARE_NEAR(db[2], -40.0, 1e-12);
    QCOMPARE(core::pooledLevelsDb({-20.0, -30.0}, 1), (std::vector<double>{-20.0, -30.0}));

    // Loudness: undefined (silent) values are left out; a point of silence stays undefined.
    const auto lufs = core::pooledLoudness({-20.0, std::nullopt, std::nullopt, std::nullopt, -20.0, -30.0}, 2);
    QCOMPARE(lufs.size(), std::size_t{3});
    COMPARE_NEAR(*lufs[0], -20.0, 1e-12);
    QVERIFY(!lufs[1]);
    COMPARE_NEAR(*lufs[2], powerMeanDb({-20.0, -30.0}), 1e-12);

    QCOMPARE(core::poolFactor(1.0, 8.0), std::size_t{8});
    QCOMPARE(core::poolFactor(2.0, 2.0), std::size_t{1});
    QCOMPARE(core::poolFactor(4.0, 2.0), std::size_t{1});
}

void TestBoundedSeries::loudnessCurveOfEightyMinutesIsBoundedAndPowerMeans()
{
    core::LoudnessAnalyzer analyzer;
    const core::LoudnessProfile p = runLong(analyzer).loudness;
    // 4800 s past the 4096 points: pooled once, 2400 points of 2 s.
    QCOMPARE(p.curveIntervalS, 2.0);
    QCOMPARE(p.shortTermCurveLufs.size(), std::size_t{2400});
    QVERIFY(p.shortTermCurveLufs.size() <= core::BoundedSeries::kDefaultMaxPoints);
    // A mono 1 kHz sine at L dBFS reads L - 3.01 LUFS (BS.1770-4: a 0 dBFS one in one
    // channel reads -3.01). Within a 12 s segment, point j covers the short-term values at
    // the ends of seconds 2j+1 and 2j+2 of it. The 3 s window at the end of second 1 holds
    // 2 s of the previous segment and 1 s of this one, at second 2 1 s and 2 s: their mean
    // energy is (E_previous + E_this) / 2. Points 1…5 of a segment hold it alone.
    const double loudLufs = kLoudDbfs - 3.01, quietLufs = kQuietDbfs - 3.01;
    const std::size_t pointsPerSegment = 6;
    int checked = 0;
    for (std::size_t j = pointsPerSegment; j < p.shortTermCurveLufs.size(); ++j) {
        const bool loud = (j / pointsPerSegment) % 2 == 0;
        const double level = loud ? loudLufs : quietLufs;
        const double expected = j % pointsPerSegment == 0 ? powerMeanDb({loudLufs, quietLufs}) : level;
        QVERIFY2(p.shortTermCurveLufs[j].has_value(), qPrintable(QStringLiteral("point %1").arg(j)));
        COMPARE_NEAR_FOR(QStringLiteral("point %1 (%2 s)").arg(j).arg(2.0 * (j + 1)), p.shortTermCurveLufs[j], expected, 0.1);
        ++checked;
    }
    QCOMPARE(checked, 2400 - 6);
    // The figures over the whole file are not pooled: the maxima and the integrated loudness.
    COMPARE_NEAR(p.shortTermMaxLufs, loudLufs, 0.1);
    COMPARE_NEAR(p.integratedLufs, 10.0 * std::log10((std::pow(10.0, loudLufs / 10.0) + std::pow(10.0, quietLufs / 10.0)) / 2.0), 0.1);
}

void TestBoundedSeries::bandActivityOfEightyMinutesIsBoundedAndPowerMeans()
{
    core::SpectrumAnalyzer analyzer;
    const core::BandActivity a = runLong(analyzer).spectrum.bandActivity;
    QCOMPARE(a.intervalS, 2.0);
    // 1 kHz lies in one band of kBands; its level there is the sine's, read off the steady
    // middle of the first loud and the first quiet segment.
    std::size_t mids = kBandCount;
    for (std::size_t b = 0; b < kBandCount; ++b)
        if (kBands[b].lowHz <= 1000.0 && 1000.0 < kBands[b].highHz)
            mids = b;
    QVERIFY(mids < kBandCount);
    const auto& levels = a.levelDb[mids];
    QCOMPARE(levels.size(), std::size_t{2400});
    for (const auto& series : a.levelDb)
        QCOMPARE(series.size(), levels.size());
    // Point j covers seconds [2j, 2j + 2); segments are 12 s, so points 6k…6k+5 lie in
    // segment k. The long frames (~340 ms) centred near a change hear both levels: the points
    // next to a change are left out; the others read the segment's level, which is 10 dB
    // apart between loud and quiet segments and the same from one end of the file to the other.
    const double loudDb = levels[2], quietDb = levels[8];
    COMPARE_NEAR(loudDb - quietDb, kLoudDbfs - kQuietDbfs, 0.05);
    for (std::size_t j = 0; j < levels.size(); ++j) {
        const std::size_t inSegment = j % 6;
        if (inSegment == 0 || inSegment == 5)
            continue;
        const bool loud = (j / 6) % 2 == 0;
        COMPARE_NEAR_FOR(QStringLiteral("point %1").arg(j), levels[j], loud ? loudDb : quietDb, 0.05);
    }
    // (That a pooled point is the power mean of its seconds is checked on the curve above and
    // on the series itself.) Both levels are within 20 dB of the band's loud level: active
    // throughout.
    QCOMPARE(a.activeFraction[mids], 1.0);
}

void TestBoundedSeries::chromaOverTimeOfEightyMinutesIsBounded()
{
    // The tonal analysis' chroma over time (TonalProfile::chromaSeries) pools as the other
    // series do: 4800 s are 2400 points of 2 s. 1 kHz is a B (987.8 Hz) 21 cents sharp: folded
    // around the track's tuning, every point is B, each point's share of its frames about 1
    // (11 or 12 long frames of ~170 ms centred in 2 s).
    core::TonalAnalyzer analyzer;
    const core::ChromaSeries c = runLong(analyzer).tonal.chromaSeries;
    QCOMPARE(c.intervalS, 2.0);
    QCOMPARE(c.chroma.size(), std::size_t{2400});
    for (std::size_t j = 0; j + 1 < c.chroma.size(); ++j) {
        QVERIFY2(c.chroma[j][11] > 0.85 && c.chroma[j][11] < 1.1, qPrintable(QStringLiteral("point %1: %2").arg(j).arg(c.chroma[j][11])));
        for (std::size_t k = 0; k < 11; ++k)
            QVERIFY2(c.chroma[j][k] < 0.02, qPrintable(QStringLiteral("point %1, class %2: %3").arg(j).arg(k).arg(c.chroma[j][k])));
    }
}

void TestBoundedSeries::sessionCsvLinesUpCurvesOfDifferentIntervals()
{
    // A 70-minute stem (curve pooled to 2 s) beside a short one (1 s): loudness.csv has one
    // time axis, the coarser, and the short stem's seconds pooled to it by power means.
    core::SessionReport report;
    report.title = "session";
    report.tracks.resize(2);
    report.tracks[0].name = "Long";
    report.tracks[0].loudness.curveIntervalS = 2.0;
    report.tracks[0].loudness.shortTermCurveLufs = {-18.0, -19.0, -20.0};
    report.tracks[1].name = "Short";
    report.tracks[1].loudness.curveIntervalS = 1.0;
    report.tracks[1].loudness.shortTermCurveLufs = {-20.0, -30.0, std::nullopt, -24.0, std::nullopt};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto written = core::writeSessionReportCsv(report, dir.path().toStdString());
    QVERIFY(written);
    QFile file(dir.filePath(QStringLiteral("loudness.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0], QByteArray("time_s,Long,Short"));
    const double expected[3][3] = {{2.0, -18.0, powerMeanDb({-20.0, -30.0})}, {4.0, -19.0, -24.0}, {6.0, -20.0, NAN}};
    for (int i = 0; i < 3; ++i) {
        const QList<QByteArray> cells = rows[i + 1].split(',');
        QCOMPARE(cells.size(), 3);
        for (int c = 0; c < 3; ++c) {
            if (std::isnan(expected[i][c]))
                QVERIFY2(cells[c].isEmpty(), rows[i + 1].constData());  // silent throughout: no value
            else
                COMPARE_NEAR_FOR(QStringLiteral("row %1 column %2").arg(i + 1).arg(c), cells[c].toDouble(), expected[i][c], 0.01);
        }
    }
}

QTEST_GUILESS_MAIN(TestBoundedSeries)
#include "tst_boundedseries.moc"
