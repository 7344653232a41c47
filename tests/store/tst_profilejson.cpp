// TrackProfile <-> JSON: the exact (store) mode loses nothing, nulls are empty optionals, the
// report mode is what the analysis schema describes, and bad input is named precisely.
#include "testsignals.h"

#include "analysis/trackanalysis.h"
#include "report/analysisreport.h"
#include "json/profilejson.h"

#include <nlohmann/json.hpp>

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace stemwise;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Every member set, to values that differ from their defaults and from each other, with a
// mix of empty and filled optionals and the non-finite values the profile can hold.
core::TrackProfile richProfile()
{
    core::TrackProfile p;
    p.file.path = "/music/Session 1/Lead Vocal.wav";
    p.file.fileSizeBytes = 123456789;
    p.file.format = {44100.5, 2, 987654};
    p.file.container = "WAV";
    p.file.containerName = "WAV (Microsoft)";
    p.file.encoding = "FLOAT";
    p.file.encodingName = "32 bit float";
    p.file.bitsPerSample = 32;
    p.file.isFloat = true;
    p.name = "Lead Vocal";
    p.type = "vocals";
    p.typeSource = "user";
    p.loudness = {-18.25, 6.5, -12.0, std::nullopt, 0.75, {0.75, -1.5}, {std::nullopt, -20.0, -19.5}, 0.5};
    p.dynamics.peakDbfs = -0.1;
    p.dynamics.rmsDbfs = -21.3;
    p.dynamics.crestDb = 21.2;
    p.dynamics.plrDb = std::nullopt;
    p.dynamics.dynamicRangeDb = 7.7;
    p.dynamics.dcOffset = -0.0012;
    p.dynamics.clippedSamples = 17;
    p.dynamics.clippedRuns = 3;
    p.dynamics.nonFiniteSamples = 2;
    p.dynamics.channels = {{-0.1, -21.0, 0.001}, {std::nullopt, -kInf, -0.002}};
    p.dynamics.leadingSilenceS = 0.25;
    p.dynamics.trailingSilenceS = std::nullopt;
    p.spectrum.ltasFrequencyHz = {20.0, 20.6, 21.2};
    p.spectrum.ltasDb = {-150.0, -90.5, -80.25};
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        p.spectrum.bands[b] = {0.1 + 0.01 * static_cast<double>(b), b == 3 ? std::nullopt : core::OptDouble(-30.0 - static_cast<double>(b))};
    p.spectrum.centroidHz = 1834.5;
    p.spectrum.rolloff85Hz = std::nullopt;
    p.spectrum.flatness = 0.125;
    p.spectrum.dominant = {{220.0, -12.5}, {440.0, -18.0}};
    p.spectrum.resonances = {{3150.0, 6.5, 12.0}};
    p.spectrum.sibilance = {0.07, 6300.0, std::nullopt};
    p.stereo = {true, -0.25, kInf, 1.5, std::nullopt, {{20.0, 80.0, 0.9}, {80.0, 300.0, std::nullopt}}};
    p.rhythm.tempoBpm = 123.5;
    p.rhythm.tempoConfidence = 0.8;
    p.rhythm.tempoCandidates = {{123.5, 0.8, "best"}, {61.75, 0.3, "half"}};
    p.rhythm.onsetTimesS = {0.1, 0.6, 1.1};
    p.rhythm.onsetsPerS = 2.5;
    p.rhythm.transientDensity = 1.25;
    p.rhythm.pulseClarity = std::nullopt;
    p.tonal.f0MedianHz = 220.0;
    p.tonal.f0MinHz = std::nullopt;
    p.tonal.f0MaxHz = 330.0;
    p.tonal.hnrDb = 14.5;
    p.tonal.voicedFraction = 0.66;
    p.tonal.playedNotes = {{220.0, 0.5}, {329.63, 0.25}};
    p.tonal.key = "A minor";
    p.tonal.keyConfidence = 0.7;
    p.tonal.keyCandidates = {{"A minor", 0.7, "best"}, {"C major", 0.5, "relative"}};
    p.tonal.tonalness = 0.9;
    p.tonal.chromaSeries.intervalS = 2.0;
    p.tonal.chromaSeries.chroma = {{0.5, 0, 0.25, 0, 0.125, 0, 0, 0.75, 0, 0.001, 0, 0}, {}};
    p.patterns = {{"tonal", "clear pitch in 66 % of the frames"}};
    p.issues = {{"clipping", core::Severity::High, "17 clipped samples", {{"clipped_samples", 17.0, "", "> 0"}}},
                {"dc_offset", core::Severity::Medium, "DC offset", {}}};
    p.qualityScore = 71.5;
    p.scoreBreakdown = {{"starting score", 100.0}, {"high issue: clipping", -28.5}};
    p.framesMissing = 12;
    p.analyzerVersions = {{"levels", 2}, {"loudness", 1}};
    p.analysisSeconds = 0.321;
    return p;
}

}  // namespace

class TestProfileJson : public QObject {
    Q_OBJECT
private slots:
    void exactRoundTripKeepsEveryMember();
    void exactRoundTripOfAnAnalysedFile();
    void reportModeWritesNullForWhatJsonCannotHold();
    void reportJsonReadsBackWithNullsAsEmptyOptionals();
    void briefReportLeavesTheSeriesOut();
    void analysisReportTracksAreProfileJson();
    void badInputIsNamedByItsPointer_data();
    void badInputIsNamedByItsPointer();
};

void TestProfileJson::exactRoundTripKeepsEveryMember()
{
    const core::TrackProfile original = richProfile();
    const std::string text = core::profileToStoreText(original);
    auto back = core::profileFromText(text);
    QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
    const core::TrackProfile& p = back.value();
    QCOMPARE(core::profileToStoreText(p), text);
    // Spot checks of what a lossy serialiser would get wrong.
    QCOMPARE(p.file.format.sampleRateHz, 44100.5);
    QVERIFY(p.file.isFloat);
    QVERIFY(!p.loudness.shortTermMaxLufs.has_value());
    QVERIFY(!p.loudness.shortTermCurveLufs[0].has_value());
    QCOMPARE(*p.loudness.shortTermCurveLufs[2], -19.5);
    QCOMPARE(*p.stereo.width, kInf);
    QCOMPARE(*p.dynamics.channels[1].rmsDbfs, -kInf);
    QVERIFY(!p.dynamics.channels[1].peakDbfs.has_value());
    QVERIFY(!p.spectrum.bands[3].levelDb.has_value());
    QCOMPARE(p.spectrum.bands[6].share, 0.16);
    QCOMPARE(p.issues[0].severity, core::Severity::High);
    QCOMPARE(p.issues[0].evidence[0].comparison, std::string("> 0"));
    QCOMPARE(p.tonal.keyCandidates[1].relation, std::string("relative"));
    QCOMPARE(p.tonal.playedNotes.size(), std::size_t(2));
    QCOMPARE(p.tonal.playedNotes[1].hz, 329.63);
    QCOMPARE(p.tonal.playedNotes[1].share, 0.25);
    QCOMPARE(p.tonal.chromaSeries.intervalS, 2.0);
    QCOMPARE(p.tonal.chromaSeries.chroma.size(), std::size_t(2));
    QCOMPARE(p.tonal.chromaSeries.chroma[0][7], 0.75);
    QCOMPARE(p.tonal.chromaSeries.chroma[0][9], 0.001);
    QCOMPARE(p.framesMissing, std::int64_t(12));
    QCOMPARE(p.analyzerVersions.at("levels"), 2);
    QCOMPARE(p.analysisSeconds, 0.321);
    QCOMPARE(p.rhythm.onsetTimesS.size(), std::size_t(3));
    QCOMPARE(p.file.path.string(), std::string("/music/Session 1/Lead Vocal.wav"));
}

void TestProfileJson::exactRoundTripOfAnAnalysedFile()
{
    QTemporaryDir dir;
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / "mix.wav";
    test::Planar stereo{test::sine(220, 0.5, 48000, 96000), test::whiteNoise(0.2, 96000, 4)};
    QCOMPARE(QString::fromStdString(test::writeAudio(path, stereo)), QString());
    auto analysed = core::analyzeFile(path);
    QVERIFY(analysed.ok());
    const std::string text = core::profileToStoreText(analysed.value());
    auto back = core::profileFromText(text);
    QVERIFY(back.ok());
    QCOMPARE(core::profileToStoreText(back.value()), text);
    // Bit-exact doubles: the JSON writer prints the shortest text that reads back the same.
    QCOMPARE(*back.value().loudness.integratedLufs, *analysed.value().loudness.integratedLufs);
    QCOMPARE(back.value().spectrum.ltasDb, analysed.value().spectrum.ltasDb);
}

void TestProfileJson::reportModeWritesNullForWhatJsonCannotHold()
{
    const auto json = core::profileToJson(richProfile());
    QVERIFY(json["stereo"]["width"].is_null());
    QVERIFY(json["dynamics"]["channels"][1]["rms_dbfs"].is_null());
    QVERIFY(!json["format"].contains("is_float"));
    QCOMPARE(json["format"]["duration_s"].get<double>(), 987654 / 44100.5);
    core::ProfileJsonOptions exact;
    exact.exact = true;
    const auto full = core::profileToJson(richProfile(), exact);
    QCOMPARE(full["stereo"]["width"].get<std::string>(), std::string("inf"));
    QCOMPARE(full["format"]["is_float"].get<bool>(), true);
}

void TestProfileJson::reportJsonReadsBackWithNullsAsEmptyOptionals()
{
    auto back = core::profileFromJson(core::profileToJson(richProfile()));
    QVERIFY(back.ok());
    QVERIFY(!back.value().stereo.width.has_value());  // inf became null became "undefined"
    QVERIFY(!back.value().spectrum.rolloff85Hz.has_value());
    QCOMPARE(*back.value().spectrum.centroidHz, 1834.5);
    QVERIFY(back.value().file.isFloat);  // derived from the encoding when absent
}

void TestProfileJson::briefReportLeavesTheSeriesOut()
{
    core::ProfileJsonOptions brief;
    brief.includeSeries = false;
    const auto json = core::profileToJson(richProfile(), brief);
    QVERIFY(!json["spectrum"].contains("ltas"));
    QVERIFY(!json["rhythm"].contains("onset_times_s"));
    QVERIFY(!json["tonal"].contains("chroma_series"));
    QCOMPARE(json["rhythm"]["onset_count"].get<int>(), 3);
    auto back = core::profileFromJson(json);
    QVERIFY(back.ok());
    QVERIFY(back.value().rhythm.onsetTimesS.empty());
}

void TestProfileJson::analysisReportTracksAreProfileJson()
{
    core::AnalysisReportInput input;
    input.tracks = {richProfile()};
    const auto report = nlohmann::ordered_json::parse(core::analysisReportJson(input));
    QCOMPARE(report["tracks"][0].dump(), core::profileToJson(richProfile()).dump());
}

void TestProfileJson::badInputIsNamedByItsPointer_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text for a figure") << "/loudness/lra_lu" << "\"loud\"" << "/loudness/lra_lu: expected a number";
    QTest::newRow("missing section") << "/tonal" << "" << "/tonal: missing";
    QTest::newRow("bad severity") << "/issues/0/severity" << "\"dire\"" << "/issues/0/severity: expected";
    QTest::newRow("bad item") << "/loudness/short_term_curve_lufs/1" << "true" << "/loudness/short_term_curve_lufs/1: expected";
    QTest::newRow("chroma of 11 classes") << "/tonal/chroma_series/chroma/1" << "[1,2,3,4,5,6,7,8,9,10,11]"
                                          << "/tonal/chroma_series/chroma/1: expected 12 numbers";
    QTest::newRow("bad chroma class") << "/tonal/chroma_series/chroma/0/3" << "\"x\"" << "/tonal/chroma_series/chroma/0/3: expected a number";
    QTest::newRow("bad version") << "/analyzer_versions/levels" << "\"2\"" << "/analyzer_versions/levels: expected an integer";
}

void TestProfileJson::badInputIsNamedByItsPointer()
{
    QFETCH(QString, pointer);
    QFETCH(QString, replacement);
    QFETCH(QString, expected);
    core::ProfileJsonOptions exact;
    exact.exact = true;
    auto json = core::profileToJson(richProfile(), exact);
    const nlohmann::ordered_json::json_pointer where(pointer.toStdString());
    if (replacement.isEmpty())
        json.erase(where.back());
    else
        json[where] = nlohmann::ordered_json::parse(replacement.toStdString());
    auto back = core::profileFromJson(json);
    QVERIFY(!back.ok());
    QVERIFY2(QString::fromStdString(back.error().message).startsWith(expected), back.error().message.c_str());
}

QTEST_GUILESS_MAIN(TestProfileJson)
#include "tst_profilejson.moc"
