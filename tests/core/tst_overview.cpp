// The waveform overview (OverviewAnalyzer): min/max per span and channel from known signals,
// spans that follow the file's length, and an exact round trip through the store's JSON.
#include "testsignals.h"

#include "analysis/trackanalysis.h"
#include "json/profilejson.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

using namespace stemwise;

class TestOverview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void spansHoldEachChannelsExtremes();
    void shortFileGetsOneSpanPerFrame();
    void roundTripsThroughTheStoreText();
    void reportLeavesItOutWhenBrief();

private:
    core::TrackProfile analyse(const std::string& name, const test::Planar& channels);
    QTemporaryDir m_dir;
    core::TrackProfile m_stereo;
};

core::TrackProfile TestOverview::analyse(const std::string& name, const test::Planar& channels)
{
    const std::filesystem::path path = std::filesystem::path(m_dir.path().toStdString()) / name;
    const std::string written = test::writeAudio(path, channels, core::FileType::Wav, core::SampleEncoding::Float32);
    if (!written.empty())
        qFatal("%s", written.c_str());
    auto result = core::analyzeFile(path);
    if (!result)
        qFatal("%s", result.error().message.c_str());
    return std::move(result.value());
}

void TestOverview::initTestCase()
{
    // 2 s at 48 kHz: 2000 spans of 48 frames, one full period of the 1 kHz sine in each.
    // Left: a 1 kHz sine of amplitude 0.5. Right: 0.25 in the first second, silence after,
    // with one negative spike of -0.9 at frame 72000 (span 1500).
    const std::size_t frames = 96000;
    auto left = test::sine(1000.0, 0.5, 48000.0, frames);
    auto right = test::sine(1000.0, 0.25, 48000.0, frames);
    std::fill(right.begin() + 48000, right.end(), 0.0f);
    right[72000] = -0.9f;
    m_stereo = analyse("overview-48000-2.wav", {left, right});
}

void TestOverview::spansHoldEachChannelsExtremes()
{
    const auto& o = m_stereo.overview;
    QCOMPARE(o.channels.size(), std::size_t(2));
    QCOMPARE(o.bucketS, 0.001);
    for (const auto& c : o.channels) {
        QCOMPARE(c.min.size(), std::size_t(2000));
        QCOMPARE(c.max.size(), std::size_t(2000));
    }
    // A sine sampled 48 times a period reaches at least cos(pi/48) of its amplitude.
    const double lowest = 0.5 * std::cos(3.14159265 / 48.0) * 32767.0 - 1.0;
    for (std::size_t b = 0; b < 2000; ++b) {
        QVERIFY2(o.channels[0].max[b] >= lowest && o.channels[0].max[b] <= 16384, qPrintable(QString::number(b)));
        QVERIFY2(o.channels[0].min[b] <= -lowest && o.channels[0].min[b] >= -16384, qPrintable(QString::number(b)));
    }
    QVERIFY(std::abs(o.channels[1].max[999] - 8192) <= 20);
    QCOMPARE(o.channels[1].max[1000], std::int16_t(0));
    QCOMPARE(o.channels[1].min[1499], std::int16_t(0));
    QCOMPARE(o.channels[1].min[1500], std::int16_t(-29490));  // -0.9 x 32767, rounded
    QCOMPARE(o.channels[1].max[1500], std::int16_t(0));
    QCOMPARE(m_stereo.analyzerVersions.at("overview"), 1);
}

void TestOverview::shortFileGetsOneSpanPerFrame()
{
    std::vector<float> ramp(500);
    for (std::size_t i = 0; i < ramp.size(); ++i)
        ramp[i] = static_cast<float>(i) / 1000.0f;
    const auto p = analyse("ramp-48000-1.wav", {ramp});
    QCOMPARE(p.overview.channels.size(), std::size_t(1));
    QCOMPARE(p.overview.channels[0].max.size(), std::size_t(500));
    QCOMPARE(p.overview.bucketS, 1.0 / 48000.0);
    QCOMPARE(p.overview.channels[0].max[250], std::int16_t(std::lround(0.25 * 32767.0)));
    QCOMPARE(p.overview.channels[0].min[250], p.overview.channels[0].max[250]);
}

void TestOverview::roundTripsThroughTheStoreText()
{
    auto back = core::profileFromText(core::profileToStoreText(m_stereo));
    QVERIFY2(back, back ? "" : back.error().message.c_str());
    const auto& o = back.value().overview;
    QCOMPARE(o.bucketS, m_stereo.overview.bucketS);
    QCOMPARE(o.channels.size(), m_stereo.overview.channels.size());
    for (std::size_t c = 0; c < o.channels.size(); ++c) {
        QVERIFY(o.channels[c].min == m_stereo.overview.channels[c].min);
        QVERIFY(o.channels[c].max == m_stereo.overview.channels[c].max);
    }
    auto bad = core::profileToJson(m_stereo, {.includeSeries = true, .exact = true});
    bad["overview"]["channels"][1]["max"][3] = 40000;
    const auto refused = core::profileFromJson(bad);
    QVERIFY(!refused);
    QCOMPARE(QString::fromStdString(refused.error().message),
             QStringLiteral("/overview/channels/1/max/3: expected an integer from -32767 to 32767"));
}

void TestOverview::reportLeavesItOutWhenBrief()
{
    QVERIFY(core::profileToJson(m_stereo, {.includeSeries = true}).contains("overview"));
    QVERIFY(!core::profileToJson(m_stereo, {.includeSeries = false}).contains("overview"));
}

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
