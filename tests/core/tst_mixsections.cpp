// The sections of a mix alone, with no stems to go by (analysis/mixnovelty.h through
// findSessionSections), with answers known by construction: a synthesised mix in ABAB form,
// 8 bars of 2 s (120 BPM) a section, whose A and B differ only in their chord progression (or
// only in the instrument that plays the same one), over the same drum loop, analysed as a file
// is (analyzeBuffer: the band levels and the chroma per second the sections read are the
// analysis's own). The boundaries lie within 0.5 s of 16, 32 and 48 s (on them, with the
// tempo), say what changed, and the two A's share a group. Bad input (shorter than a bar,
// silence, nothing measured) gives one section or none, never a crash.
#include "analysis/mixnovelty.h"
#include "analysis/sessionsections.h"
#include "analysis/trackanalysis.h"
#include "json/sectionsjson.h"

#include <nlohmann/json.hpp>

#include "testsignals.h"
#include "tonalsignals.h"

#include <QTest>

#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

using namespace stemwise;

namespace {

constexpr double kRateHz = 22050.0;
constexpr double kBpm = 120.0;
const std::vector<double> kTruth{16.0, 32.0, 48.0};

// One section: `bars` chords of 2 s cycling through `roots` (semitones above C), all minor or
// all major, played by `timbre`.
std::vector<test::Chord> progression(const std::vector<int>& roots, bool minor, int bars)
{
    std::vector<test::Chord> chords;
    for (int bar = 0; bar < bars; ++bar)
        chords.push_back({roots[static_cast<std::size_t>(bar) % roots.size()], minor});
    return chords;
}

std::vector<float> played(const std::vector<test::Chord>& chords, test::ChordTimbre timbre)
{
    test::ProgressionSpec spec;
    spec.sampleRateHz = kRateHz;
    spec.chordS = 2.0;
    spec.timbre = timbre;
    spec.chords = chords;
    spec.peak = 0.4;
    return test::chordProgression(spec);
}

// `music` with the drum loop under it (the same in every section), analysed as a file named
// "Mix" of type mix.
core::StemActivity analysedMix(std::vector<float> music, const std::string& type = "mix")
{
    const std::vector<float> drums = test::drumLoop(kRateHz, static_cast<double>(music.size()) / kRateHz);
    for (std::size_t i = 0; i < music.size() && i < drums.size(); ++i)
        music[i] += 0.5f * drums[i];
    const float* channel = music.data();
    auto profile = core::analyzeBuffer({&channel, 1}, music.size(), kRateHz, "Mix");
    if (!profile)
        qFatal("analysis failed: %s", profile.error().message.c_str());
    core::StemActivity a = core::stemActivityOf(profile.value());
    a.type = type;
    return a;
}

// A: I–IV–V–I in C; B: vi–ii–iii–vi (the relative minor's chords, the same scale). ABAB.
std::vector<float> byChords()
{
    const auto a = progression({0, 5, 7, 0}, false, 8);
    const auto b = progression({9, 2, 4, 9}, true, 8);
    std::vector<test::Chord> all;
    for (const auto* part : {&a, &b, &a, &b})
        all.insert(all.end(), part->begin(), part->end());
    return played(all, test::ChordTimbre::Piano);
}

// I–IV–V–I throughout; A on a piano, B on an organ at the piano's power. ABAB.
std::vector<float> byTimbre()
{
    const auto chords = progression({0, 5, 7, 0}, false, 8);
    const std::vector<float> a = played(chords, test::ChordTimbre::Piano);
    std::vector<float> b = played(chords, test::ChordTimbre::Organ);
    const auto gain = static_cast<float>(std::sqrt(test::powerOf(a) / test::powerOf(b)));
    for (float& v : b)
        v *= gain;
    std::vector<float> out;
    for (const std::vector<float>* part : std::initializer_list<const std::vector<float>*>{&a, &b, &a, &b})
        out.insert(out.end(), part->begin(), part->end());
    return out;
}

// byChords() with B's chords 6 dB louder (the drums stay): a chorus by its loudness alone.
std::vector<float> louderB()
{
    std::vector<float> music = byChords();
    const auto sectionFrames = static_cast<std::size_t>(16.0 * kRateHz);
    for (std::size_t i = 0; i < music.size(); ++i)
        if ((i / sectionFrames) % 2 == 1)
            music[i] *= 2.0f;
    return music;
}

QString times(const core::SessionSections& s)
{
    QStringList list;
    for (const auto& b : s.boundaries)
        list << QString::number(b.timeS, 'f', 2);
    return list.join(QStringLiteral(", "));
}

}  // namespace

class TestMixSections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void abab_data();
    void abab();
    void theJsonSaysTheMixFoundThem();
    void aLouderRepeatedGroupIsTheChorus();
    void aSingleFileIsItsOwnMix();
    void badInputHasADefinedAnswer();

private:
    core::StemActivity m_byChords;
    core::StemActivity m_byTimbre;
};

void TestMixSections::initTestCase()
{
    m_byChords = analysedMix(byChords());
    m_byTimbre = analysedMix(byTimbre());
    QCOMPARE(m_byChords.levelDb.size(), std::size_t{64});
    QVERIFY(!m_byChords.chroma.empty());
    QCOMPARE(m_byTimbre.levelDb.size(), std::size_t{64});
}

void TestMixSections::abab_data()
{
    QTest::addColumn<bool>("chords");
    QTest::addColumn<bool>("tempo");
    QTest::newRow("chord progression, no tempo") << true << false;
    QTest::newRow("chord progression, 120 BPM") << true << true;
    QTest::newRow("timbre, no tempo") << false << false;
    QTest::newRow("timbre, 120 BPM") << false << true;
}

void TestMixSections::abab()
{
    QFETCH(bool, chords);
    QFETCH(bool, tempo);
    const core::StemActivity& mix = chords ? m_byChords : m_byTimbre;
    const auto s = core::findSessionSections({mix}, tempo ? std::optional<double>(kBpm) : std::nullopt);
    qInfo("%s", core::sessionSectionsLine(s).c_str());
    QVERIFY(s.fromMix);
    QCOMPARE(s.mix, std::string("Mix"));
    QCOMPARE(s.stems, 0);
    // The cycle compared is 4 bars: given by the tempo, else found where the chroma repeats.
    QVERIFY(s.cycleS.has_value());
    QCOMPARE(*s.cycleS, 8.0);
    QVERIFY2(s.boundaries.size() == kTruth.size(), qPrintable(times(s)));
    for (std::size_t i = 0; i < kTruth.size(); ++i) {
        const core::SectionBoundary& b = s.boundaries[i];
        if (tempo) {
            QCOMPARE(b.timeS, kTruth[i]);
            QVERIFY(b.snapped);
        } else {
            QVERIFY2(std::abs(b.timeS - kTruth[i]) <= 0.5, qPrintable(times(s)));
        }
        QVERIFY(b.fromMix);
        QVERIFY2(b.confidence >= 0.6, qPrintable(QString::number(b.confidence)));
        // The evidence names what differs, and not the level (the same peaks, the same drums).
        QVERIFY(chords ? b.harmonyChanged : b.timbreChanged);
        QVERIFY2(std::abs(b.levelChangeDb) < 3.0, qPrintable(QString::number(b.levelChangeDb)));
    }
    QCOMPARE(s.sections.size(), std::size_t{4});
    QCOMPARE(s.sections[0].group, std::string("A"));
    QCOMPARE(s.sections[1].group, std::string("B"));
    QCOMPARE(s.sections[2].group, std::string("A"));
    QCOMPARE(s.sections[3].group, std::string("B"));
    // A mix's sections list no stems, and carry the mix's own figures.
    for (const auto& sec : s.sections) {
        QVERIFY(sec.stems.empty());
        QVERIFY(sec.loudnessLufs.has_value());
    }
    // The chords' sections state their keys: C major, then its relative minor's chords.
    if (chords)
        QCOMPARE(s.sections[0].key.value_or("-"), std::string("C major"));
}

void TestMixSections::theJsonSaysTheMixFoundThem()
{
    const auto s = core::findSessionSections({m_byChords}, kBpm);
    const nlohmann::ordered_json j = core::sessionSectionsToJson(s);
    QCOMPARE(j.at("method").get<std::string>(), std::string("mix_novelty"));
    QCOMPARE(j.at("mix").get<std::string>(), std::string("Mix"));
    QCOMPARE(j.at("cycle_s").get<double>(), 8.0);
    QCOMPARE(j.at("boundaries").size(), std::size_t{3});
    for (const auto& b : j.at("boundaries")) {
        QCOMPARE(b.at("source").get<std::string>(), std::string("mix"));
        QVERIFY(!b.at("changed").empty());
        QCOMPARE(b.at("changed")[0].get<std::string>(), std::string("harmony"));
    }
    // The evidence reads as the stems' does: "harmony changes".
    const auto evidence = core::boundaryEvidence(s.boundaries[0]);
    QVERIFY(!evidence.empty());
    QCOMPARE(evidence[0].code, core::TextCode::SectionMixHarmony);
    const std::string line = core::sessionSectionsLine(s);
    QVERIFY2(line.starts_with("Sections: 4 (A B A B) from the mix's own changes (Mix), snapped to bars at 120.0 BPM; 16.0 s ("),
             line.c_str());
    QVERIFY2(line.find("harmony changes") != std::string::npos, line.c_str());
}

// A mix alone names its chorus and verse by loudness and repetition (analysis/sectionnames.h):
// B comes back after A and is more than 2.25 LU louder, so B is the chorus and A the verse; at
// equal loudness (byChords) nothing says which is which, and the sections keep their numbers.
void TestMixSections::aLouderRepeatedGroupIsTheChorus()
{
    const core::StemActivity mix = analysedMix(louderB());
    const auto s = core::findSessionSections({mix}, kBpm);
    QVERIFY(s.fromMix);
    QCOMPARE(s.sections.size(), std::size_t{4});
    const std::vector<std::string> roles{"verse", "chorus", "verse", "chorus"};
    for (std::size_t k = 0; k < 4; ++k)
        QCOMPARE(s.sections[k].role, roles[k]);
    QCOMPARE(s.sections[1].name, std::string("chorus 1"));
    QVERIFY(s.sections[1].roleConfidence.value_or(0.0) > 0.5);
    QCOMPARE(s.sections[1].roleEvidence.at(0).code, core::TextCode::SectionWhyChorusMix);
    QCOMPARE(s.sections[0].roleEvidence.at(0).code, core::TextCode::SectionWhyVerseMix);

    const auto level = core::findSessionSections({m_byChords}, kBpm);
    for (const auto& sec : level.sections)
        QVERIFY2(sec.role.empty(), sec.name.c_str());
}

void TestMixSections::aSingleFileIsItsOwnMix()
{
    // One file not typed "mix" (a session of one file) is sectioned the same way, and is its own
    // one stem: it plays in every section.
    core::StemActivity one = m_byTimbre;
    one.type = "keys";
    const auto s = core::findSessionSections({one}, kBpm);
    QVERIFY(s.fromMix);
    QCOMPARE(s.stems, 1);
    QCOMPARE(s.boundaries.size(), std::size_t{3});
    for (const auto& sec : s.sections)
        QCOMPARE(sec.stems, std::vector<std::string>{"Mix"});
    // With two stems or more, the stems' method stays: the mix is left out.
    core::StemActivity other = m_byChords;
    other.type = "keys";
    other.name = "Keys";
    core::StemActivity mix = m_byTimbre;
    const auto both = core::findSessionSections({one, other, mix}, kBpm);
    QVERIFY(!both.fromMix);
    QCOMPARE(both.stems, 2);
}

void TestMixSections::badInputHasADefinedAnswer()
{
    // Shorter than a bar (1.5 s at 120 BPM): one section, no boundary.
    std::vector<float> brief = played(progression({0}, false, 1), test::ChordTimbre::Piano);
    brief.resize(static_cast<std::size_t>(1.5 * kRateHz));
    const auto shortMix = analysedMix(std::move(brief));
    for (const auto bpm : {std::optional<double>(kBpm), std::optional<double>()}) {
        const auto s = core::findSessionSections({shortMix}, bpm);
        QVERIFY(s.fromMix);
        QCOMPARE(s.boundaries.size(), std::size_t{0});
        QCOMPARE(s.sections.size(), std::size_t{1});
        QCOMPARE(s.sections[0].startS, 0.0);
        QCOMPARE(s.sections[0].endS, 1.5);
    }
    // Silence: one section over its length, no boundary, no tempo or a tempo alike.
    std::vector<float> silence(static_cast<std::size_t>(30.0 * kRateHz), 0.0f);
    const float* channel = silence.data();
    auto profile = core::analyzeBuffer({&channel, 1}, silence.size(), kRateHz, "Mix");
    QVERIFY(static_cast<bool>(profile));
    core::StemActivity quiet = core::stemActivityOf(profile.value());
    quiet.type = "mix";
    for (const auto bpm : {std::optional<double>(kBpm), std::optional<double>()}) {
        const auto s = core::findSessionSections({quiet}, bpm);
        QCOMPARE(s.boundaries.size(), std::size_t{0});
        QCOMPARE(s.sections.size(), std::size_t{1});
        QCOMPARE(s.sections[0].endS, 30.0);
        QCOMPARE(s.sections[0].group, std::string("A"));
    }
    // No tempo: the boundaries are found, not snapped, and the line says so.
    const auto unsnapped = core::findSessionSections({m_byTimbre});
    QVERIFY(!unsnapped.barS.has_value());
    for (const auto& b : unsnapped.boundaries)
        QVERIFY(!b.snapped);
    QVERIFY(core::sessionSectionsLine(unsnapped).find("no tempo: not snapped to bars") != std::string::npos);
    // Nothing measured (no levels at all): one section over its length, from nothing.
    core::StemActivity empty;
    empty.name = "Mix";
    empty.type = "mix";
    empty.durationS = 12.0;
    const auto none = core::findSessionSections({empty}, kBpm);
    QVERIFY(!none.fromMix);
    QCOMPARE(none.sections.size(), std::size_t{1});
    QCOMPARE(none.sections[0].endS, 12.0);
    // The novelty alone of a mix without band levels or chroma: level only, no crash.
    core::StemActivity levels;
    levels.levelDb = {-20.0, -20.0, -20.0};
    const core::MixNovelty novelty(levels, std::nullopt);
    QCOMPARE(novelty.edges().size(), std::size_t{4});
    for (const auto& e : novelty.edges())
        QCOMPARE(e.novelty, 0.0);
}

QTEST_GUILESS_MAIN(TestMixSections)
#include "tst_mixsections.moc"
