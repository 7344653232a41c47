// The style learned from the references (compare/referencestyle.h) on a synthetic reference
// library whose distributions are known by construction: ten references whose low mids sit at
// −20 … −11 dB relative to their loudness and whose PLR runs 5 … 14 dB, one a step, so the 10th,
// 50th and 90th percentiles are the ranks 0.9, 4.5 and 8.1 of ten evenly spaced values; their
// sections (two choruses, one verse each) lift the choruses by a known amount per reference.
// A track inside the range is not flagged, one outside is, with the figure, the unit and the
// range in its sentence; the sections of a mix are compared with the references' sections of
// their type; weights move the blend; too few references flag nothing. Learning: the user's
// rating of one reference, stored in the database and read back, moves the blended target by
// the amount the weighted percentiles give by hand.
#include "compare/referencestyle.h"
#include "compare/targetcurve.h"
#include "report/comparisonreport.h"
#include "store/referencerepository.h"
#include "store/store.h"
#include "util/textcatalogue.h"
#include "tolerance.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace stemwise;

namespace {

constexpr std::size_t kLowMids = 2;  // kBands: sub, bass, low mids, …

// A reference at −10 LUFS whose low mids sit at `lowMidsRelDb` relative to it, the other bands
// at −12 dB, with PLR `plrDb`, LRA 6 LU and width 0.3; the low mids' share of the energy
// 5 + i %.
core::TrackProfile reference(int i, double lowMidsRelDb, double plrDb)
{
    core::TrackProfile p;
    p.name = "Ref " + std::to_string(i);
    p.loudness.integratedLufs = -10.0;
    p.loudness.lraLu = 6.0;
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        p.spectrum.bands[b].levelDb = -10.0 + (b == kLowMids ? lowMidsRelDb : -12.0);
    p.spectrum.bands[kLowMids].share = 0.05 + 0.01 * i;
    p.dynamics.plrDb = plrDb;
    p.stereo.isStereo = true;
    p.stereo.width = 0.3;
    // A flat long-term spectrum, for the target curve.
    p.spectrum.ltasFrequencyHz = {20.0, 20000.0};
    p.spectrum.ltasDb = {-40.0, -40.0};
    p.dynamics.peakDbfs = -1.0;
    return p;
}

core::Section section(int index, const std::string& role, double loudnessLufs, double lowMidsRelDb)
{
    core::Section s;
    s.index = index;
    s.role = role;
    s.name = role + " " + std::to_string(index);
    s.loudnessLufs = loudnessLufs;
    for (std::size_t b = 0; b < core::kBandCount; ++b)
        s.bandLevelDb[b] = loudnessLufs + (b == kLowMids ? lowMidsRelDb : -12.0);
    return s;
}

// Verse, chorus, verse, chorus: the verses 2 dB below the song (−10 LUFS), the two choruses at
// `chorusLiftLu` ∓ 0.5 above it (their mean: `chorusLiftLu`), the choruses' low mids at
// `chorusLowMidsDb` relative to the chorus; a section without a role between them.
core::SessionSections sections(double chorusLiftLu, double chorusLowMidsDb)
{
    core::SessionSections s;
    s.sections.push_back(section(1, "verse", -12.0, -15.0));
    s.sections.push_back(section(2, "chorus", -10.0 + chorusLiftLu - 0.5, chorusLowMidsDb));
    s.sections.push_back(section(3, "", -30.0, -40.0));
    s.sections.push_back(section(4, "verse", -12.0, -15.0));
    s.sections.push_back(section(5, "chorus", -10.0 + chorusLiftLu + 0.5, chorusLowMidsDb));
    return s;
}

const core::StyleDeviation* find(const std::vector<core::StyleDeviation>& all, const std::string& key,
                                 const std::string& sectionType = {})
{
    for (const auto& d : all)
        if (d.key == key && d.sectionType == sectionType)
            return &d;
    return nullptr;
}

}  // namespace

class TestReferenceStyle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void percentilesOfEvenlySpacedValues_data();
    void percentilesOfEvenlySpacedValues();
    void weightsMoveTheBlend();
    void aRatingMovesTheBlend_data();
    void aRatingMovesTheBlend();
    void distributionsOfTheLibrary();
    void insideIsNotFlaggedOutsideIs_data();
    void insideIsNotFlaggedOutsideIs();
    void sectionsAreComparedWithTheirType();
    void tooFewReferencesFlagNothing();
    void theTargetCurveJudgesTheMix();

private:
    std::vector<core::TrackProfile> m_refs;
    std::vector<core::SessionSections> m_sections;
    core::ReferenceStyle m_style;
};

// Ten references: low mids −20 + i dB, PLR 5 + i dB, chorus lift 1 + 0.4·i LU and the chorus's
// low mids −18 + i dB (i = 0 … 9).
void TestReferenceStyle::initTestCase()
{
    for (int i = 0; i < 10; ++i) {
        m_refs.push_back(reference(i, -20.0 + i, 5.0 + i));
        m_sections.push_back(sections(1.0 + 0.4 * i, -18.0 + i));
    }
    std::vector<core::StyleExample> examples;
    for (std::size_t i = 0; i < m_refs.size(); ++i)
        examples.push_back({&m_refs[i], &m_sections[i], 1.0});
    m_style = core::learnReferenceStyle(examples);
}

void TestReferenceStyle::percentilesOfEvenlySpacedValues_data()
{
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    // 0 … 9: the rank q·9.
    QTest::newRow("p10") << 0.10 << 0.9;
    QTest::newRow("median") << 0.50 << 4.5;
    QTest::newRow("p90") << 0.90 << 8.1;
    QTest::newRow("min") << 0.0 << 0.0;
    QTest::newRow("max") << 1.0 << 9.0;
}

void TestReferenceStyle::percentilesOfEvenlySpacedValues()
{
    QFETCH(double, q);
    QFETCH(double, expected);
    // Given shuffled: the order of the references does not matter.
    const std::vector<double> values{7, 2, 9, 0, 4, 1, 8, 3, 6, 5};
    COMPARE_NEAR(core::weightedPercentile(values, std::vector<double>(10, 1.0), q), expected, 1e-9);
}

void TestReferenceStyle::weightsMoveTheBlend()
{
    const std::vector<double> values{0.0, 10.0, 20.0};
    COMPARE_NEAR(core::weightedPercentile(values, {1, 1, 1}, 0.5), 10.0, 1e-9);
    // Three times the weight on the lowest: ranks 0, 2/3, 1, so the median is 3/4 of the way to 10.
    COMPARE_NEAR(core::weightedPercentile(values, {3, 1, 1}, 0.5), 7.5, 1e-9);
    // Weight 0 leaves a reference out: the median of 10 and 20.
    COMPARE_NEAR(core::weightedPercentile(values, {0, 1, 1}, 0.5), 15.0, 1e-9);
    COMPARE_NEAR(core::weightedPercentile(values, {0, 0, 0}, 0.5), 0.0, 1e-9);

    // The same through the library: the first reference (low mids −20 dB) at weight 9 pulls the
    // median of the low mids down from −15.5 dB.
    std::vector<core::StyleExample> examples;
    for (std::size_t i = 0; i < m_refs.size(); ++i)
        examples.push_back({&m_refs[i], &m_sections[i], i == 0 ? 9.0 : 1.0});
    const auto weighted = core::learnReferenceStyle(examples);
    QVERIFY(weighted.track.ranges.at("band_low_mids_db").median < -17.0);
}

void TestReferenceStyle::aRatingMovesTheBlend_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<int>("references");
    QTest::addColumn<double>("p10");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");
    // PLR 5 … 14 dB, Ref 9 at 14 dB rated. Unrated: the ranks q·9 (5.9, 9.5, 13.1).
    QTest::newRow("unrated") << core::kReferenceUnrated << 10 << 5.9 << 9.5 << 13.1;
    // "The sound I want": weight 2 of 11. Positions C − w/2 less the first's half weight are 0 … 8
    // for 5 … 13 and 9.5 for 14, over 11 − 0.5 − 1 = 9.5: the median at position 4.75 lies between
    // 9 (4) and 10 (5), 9.75 (+0.25 dB); p10 at 0.95: 5.95; p90 at 8.55 between 13 (8) and 14
    // (9.5): 13 + 0.55/1.5 = 13.3667.
    QTest::newRow("the sound I want") << core::kReferenceSoundIWant << 10 << 5.95 << 9.75
                                      << 13.0 + 0.55 / 1.5;
    // "Not my style": left out, the ranks q·8 of 5 … 13 (5.8, 9.0, 12.2): the median −0.5 dB.
    QTest::newRow("not my style") << core::kReferenceNotMyStyle << 9 << 5.8 << 9.0 << 12.2;
}

void TestReferenceStyle::aRatingMovesTheBlend()
{
    QFETCH(int, rating);
    QFETCH(int, references);
    QFETCH(double, p10);
    QFETCH(double, median);
    QFETCH(double, p90);
    // The library in a real database; the last reference rated; read back as the CLI and the
    // References view read it, each weighted by its rating (styleWeightOfRating).
    QTemporaryDir dir;
    auto opened = core::Store::open(std::filesystem::path(dir.path().toStdString()) / "style.sqlite");
    QVERIFY2(opened.store, opened.error ? opened.error->message.c_str() : "");
    core::ReferenceRepository repository(opened.store->db());
    std::int64_t last = 0;
    for (std::size_t i = 0; i < m_refs.size(); ++i)
        last = repository.add(m_refs[i], "hash" + std::to_string(i), "pop");
    QVERIFY(repository.setRating(last, rating));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, repository.setRating(last, 2));
    std::vector<core::TrackProfile> profiles;
    std::vector<double> weights;
    for (const core::ReferenceTrack& r : repository.list(std::nullopt, std::string("pop"))) {
        QCOMPARE(r.rating, r.id == last ? rating : core::kReferenceUnrated);
        profiles.push_back(r.profile);
        weights.push_back(core::styleWeightOfRating(r.rating));
    }
    QCOMPARE(profiles.size(), m_refs.size());
    const auto target = core::makeTargetCurve(profiles, {}, weights);
    QVERIFY(target);
    QCOMPARE(static_cast<int>(target.value().spread.references.size()), references);
    const core::StyleRange& plr = target.value().style.track.ranges.at("plr_db");
    QCOMPARE(plr.count, references);
    COMPARE_NEAR(plr.p10, p10, 1e-9);
    COMPARE_NEAR(plr.median, median, 1e-9);
    COMPARE_NEAR(plr.p90, p90, 1e-9);
    // A track at PLR 13.3 dB is within the references' range with Ref 9 rated "want" (p90
    // 13.37), above it unrated (13.1) and with Ref 9 left out (12.2).
    core::TrackProfile track = m_refs[4];
    track.name = "Mix";
    track.dynamics.plrDb = 13.3;
    const auto deviations = core::compareWithStyle(track, nullptr, target.value().style);
    const core::StyleDeviation* d = find(deviations, "plr_db");
    QVERIFY(d);
    QCOMPARE(d->position, rating == core::kReferenceSoundIWant ? core::StylePosition::Within : core::StylePosition::Above);
}

void TestReferenceStyle::distributionsOfTheLibrary()
{
    QCOMPARE(m_style.references.size(), std::size_t{10});
    QCOMPARE(m_style.track.references, 10);
    const core::StyleRange& lowMids = m_style.track.ranges.at("band_low_mids_db");
    QCOMPARE(lowMids.count, 10);
    COMPARE_NEAR(lowMids.p10, -19.1, 1e-9);
    COMPARE_NEAR(lowMids.median, -15.5, 1e-9);
    COMPARE_NEAR(lowMids.p90, -11.9, 1e-9);
    const core::StyleRange& plr = m_style.track.ranges.at("plr_db");
    COMPARE_NEAR(plr.p10, 5.9, 1e-9);
    COMPARE_NEAR(plr.median, 9.5, 1e-9);
    COMPARE_NEAR(plr.p90, 13.1, 1e-9);
    // The shares, for the views and the suggestions: 5 … 14 %.
    COMPARE_NEAR(m_style.track.ranges.at("band_low_mids_share").p10, 0.059, 1e-12);
    COMPARE_NEAR(m_style.track.ranges.at("band_low_mids_share").p90, 0.131, 1e-12);
    // Every reference alike: no spread.
    COMPARE_NEAR(m_style.track.ranges.at("width").p10, 0.3, 1e-12);
    COMPARE_NEAR(m_style.track.ranges.at("lra_lu").p90, 6.0, 1e-12);

    // Per section type: the two choruses of a reference count once, with their mean lift.
    QVERIFY(m_style.sectionTypes.count("chorus") == 1);
    QVERIFY(m_style.sectionTypes.count("verse") == 1);
    QCOMPARE(m_style.sectionTypes.size(), std::size_t{2});  // the section without a role is no type
    const core::StyleSet& chorus = m_style.sectionTypes.at("chorus");
    QCOMPARE(chorus.references, 10);
    const core::StyleRange& lift = chorus.ranges.at("lift_lu");
    QCOMPARE(lift.count, 10);
    COMPARE_NEAR(lift.p10, 1.36, 1e-9);    // 1 + 0.4 · 0.9
    COMPARE_NEAR(lift.median, 2.8, 1e-9);   // 1 + 0.4 · 4.5
    COMPARE_NEAR(lift.p90, 4.24, 1e-9);    // 1 + 0.4 · 8.1
    COMPARE_NEAR(chorus.ranges.at("band_low_mids_db").median, -13.5, 1e-9);
    COMPARE_NEAR(m_style.sectionTypes.at("verse").ranges.at("lift_lu").median, -2.0, 1e-9);
}

void TestReferenceStyle::insideIsNotFlaggedOutsideIs_data()
{
    QTest::addColumn<double>("lowMidsRelDb");
    QTest::addColumn<double>("plrDb");
    QTest::addColumn<QString>("lowMids");
    QTest::addColumn<QString>("plr");
    QTest::addColumn<double>("excess");
    QTest::newRow("inside") << -15.0 << 9.0 << "within" << "within" << 0.0;
    QTest::newRow("just inside") << -19.0 << 13.0 << "within" << "within" << 0.0;
    QTest::newRow("low mids above") << -10.0 << 9.0 << "above" << "within" << 1.9;
    QTest::newRow("low mids below, PLR above") << -21.0 << 15.0 << "below" << "above" << 1.9;
    QTest::newRow("PLR below") << -15.0 << 4.0 << "within" << "below" << 0.0;
    // Less than a shown step (0.1 dB) beyond the range is not outside: -11.9 + 0.05.
    QTest::newRow("a hair above") << -11.85 << 9.0 << "within" << "within" << 0.0;
}

void TestReferenceStyle::insideIsNotFlaggedOutsideIs()
{
    QFETCH(double, lowMidsRelDb);
    QFETCH(double, plrDb);
    QFETCH(QString, lowMids);
    QFETCH(QString, plr);
    QFETCH(double, excess);
    core::TrackProfile mix = reference(0, lowMidsRelDb, plrDb);
    mix.name = "My mix";
    const auto deviations = core::compareWithStyle(mix, nullptr, m_style);
    // Seven bands, PLR, LRA, width: every feature with a range.
    QCOMPARE(deviations.size(), std::size_t{10});
    const core::StyleDeviation* band = find(deviations, "band_low_mids_db");
    QVERIFY(band != nullptr);
    QCOMPARE(QString::fromLatin1(core::stylePositionKey(band->position)), lowMids);
    COMPARE_NEAR(band->value, lowMidsRelDb, 1e-9);
    COMPARE_NEAR(band->excessAbs, excess, 1e-9);
    QCOMPARE(band->unit, std::string("dB"));
    const core::StyleDeviation* p = find(deviations, "plr_db");
    QVERIFY(p != nullptr);
    QCOMPARE(QString::fromLatin1(core::stylePositionKey(p->position)), plr);
    // A sentence only for what lies outside, with the figure, the unit and the range.
    QCOMPARE(band->message.empty(), lowMids == QLatin1String("within"));
    QCOMPARE(p->message.empty(), plr == QLatin1String("within"));
    if (lowMids == QLatin1String("above"))
        QCOMPARE(band->message, std::string("My mix: low mids (250–500 Hz) at -10.0 dB relative to the loudness, above 90 % "
                                            "of your references (10–90 %: -19.1 to -11.9 dB, median -15.5 dB)."));
    if (plr == QLatin1String("above"))
        QCOMPARE(p->message, std::string("My mix: PLR 15.0 dB, above 90 % of your references (10–90 %: 5.9 to 13.1 dB, "
                                         "median 9.5 dB)."));
    if (plr == QLatin1String("below"))
        QCOMPARE(p->text.args.at(2).texts.at(0).code, core::TextCode::StyleBelow);
    // The other bands sit where every reference does.
    QCOMPARE(find(deviations, "band_bass_db")->position, core::StylePosition::Within);
}

void TestReferenceStyle::sectionsAreComparedWithTheirType()
{
    core::TrackProfile mix = reference(0, -15.0, 9.0);
    mix.name = "My mix";
    // The choruses lift 5.5 and 6.5 LU, 6 on average (the references: 1.36 … 4.24), their low
    // mids at −13 dB (within).
    const core::SessionSections own = sections(6.0, -13.0);
    const auto deviations = core::compareWithStyle(mix, &own, m_style);
    // Whole track 10, then per type (verse first, as the song plays them): lift and 7 bands.
    QCOMPARE(deviations.size(), std::size_t{10 + 8 + 8});
    QCOMPARE(deviations[10].sectionType, std::string("verse"));
    QCOMPARE(deviations[18].sectionType, std::string("chorus"));
    const core::StyleDeviation* lift = find(deviations, "lift_lu", "chorus");
    QVERIFY(lift != nullptr);
    QCOMPARE(lift->sections, (std::vector<int>{2, 5}));
    COMPARE_NEAR(lift->value, 6.0, 1e-9);
    QCOMPARE(lift->position, core::StylePosition::Above);
    COMPARE_NEAR(lift->excessAbs, 1.76, 1e-9);
    QCOMPARE(lift->unit, std::string("LU"));
    QCOMPARE(lift->message, std::string("My mix, its chorus sections: +6.0 LU relative to the song's loudness, above 90 % of "
                                        "the chorus sections of your references (10–90 %: +1.4 to +4.2 LU, median +2.8 LU)."));
    QCOMPARE(find(deviations, "band_low_mids_db", "chorus")->position, core::StylePosition::Within);
    // The verses sit where the references' verses do; the section without a role is no type.
    QCOMPARE(find(deviations, "lift_lu", "verse")->position, core::StylePosition::Within);
    QCOMPARE(find(deviations, "lift_lu", "verse")->sections, (std::vector<int>{1, 4}));
    // A chorus that does not lift at all is below them.
    const core::SessionSections flat = sections(0.0, -13.0);
    const auto flatDeviations = core::compareWithStyle(mix, &flat, m_style);
    QCOMPARE(find(flatDeviations, "lift_lu", "chorus")->position, core::StylePosition::Below);

    // A section type's band outside on the same side as the whole track's gets no sentence of
    // its own; on the other side it does.
    core::TrackProfile muddy = reference(0, -10.0, 9.0);  // low mids above the references
    muddy.name = "Muddy";
    const core::SessionSections high = sections(3.0, -5.0);   // the choruses' low mids above theirs too
    const core::SessionSections low = sections(3.0, -25.0);   // …or below
    const auto same = core::compareWithStyle(muddy, &high, m_style);
    QCOMPARE(find(same, "band_low_mids_db")->position, core::StylePosition::Above);
    QCOMPARE(find(same, "band_low_mids_db", "chorus")->position, core::StylePosition::Above);
    QVERIFY(find(same, "band_low_mids_db", "chorus")->message.empty());
    const auto other = core::compareWithStyle(muddy, &low, m_style);
    QCOMPARE(find(other, "band_low_mids_db", "chorus")->position, core::StylePosition::Below);
    QVERIFY(!find(other, "band_low_mids_db", "chorus")->message.empty());
}

void TestReferenceStyle::tooFewReferencesFlagNothing()
{
    std::vector<core::StyleExample> two{{&m_refs[0], &m_sections[0], 1.0}, {&m_refs[9], &m_sections[9], 1.0}};
    const auto style = core::learnReferenceStyle(two);
    QCOMPARE(style.track.ranges.at("plr_db").count, 2);
    core::TrackProfile far = reference(0, 0.0, 30.0);
    QVERIFY(core::compareWithStyle(far, nullptr, style).empty());
    // Silence (no loudness) has no features to compare.
    core::TrackProfile silent;
    QVERIFY(core::compareWithStyle(silent, nullptr, m_style).empty());
    QVERIFY(core::learnReferenceStyle({}).empty());
}

// Through the target curve (compare/targetcurve.h), as `stemwise compare` and the References
// view use it: the comparison carries the style, each figure outside is a finding, the JSON
// validates against its schema; a stem (ComparisonOptions::style off) is not judged.
void TestReferenceStyle::theTargetCurveJudgesTheMix()
{
    auto target = core::makeTargetCurve(m_refs);
    QVERIFY(target);
    QCOMPARE(target.value().style.track.references, 10);
    core::TrackProfile mix = reference(0, -10.0, 15.0);
    mix.name = "My mix";
    const core::TrackComparison c = core::compareWithTarget(mix, target.value());
    QCOMPARE(c.style.size(), std::size_t{10});
    std::vector<std::string> codes;
    for (const auto& f : c.findings)
        if (f.code.starts_with("style_"))
            codes.push_back(f.code);
    QCOMPARE(codes, (std::vector<std::string>{"style_band_low_mids_db", "style_plr_db"}));
    // The style's findings come before the moves.
    bool move = false;
    for (const auto& f : c.findings) {
        move = move || f.kind == core::ComparisonFinding::Kind::Suggestion;
        QVERIFY2(!(move && f.code.starts_with("style_")), f.code.c_str());
    }

    const std::string json = core::comparisonReportJson(c);
    QVERIFY(json.find("\"position\": \"above\"") != std::string::npos);
    QProcess p;
    p.start(QStringLiteral(STEMWISE_PYTHON),
            {QStringLiteral(STEMWISE_SOURCE_DIR "/tests/tools/validate_json.py"),
             QStringLiteral(STEMWISE_SOURCE_DIR "/resources/schemas/stemwise.comparison-1.schema.json"), QStringLiteral("-")});
    p.write(json.data(), static_cast<qint64>(json.size()));
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(core::comparisonText(c).find("against your references") != std::string::npos);

    core::ComparisonOptions stem;
    stem.style = false;
    const core::TrackComparison s = core::compareWithTarget(mix, target.value(), stem);
    QVERIFY(s.style.empty());
    for (const auto& f : s.findings)
        QVERIFY(!f.code.starts_with("style_"));
}

QTEST_GUILESS_MAIN(TestReferenceStyle)
#include "tst_referencestyle.moc"
