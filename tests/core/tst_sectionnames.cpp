// The sections' functional names (analysis/sectionnames.h) on sessions whose form is known by
// construction: stems (their level and short-term loudness a second at a time, as the analysis
// keeps them) entering and leaving at known bars. An intro – verse – chorus – verse – chorus –
// outro song gets those names, each with its confidence and evidence; a break where the drums
// and the bass stop, and the drop where they return fullest, are named so; a form the stems
// cannot tell apart (two groups with as many stems at the same level) keeps "section N"; the
// session's markers win.
#include "analysis/sectionnames.h"
#include "analysis/sessionsections.h"
#include "json/sectionsjson.h"
#include "util/textcatalogue.h"

#include "sectionsignals.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>

using namespace stemwise;

namespace {

using test::Play;

// A stem of `seconds`: its level (and short-term loudness, the same) in the parts it plays,
// silence elsewhere (test::playedLevels).
core::StemActivity stem(const std::string& name, const std::string& type, std::size_t seconds, const std::vector<Play>& parts)
{
    core::StemActivity a;
    a.name = name;
    a.type = type;
    a.durationS = static_cast<double>(seconds);
    a.levelDb = test::playedLevels(seconds, parts);
    a.loudnessLufs = a.levelDb;
    return a;
}

std::vector<std::string> namesOf(const core::SessionSections& s)
{
    std::vector<std::string> out;
    for (const auto& sec : s.sections)
        out.push_back(sec.name);
    return out;
}

QString listed(const std::vector<std::string>& names)
{
    QStringList out;
    for (const auto& n : names)
        out << QString::fromStdString(n);
    return out.join(QStringLiteral(", "));
}

// At 120 BPM (a bar is 2 s), 8 bars a section: intro 0–16 s (Pad, Keys), verse 16–32 s (Drums,
// Bass, Vox enter), chorus 32–48 s (Strings, Backing Vox enter), verse 48–64 s (they leave),
// chorus 64–80 s, outro 80–96 s (all but the Pad leave). Every stem at −20 dB: a verse plays 5
// stems, a chorus 7 (1.46 LU louder, 10·log10(7/5)).
constexpr std::size_t kSongS = 96;
std::vector<core::StemActivity> popSong()
{
    const double l = -20.0;
    return {
        stem("Pad", "pad", kSongS, {{0, 96, l}}),
        stem("Keys", "keys", kSongS, {{0, 80, l}}),
        stem("Drums", "drums", kSongS, {{16, 80, l}}),
        stem("Bass", "bass", kSongS, {{16, 80, l}}),
        stem("Vox", "vocals", kSongS, {{16, 80, l}}),
        stem("Strings", "strings", kSongS, {{32, 48, l}, {64, 80, l}}),
        stem("Backing Vox", "vocals", kSongS, {{32, 48, l}, {64, 80, l}}),
    };
}

}  // namespace

class TestSectionNames : public QObject {
    Q_OBJECT
private slots:
    void aPopFormGetsItsNames();
    void theNamesAreInTheJsonWithTheirEvidence();
    void aBreakAndItsDropAreNamedFromTheDrumsAndTheBass();
    void stemsThatCannotTellTheSectionsApartKeepTheirNumbers();
    void theSessionsMarkersWin();
};

void TestSectionNames::aPopFormGetsItsNames()
{
    const auto s = core::findSessionSections(popSong(), 120.0);
    QCOMPARE(s.sections.size(), std::size_t{6});
    const std::vector<double> starts{0, 16, 32, 48, 64, 80};
    for (std::size_t k = 0; k < starts.size(); ++k)
        QCOMPARE(s.sections[k].startS, starts[k]);
    const std::vector<std::string> names{"intro", "verse 1", "chorus 1", "verse 2", "chorus 2", "outro"};
    QVERIFY2(namesOf(s) == names, qPrintable(listed(namesOf(s))));
    const std::vector<std::string> roles{"intro", "verse", "chorus", "verse", "chorus", "outro"};
    for (std::size_t k = 0; k < roles.size(); ++k) {
        const core::Section& sec = s.sections[k];
        QCOMPARE(sec.role, roles[k]);
        QVERIFY(sec.roleConfidence);
        qInfo("%s: confidence %.2f, %s", sec.name.c_str(), *sec.roleConfidence, core::english(sec.roleEvidence.front()).c_str());
        QVERIFY(*sec.roleConfidence >= 0.5 && *sec.roleConfidence <= 1.0);
        QCOMPARE(sec.roleEvidence.size(), std::size_t{1});
    }
    // The chorus scores two stems and 1.46 LU / 3 above the verse: 1 − e^−2.49 = 0.917.
    QVERIFY2(std::abs(*s.sections[2].roleConfidence - (1.0 - std::exp(-(2.0 + 10.0 * std::log10(7.0 / 5.0) / 3.0)))) < 0.02,
             qPrintable(QString::number(*s.sections[2].roleConfidence)));
    QCOMPARE(*s.sections[1].roleConfidence, *s.sections[2].roleConfidence);  // the verse repeats too
    // Texts: the names are coded, numbered where they repeat; the findings use them.
    QCOMPARE(s.sections[0].nameText.code, core::TextCode::SectionRoleIntro);
    QCOMPARE(s.sections[2].nameText.code, core::TextCode::SectionRoleNumbered);
    QCOMPARE(core::english(core::sectionLabelText(s.sections[2])), std::string("chorus 1 (C)"));
    QCOMPARE(s.sections[2].roleEvidence.front().code, core::TextCode::SectionWhyChorus);
    QCOMPARE(core::english(s.sections[0].roleEvidence.front()),
             std::string("the first section, 2 stems playing (the fullest section: 7); Drums, Bass and Vox enter after it"));
    // The outro has the pad alone: one stem, in the singular.
    QCOMPARE(s.sections[5].roleEvidence.front().code, core::TextCode::SectionWhyOutroN);
    const std::string outro = core::english(s.sections[5].roleEvidence.front());
    QVERIFY2(outro.starts_with("the last section, 1 stem playing (the fullest section: 7); "), outro.c_str());
}

void TestSectionNames::theNamesAreInTheJsonWithTheirEvidence()
{
    const auto json = core::sessionSectionsToJson(core::findSessionSections(popSong(), 120.0));
    const auto& chorus = json["sections"][4];
    QCOMPARE(chorus["name"].get<std::string>(), std::string("chorus 2"));
    QCOMPARE(chorus["role"].get<std::string>(), std::string("chorus"));
    QVERIFY(chorus["role_confidence"].get<double>() > 0.9);
    QCOMPARE(chorus["role_evidence"].size(), std::size_t{1});
    QVERIFY2(chorus["role_evidence"][0].get<std::string>().starts_with("group C: 7 stems at "),
             chorus["role_evidence"][0].get<std::string>().c_str());
}

void TestSectionNames::aBreakAndItsDropAreNamedFromTheDrumsAndTheBass()
{
    // 16 s each: intro (Pad), a groove (Drums, Bass, Synth enter), a break (Drums and Bass
    // stop), the drop (they return with a Lead and a Sub: the fullest), the outro (Pad alone).
    const double l = -20.0;
    const std::vector<core::StemActivity> stems{
        stem("Pad", "pad", 80, {{0, 80, l}}),
        stem("Drums", "drums", 80, {{16, 32, l}, {48, 64, l}}),
        stem("Bass", "bass", 80, {{16, 32, l}, {48, 64, l}}),
        stem("Synth", "synth", 80, {{16, 64, l}}),
        stem("Lead", "synth", 80, {{48, 64, l}}),
        stem("Sub", "synth", 80, {{48, 64, l}}),
    };
    const auto s = core::findSessionSections(stems, 120.0);
    const std::vector<std::string> names{"intro", "section 2", "break", "drop", "outro"};
    QVERIFY2(namesOf(s) == names, qPrintable(listed(namesOf(s))));
    QCOMPARE(core::english(s.sections[2].roleEvidence.front()), std::string("Drums and Bass stop for it and play again after it"));
    QVERIFY(s.sections[1].role.empty() && !s.sections[1].roleConfidence && s.sections[1].roleEvidence.empty());
    // Control: without the drums and the bass stopping (they play on through it) there is no break.
    std::vector<core::StemActivity> steady = stems;
    steady[1] = stem("Drums", "drums", 80, {{16, 64, l}});
    steady[2] = stem("Bass", "bass", 80, {{16, 64, l}});
    const auto t = core::findSessionSections(steady, 120.0);
    for (const auto& sec : t.sections)
        QVERIFY2(sec.role != "break" && sec.role != "drop", sec.name.c_str());
}

void TestSectionNames::stemsThatCannotTellTheSectionsApartKeepTheirNumbers()
{
    // A B A B, 20 s each: A Pad, Keys, Drums; B Pad, Guitar, Drums. As many stems at the same
    // level: neither is fuller or louder, and neither starts before the parts enter.
    const double l = -20.0;
    const std::vector<core::StemActivity> stems{
        stem("Pad", "pad", 80, {{0, 80, l}}),
        stem("Drums", "drums", 80, {{0, 80, l}}),
        stem("Keys", "keys", 80, {{0, 20, l}, {40, 60, l}}),
        stem("Guitar", "guitar", 80, {{20, 40, l}, {60, 80, l}}),
    };
    const auto s = core::findSessionSections(stems, 120.0);
    QCOMPARE(s.sections.size(), std::size_t{4});
    QCOMPARE(s.sections[2].group, s.sections[0].group);
    const std::vector<std::string> names{"section 1", "section 2", "section 3", "section 4"};
    QVERIFY2(namesOf(s) == names, qPrintable(listed(namesOf(s))));
    for (const auto& sec : s.sections)
        QVERIFY(sec.role.empty() && !sec.roleConfidence);
    // One repetition fuller is not yet a chorus: A B A (a vocal in the middle) keeps its numbers.
    const std::vector<core::StemActivity> aba{
        stem("Pad", "pad", 60, {{0, 60, l}}),
        stem("Drums", "drums", 60, {{0, 60, l}}),
        stem("Vox", "vocals", 60, {{20, 40, l}}),
    };
    const auto t = core::findSessionSections(aba, 120.0);
    QCOMPARE(t.sections.size(), std::size_t{3});
    QVERIFY2(namesOf(t) == (std::vector<std::string>{"section 1", "section 2", "section 3"}), qPrintable(listed(namesOf(t))));
}

void TestSectionNames::theSessionsMarkersWin()
{
    const auto s = core::findSessionSections(popSong(), 120.0, {{"Verse", 16.0}, {"Hook", 32.0}});
    QVERIFY(s.fromSession);
    QCOMPARE(s.sections[1].name, std::string("Verse"));
    QCOMPARE(s.sections[2].name, std::string("Hook"));
    for (const auto& sec : s.sections)
        QVERIFY2(sec.role.empty(), sec.name.c_str());
}

QTEST_GUILESS_MAIN(TestSectionNames)
#include "tst_sectionnames.moc"
