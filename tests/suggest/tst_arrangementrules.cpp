// The workflow suggestions from the arrangement (suggest/arrangementrules.cpp), through the
// engine, on sessions whose form is known by construction: stems' levels and short-term
// loudness a second at a time (what the sections read of a profile) entering and leaving at
// known bars. Each rule has a case that fires, with the move's figures computed from the
// construction, and a control that does not: choruses that do not lift get a ride of the parts
// they alone hold (choruses that lift do not); a section of 40 bars without a change gets a
// change at the 8-bar line nearest its middle (two of 20 bars do not); a part heard in one
// short section only is named (a part in both choruses is not). They are ranked, capped and
// learned like every suggestion: ratings move their confidence.
#include "analysis/trackprofile.h"
#include "learn/learnedmodel.h"
#include "suggest/suggestionengine.h"

#include "sectionsignals.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace stemwise;

namespace {

using test::Play;

// A stem's profile holding what the sections read: its level a second at a time (one band)
// and the same as its short-term loudness, with a little movement, as music has.
core::TrackProfile track(const char* name, const char* type, std::size_t seconds, const std::vector<Play>& parts)
{
    core::TrackProfile p;
    p.name = name;
    p.type = type;
    p.typeSource = "user";
    p.file.format.sampleRateHz = 48000.0;
    p.file.format.channels = 1;
    p.file.format.frames = static_cast<std::int64_t>(seconds) * 48000;
    p.dynamics.peakDbfs = -6.0;
    const std::vector<double> levels = test::playedLevels(seconds, parts);
    p.spectrum.bandActivity.intervalS = 1.0;
    p.spectrum.bandActivity.levelDb[static_cast<std::size_t>(core::Band::Mids)] = levels;
    p.loudness.curveIntervalS = 1.0;
    for (const double v : levels)
        p.loudness.shortTermCurveLufs.emplace_back(v);
    return p;
}

std::vector<const core::Suggestion*> byRule(const core::SuggestionSet& set, const std::string& rule)
{
    std::vector<const core::Suggestion*> out;
    for (const auto& s : set.suggestions)
        if (s.rule == rule)
            out.push_back(&s);
    return out;
}

QString listOf(const core::SuggestionSet& set)
{
    QStringList out;
    for (const auto& s : set.suggestions)
        out << QString::fromStdString(s.rule + ": " + s.title);
    return out.join(QLatin1Char('\n'));
}

double evidence(const core::Suggestion& s, const std::string& measure)
{
    for (const auto& e : s.evidence)
        if (e.measure == measure)
            return e.value;
    return std::nan("");
}

core::SuggestionSet suggest(const std::vector<core::TrackProfile>& tracks, const core::LearnedModel& learned = {})
{
    core::SuggestionContext context;
    context.tempoBpm = 120.0;
    return core::SuggestionEngine::run(tracks, context, learned);
}

// At 120 BPM (a bar is 2 s), 8 bars a section: intro (Pad, Keys) 0–16 s, verse (Drums, Bass,
// Vox enter) 16–32, chorus 32–48, verse 48–64, chorus 64–80, outro (Pad) 80–96. Five stems at
// −20 dB in the verses; the choruses add Strings and Backing Vox at `chorusPartsDb` each.
std::vector<core::TrackProfile> popSong(double chorusPartsDb)
{
    const double l = -20.0;
    return {
        track("Pad", "pad", 96, {{0, 96, l}}),
        track("Keys", "keys", 96, {{0, 80, l}}),
        track("Drums", "drums", 96, {{16, 80, l}}),
        track("Bass", "bass", 96, {{16, 80, l}}),
        track("Vox", "vocals", 96, {{16, 80, l}}),
        track("Strings", "strings", 96, {{32, 48, chorusPartsDb}, {64, 80, chorusPartsDb}}),
        track("Backing Vox", "vocals", 96, {{32, 48, chorusPartsDb}, {64, 80, chorusPartsDb}}),
    };
}

}  // namespace

class TestArrangementRules : public QObject {
    Q_OBJECT
private slots:
    void chorusesThatDoNotLiftGetARideOfTheirOwnParts();
    void aSectionWithoutAChangeGetsOneAtAPhraseNearItsMiddle();
    void aPartHeardInOneShortSectionIsNamed();
    void ratingsMoveThemAsAnySuggestion();
};

void TestArrangementRules::chorusesThatDoNotLiftGetARideOfTheirOwnParts()
{
    // Two parts at −23 dB over five at −20: the choruses are 10·log10((5 + 2·10^−0.3) / 5) = 0.79
    // LU louder, under 1 LU. Raising the two by g brings the lift to 1.5 LU when
    // 5 + 2·10^−0.3·10^(g/10) = 5·10^0.15: g = 3.14 dB.
    const double own = 2.0 * std::pow(10.0, -0.3);
    const double lift = 10.0 * std::log10((5.0 + own) / 5.0);
    const double gain = 10.0 * std::log10((5.0 * std::pow(10.0, 0.15) - 5.0) / own);
    const auto set = suggest(popSong(-23.0));
    const auto found = byRule(set, "chorus_lift");
    QVERIFY2(found.size() == 1, qPrintable(listOf(set)));
    const core::Suggestion& s = *found.front();
    qInfo("%s\n%s\n%s", s.title.c_str(), s.description.c_str(), s.reasoning.c_str());
    QCOMPARE(s.type, core::SuggestionType::Arrangement);
    QCOMPARE(s.target.tracks, (std::vector<std::string>{"Strings", "Backing Vox"}));
    QVERIFY2(std::abs(evidence(s, "chorus_lift_lu") - lift) < 0.1, qPrintable(QString::number(evidence(s, "chorus_lift_lu"))));
    QVERIFY2(std::abs(*s.number("ride_gain_db") - gain) <= 0.5, qPrintable(QString::number(*s.number("ride_gain_db"))));
    QCOMPARE(*s.number("start_s"), 32.0);
    QCOMPARE(s.title, std::string("Lift the choruses: raise Strings and Backing Vox by 3.0 dB in chorus 1 and chorus 2"));
    QVERIFY(s.shown);
    // Control: the same parts at −14 dB lift the choruses by 4.1 LU.
    const auto lifting = suggest(popSong(-14.0));
    QVERIFY2(byRule(lifting, "chorus_lift").empty(), qPrintable(listOf(lifting)));
}

void TestArrangementRules::aSectionWithoutAChangeGetsOneAtAPhraseNearItsMiddle()
{
    // Intro (Pad) 0–16 s, then Drums and Bass join for 80 s (40 bars) without a change, then the
    // Pad alone to 112 s. The middle of the long section lies 20 bars in (56 s); the 8-bar lines
    // nearest it, 16 and 24 bars in: 48 or 64 s.
    const double l = -20.0;
    auto session = [&](bool keysHalfway) {
        std::vector<core::TrackProfile> tracks{
            track("Pad", "pad", 112, {{0, 112, l}}),
            track("Drums", "drums", 112, {{16, 96, l}}),
            track("Bass", "bass", 112, {{16, 96, l}}),
        };
        if (keysHalfway)
            tracks.push_back(track("Keys", "keys", 112, {{56, 96, l}}));
        return tracks;
    };
    const auto set = suggest(session(false));
    const auto found = byRule(set, "static_section");
    QVERIFY2(found.size() == 1, qPrintable(listOf(set)));
    const core::Suggestion& s = *found.front();
    qInfo("%s\n%s", s.title.c_str(), s.reasoning.c_str());
    QCOMPARE(*s.number("start_s"), 16.0);
    QCOMPARE(*s.number("end_s"), 96.0);
    const double at = *s.number("at_s");
    QVERIFY2(at == 48.0 || at == 64.0, qPrintable(QString::number(at)));
    QCOMPARE(evidence(s, "unchanged_bars"), 40.0);
    QVERIFY(s.title.find(at == 64.0 ? "at bar 33 (64.0 s)" : "at bar 25 (48.0 s)") != std::string::npos);
    // Control: Keys entering halfway make two sections of 20 bars.
    const auto changing = suggest(session(true));
    QVERIFY2(byRule(changing, "static_section").empty(), qPrintable(listOf(changing)));
}

void TestArrangementRules::aPartHeardInOneShortSectionIsNamed()
{
    // A Glockenspiel in the first chorus only (32–48 s: 16 s of the song's 96, one of six
    // sections); the control plays it in both choruses.
    auto tracks = popSong(-14.0);
    tracks.push_back(track("Glock", "keys", 96, {{32, 48, -20.0}}));
    const auto set = suggest(tracks);
    const auto found = byRule(set, "one_section_part");
    QVERIFY2(found.size() == 1, qPrintable(listOf(set)));
    const core::Suggestion& s = *found.front();
    qInfo("%s\n%s", s.title.c_str(), s.reasoning.c_str());
    QCOMPARE(s.target.tracks, std::vector<std::string>{"Glock"});
    QCOMPARE(s.title, std::string("Glock plays only in chorus 1 (32.0–48.0 s)"));
    QCOMPARE(s.reasoning, std::string("Glock plays 16.0 s of the song's 96.0 s, all in one of its 6 sections."));
    QVERIFY(std::abs(evidence(s, "one_section_share") - 100.0 / 6.0) < 1e-9);
    auto twice = popSong(-14.0);
    twice.push_back(track("Glock", "keys", 96, {{32, 48, -20.0}, {64, 80, -20.0}}));
    const auto control = suggest(twice);
    QVERIFY2(byRule(control, "one_section_part").empty(), qPrintable(listOf(control)));
}

void TestArrangementRules::ratingsMoveThemAsAnySuggestion()
{
    const auto before = suggest(popSong(-23.0));
    const auto found = byRule(before, "chorus_lift");
    QVERIFY(found.size() == 1);
    const double prior = found.front()->baseConfidence;
    core::LearnedModel learned;
    for (int i = 0; i < 3; ++i)
        learned.add("chorus_lift", "session", std::nullopt, prior, core::Feedback::NotUseful);
    const auto after = suggest(popSong(-23.0), learned);
    const auto rated = byRule(after, "chorus_lift");
    QVERIFY(rated.size() == 1);
    QVERIFY2(rated.front()->confidence < found.front()->confidence - 0.05,
             qPrintable(QStringLiteral("%1 -> %2").arg(found.front()->confidence).arg(rated.front()->confidence)));
    QVERIFY(!rated.front()->personalisation.empty());
}

QTEST_GUILESS_MAIN(TestArrangementRules)
#include "tst_arrangementrules.moc"
