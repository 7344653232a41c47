// compareTracks() and makeTargetCurve() on synthetic tracks whose differences are known by
// construction: the same two noises (one below 2 kHz, one above), the second track with the
// upper noise 3 dB louder (a 3 dB shelf above 2 kHz) and 2 dB more overall gain. The
// comparison must find +2 dB in every band below the shelf, +5 dB above it, the same in the
// spectrum difference, loudness-matched figures moved by the measured loudness offset, and
// say so in words; a target curve of a track and its quieter copy has no spread.
#include "compare/targetcurve.h"
#include "compare/trackcomparison.h"
#include "dsp/biquad.h"
#include "analysis/sessionanalysis.h"
#include "report/comparisonreport.h"
#include "testsignals.h"
#include "tolerance.h"
#include "util/strprintf.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace stemwise;

namespace {

constexpr double kRate = 48000.0;
constexpr std::size_t kFrames = 8 * 48000;
constexpr double kSplitHz = 2000.0;

// 8th-order Butterworth as four biquads (the poles' Qs).
std::vector<float> butterworth8(std::vector<float> x, core::Biquad::Kind kind)
{
    for (double q : {0.5098, 0.6013, 0.9000, 2.5629}) {
        core::Biquad f(kind, kRate, kSplitHz, q);
        for (auto& v : x)
            v = static_cast<float>(f.process(v));
    }
    return x;
}

double powerDb(const std::vector<float>& x)
{
    double sum = 0.0;
    for (float v : x)
        sum += static_cast<double>(v) * v;
    return 10.0 * std::log10(sum / static_cast<double>(x.size()));
}

core::TrackProfile analyse(const std::filesystem::path& path)
{
    auto results = core::analyzeFiles({path});
    if (!results.front().profile)
        qFatal("analysis of %s failed: %s", path.c_str(), results.front().error.c_str());
    return *results.front().profile;
}

}  // namespace

class TestComparison : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void interpolatesInLogFrequency();
    void findsShelfAndGainInBandsAndSpectrum();
    void loudnessMatchedFiguresMoveByTheOffset();
    void findingsSayItInWordsWithTheNumbers();
    void targetOfOneShapeAtTwoLevelsHasNoSpread();
    void targetSpreadIsHalfTheShapeDifference();
    void comparisonJsonValidates();

private:
    QTemporaryDir m_dir;
    core::TrackProfile m_plain;    // low + high noise
    core::TrackProfile m_shelved;  // 2 dB gain, high noise +3 dB
    core::TrackProfile m_quiet;    // m_plain − 6 dB
    double m_expectedRmsDeltaDb = 0.0;
};

void TestComparison::initTestCase()
{
    const auto low = butterworth8(test::whiteNoise(0.25, kFrames, 3), core::Biquad::Kind::LowPass);
    const auto high = butterworth8(test::whiteNoise(0.25, kFrames, 7), core::Biquad::Kind::HighPass);
    const double gain = std::pow(10.0, 2.0 / 20.0);
    const double shelf = std::pow(10.0, 3.0 / 20.0);
    std::vector<float> plain(kFrames), shelved(kFrames), quiet(kFrames);
    for (std::size_t i = 0; i < kFrames; ++i) {
        plain[i] = low[i] + high[i];
        shelved[i] = static_cast<float>(gain * (low[i] + shelf * high[i]));
        quiet[i] = static_cast<float>(0.5 * plain[i]);
    }
    m_expectedRmsDeltaDb = powerDb(shelved) - powerDb(plain);
    const std::filesystem::path root = m_dir.path().toStdString();
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Plain.wav", {plain}, core::FileType::Wav,
                                                     core::SampleEncoding::Float32)),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Shelved.wav", {shelved}, core::FileType::Wav,
                                                     core::SampleEncoding::Float32)),
             QString());
    QCOMPARE(QString::fromStdString(test::writeAudio(root / "Quiet.wav", {quiet}, core::FileType::Wav,
                                                     core::SampleEncoding::Float32)),
             QString());
    m_plain = analyse(root / "Plain.wav");
    m_shelved = analyse(root / "Shelved.wav");
    m_quiet = analyse(root / "Quiet.wav");
}

void TestComparison::interpolatesInLogFrequency()
{
    const std::vector<double> f{100.0, 1000.0, 10000.0};
    const std::vector<double> l{0.0, 10.0, -10.0};
    QCOMPARE(*core::interpolateLogFrequency(f, l, 100.0), 0.0);
    COMPARE_NEAR(core::interpolateLogFrequency(f, l, std::sqrt(1e5)), 5.0, 1e-9);  // half an octave-decade
    COMPARE_NEAR(core::interpolateLogFrequency(f, l, std::sqrt(1e7)), 0.0, 1e-9);
    QCOMPARE(*core::interpolateLogFrequency(f, l, 20.0), 0.0);      // clamped below
    QCOMPARE(*core::interpolateLogFrequency(f, l, 20000.0), -10.0);  // and above
    QVERIFY(!core::interpolateLogFrequency({}, {}, 100.0));
}

void TestComparison::findsShelfAndGainInBandsAndSpectrum()
{
    const core::TrackComparison c = core::compareTracks(m_shelved, m_plain);
    // Bands well away from the 2 kHz split see only the gain or gain + shelf; the two bands
    // beside the split catch the 8th-order skirt of the other noise.
    QString measured = QStringLiteral("band deltas (dB):");
    for (const auto& b : c.bands)
        measured += QStringLiteral(" %1").arg(*b.deltaDb, 0, 'f', 3);
    qInfo("%s; loudness offset %.3f dB", qPrintable(measured), *c.loudnessOffsetDb);
    const double expected[core::kBandCount] = {2.0, 2.0, 2.0, 2.0, 5.0, 5.0, 5.0};
    const double tolerance[core::kBandCount] = {0.15, 0.15, 0.15, 0.5, 0.5, 0.15, 0.15};
    for (std::size_t i = 0; i < core::kBandCount; ++i) {
        QVERIFY2(c.bands[i].deltaDb, core::kBands[i].key);
        COMPARE_NEAR_FOR(QLatin1String(core::kBands[i].key), c.bands[i].deltaDb, expected[i], tolerance[i]);
    }
    // The spectrum difference on the 1/24-octave grid, away from the split.
    QVERIFY(c.spectrum.frequencyHz.size() > 200);
    QVERIFY(std::abs(c.spectrum.frequencyHz.front() - 20.0) < 1e-9);
    QVERIFY(std::abs(c.spectrum.frequencyHz[24] / c.spectrum.frequencyHz[0] - 2.0) < 1e-9);  // 24 points an octave
    for (std::size_t i = 0; i < c.spectrum.frequencyHz.size(); ++i) {
        const double f = c.spectrum.frequencyHz[i];
        if (f < 40.0 || (f > 1000.0 && f < 4000.0))
            continue;
        const double want = f < kSplitHz ? 2.0 : 5.0;
        QVERIFY2(std::abs(c.spectrum.differenceDb[i] - want) < 0.2,
                 qPrintable(QStringLiteral("%1 Hz: %2 dB").arg(f).arg(c.spectrum.differenceDb[i])));
    }
    // RMS level moves by exactly what the signals' power says.
    const core::FigureDelta* rms = c.figure("rms_dbfs");
    QVERIFY(rms && rms->delta);
    COMPARE_NEAR(rms->delta, m_expectedRmsDeltaDb, 0.05);
}

void TestComparison::loudnessMatchedFiguresMoveByTheOffset()
{
    const core::TrackComparison c = core::compareTracks(m_shelved, m_plain);
    QVERIFY(c.loudnessOffsetDb);
    const double offset = *c.loudnessOffsetDb;
    QCOMPARE(offset, *m_shelved.loudness.integratedLufs - *m_plain.loudness.integratedLufs);
    // Above 2 kHz holds most of white noise's K-weighted power: between +2 and +5 dB, near 5.
    QVERIFY2(offset > 4.3 && offset < 5.0, qPrintable(QString::number(offset)));
    for (std::size_t i = 0; i < core::kBandCount; ++i)
        QVERIFY(std::abs(*c.bands[i].matchedDeltaDb - (*c.bands[i].deltaDb - offset)) < 1e-9);
    for (std::size_t i = 0; i < c.spectrum.frequencyHz.size(); ++i)
        QVERIFY(std::abs(c.spectrum.matchedDifferenceDb[i] - (c.spectrum.differenceDb[i] - offset)) < 1e-9);
    const core::FigureDelta* tp = c.figure("true_peak_dbtp");
    QVERIFY(tp->levelDependent && tp->delta && tp->matchedDelta);
    QVERIFY(std::abs(*tp->matchedDelta - (*tp->delta - offset)) < 1e-9);
    const core::FigureDelta* lra = c.figure("lra_lu");
    QVERIFY(!lra->levelDependent);
    QCOMPARE(lra->matchedDelta, lra->delta);
    // A pure gain change: at matched loudness nothing is left (bands within 0.05 dB).
    const core::TrackComparison g = core::compareTracks(m_plain, m_quiet);
    COMPARE_NEAR(g.loudnessOffsetDb, 20.0 * std::log10(2.0), 0.05);
    for (const auto& b : g.bands)
        COMPARE_NEAR(b.matchedDeltaDb, 0.0, 0.05);
}

void TestComparison::findingsSayItInWordsWithTheNumbers()
{
    const core::TrackComparison c = core::compareTracks(m_shelved, m_plain);
    auto find = [&c](const std::string& code) -> const core::ComparisonFinding* {
        for (const auto& f : c.findings)
            if (f.code == code)
                return &f;
        return nullptr;
    };
    const auto* loud = find("loudness");
    QVERIFY(loud);
    QVERIFY2(loud->text.find("Shelved is " + core::strprintf("%.1f", *c.loudnessOffsetDb) + " dB louder than Plain")
                 != std::string::npos,
             loud->text.c_str());
    // Matched, the low bands are offset − 2 ≈ 2.8 dB lower; the highs ≈ 0.2 dB higher (no finding).
    const auto* bass = find("band_bass");
    QVERIFY(bass);
    QVERIFY2(bass->text.find("lower than Plain's") != std::string::npos, bass->text.c_str());
    QVERIFY2(bass->text.find(core::strprintf("%.1f dB", std::abs(*c.bands[1].matchedDeltaDb))) != std::string::npos,
             bass->text.c_str());
    QVERIFY(!find("band_highs"));
    const auto* move = find("move_eq_bass");
    QVERIFY(move);
    QCOMPARE(move->kind, core::ComparisonFinding::Kind::Suggestion);
    QVERIFY2(move->text.find("boost") != std::string::npos, move->text.c_str());
    // Findings come before suggestions.
    bool seenSuggestion = false;
    for (const auto& f : c.findings) {
        if (f.kind == core::ComparisonFinding::Kind::Suggestion)
            seenSuggestion = true;
        else
            QVERIFY(!seenSuggestion);
    }
}

void TestComparison::targetOfOneShapeAtTwoLevelsHasNoSpread()
{
    auto target = core::makeTargetCurve({m_plain, m_quiet});
    QVERIFY(target);
    const core::TargetCurve& t = target.value();
    QCOMPARE(t.spread.references.size(), std::size_t(2));
    QVERIFY(std::abs(*t.mean.loudness.integratedLufs
                     - 0.5 * (*m_plain.loudness.integratedLufs + *m_quiet.loudness.integratedLufs))
            < 1e-9);
    for (std::size_t i = 0; i < core::kBandCount; ++i)
        QVERIFY2(*t.spread.bandSpreadDb[i] < 0.05, core::kBands[i].key);
    for (double s : t.spread.spreadDb)
        QVERIFY(s < 0.05);
    // The shelved track against it: loudness-matched, its shape difference remains.
    const core::TrackComparison c = core::compareWithTarget(m_shelved, t);
    QCOMPARE(c.targetReferences.size(), std::size_t(2));
    const core::TrackComparison direct = core::compareTracks(m_shelved, m_plain);
    for (std::size_t i = 0; i < core::kBandCount; ++i)
        COMPARE_NEAR(c.bands[i].matchedDeltaDb, direct.bands[i].matchedDeltaDb, 0.1);
}

void TestComparison::targetSpreadIsHalfTheShapeDifference()
{
    auto target = core::makeTargetCurve({m_plain, m_shelved});
    QVERIFY(target);
    const core::TrackComparison c = core::compareTracks(m_shelved, m_plain);
    // Two references: the standard deviation is half their (loudness-normalised) difference.
    for (std::size_t i : {std::size_t(0), std::size_t(1), std::size_t(5), std::size_t(6)}) {
        const double want = std::abs(*c.bands[i].matchedDeltaDb) / 2.0;
        COMPARE_NEAR_FOR(QLatin1String(core::kBands[i].key), target.value().spread.bandSpreadDb[i], want, 0.05);
    }
    QVERIFY(!core::makeTargetCurve({}));
}

void TestComparison::comparisonJsonValidates()
{
    auto target = core::makeTargetCurve({m_plain, m_quiet});
    for (const auto& c : {core::compareTracks(m_shelved, m_plain), core::compareWithTarget(m_shelved, target.value())}) {
        const std::string json = core::comparisonReportJson(c);
        QProcess p;
        p.start(QStringLiteral(STEMWISE_PYTHON),
                {QStringLiteral(STEMWISE_SOURCE_DIR "/tests/tools/validate_json.py"),
                 QStringLiteral(STEMWISE_SOURCE_DIR "/resources/schemas/stemwise.comparison-1.schema.json"),
                 QStringLiteral("-")});
        p.write(json.data(), static_cast<qint64>(json.size()));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
