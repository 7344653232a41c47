// The session's sections from its stems' activity (analysis/sessionsections.h), with answers
// known by construction: synthesised stems (tones, noise, a drum of noise bursts on every
// beat) that enter and leave at known bars, analysed as files are (analyzeBuffer: the band
// levels per second the sections read are the analysis's own), then sectioned with and
// without the tempo. Also: a session where nothing changes has no boundary, one stem or none
// gives a defined answer, a loudness jump alone is a boundary with its evidence, a mix bounce
// is left out.
#include "sectionsignals.h"

#include "analysis/sessionsections.h"
#include "analysis/trackanalysis.h"
#include "dsp/keyfinder.h"
#include "json/sectionsjson.h"
#include "util/textcatalogue.h"

#include <nlohmann/json.hpp>

#include "testsignals.h"
#include "tonalsignals.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

using namespace stemwise;

namespace {

constexpr double kRateHz = 22050.0;

struct Part {
    double fromS;
    double toS;
};

// `signal` gated to the parts (10 ms ramps at each edge, so no click spreads energy).
std::vector<float> gated(std::vector<float> signal, const std::vector<Part>& parts)
{
    const double ramp = 0.01 * kRateHz;
    for (std::size_t i = 0; i < signal.size(); ++i) {
        const double t = static_cast<double>(i) / kRateHz;
        double g = 0.0;
        for (const Part& p : parts) {
            if (t < p.fromS || t >= p.toS)
                continue;
            const double in = (t - p.fromS) * kRateHz / ramp;
            const double out = (p.toS - t) * kRateHz / ramp;
            g = std::max(g, std::min({1.0, in, out}));
        }
        signal[i] = static_cast<float>(signal[i] * g);
    }
    return signal;
}

// A drum: a decaying noise burst on every beat.
std::vector<float> drumBursts(double bpm, std::size_t frames, std::uint64_t seed)
{
    std::vector<float> noise = test::whiteNoise(0.5, frames, seed);
    const double beatS = 60.0 / bpm;
    for (std::size_t i = 0; i < frames; ++i) {
        const double t = static_cast<double>(i) / kRateHz;
        const double sinceBeat = std::fmod(t, beatS);
        noise[i] = static_cast<float>(noise[i] * std::exp(-sinceBeat / 0.06));
    }
    return noise;
}

core::StemActivity analysed(const std::string& name, const std::vector<float>& samples)
{
    const float* channel = samples.data();
    auto profile = core::analyzeBuffer({&channel, 1}, samples.size(), kRateHz, name);
    if (!profile)
        qFatal("analysis of %s failed: %s", name.c_str(), profile.error().message.c_str());
    return core::stemActivityOf(profile.value());
}

// Level per second for a hand-built stem: `levelDb` in the parts, silence elsewhere.
core::StemActivity handBuilt(const std::string& name, std::size_t seconds, const std::vector<std::pair<Part, double>>& parts)
{
    core::StemActivity a;
    a.name = name;
    a.intervalS = 1.0;
    a.durationS = static_cast<double>(seconds);
    std::vector<test::Play> plays;
    for (const auto& [part, level] : parts)
        plays.push_back({part.fromS, part.toS, level});
    a.levelDb = test::playedLevels(seconds, plays);
    return a;
}

bool contains(const std::vector<std::string>& names, const std::string& name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The song: at 100 BPM a bar is 2.4 s. Pad and Bass play throughout (the Bass rests for a bar
// in the middle: not an exit); Drums and Lead enter at bar 8 (16.8 s); Strings and Perc at bar
// 15 (33.6 s); all four leave at bar 21 (48.0 s); the song ends at 64 s. So the sections are
// A (0–16.8), B (16.8–33.6), C (33.6–48), A again (48–64): the last repeats the first.
constexpr double kBpm = 100.0;
constexpr double kEnd = 64.0;
const std::vector<double> kTruth{16.8, 33.6, 48.0};

// `preRollS`: silence before bar 1 (a bounce that starts early), everything later by as much.
std::vector<core::StemActivity> theSong(double preRollS = 0.0)
{
    const double p = preRollS;
    const double end = kEnd + p;
    const auto frames = static_cast<std::size_t>(end * kRateHz);
    std::vector<core::StemActivity> stems;
    stems.push_back(analysed("Pad", gated(test::sine(220.0, 0.2, kRateHz, frames), {{p, end}})));
    stems.push_back(analysed("Bass", gated(test::sine(55.0, 0.4, kRateHz, frames), {{p, p + 38.4}, {p + 40.8, end}})));
    stems.push_back(analysed("Drums", gated(drumBursts(kBpm, frames, 3), {{p + 16.8, p + 48.0}})));
    stems.push_back(analysed("Lead", gated(test::sine(880.0, 0.2, kRateHz, frames), {{p + 16.8, p + 48.0}})));
    stems.push_back(analysed("Strings", gated(test::sine(440.0, 0.15, kRateHz, frames), {{p + 33.6, p + 48.0}})));
    stems.push_back(analysed("Perc", gated(test::whiteNoise(0.1, frames, 7), {{p + 33.6, p + 48.0}})));
    return stems;
}

// Keys in the major key on `tonic` (0 = C): I–IV–V–I, a chord a bar of 2 s (120 BPM), with
// its root in the bass, for `bars` bars, after `silentS` of silence.
std::vector<float> cadences(int tonic, int bars, test::ChordTimbre timbre, double silentS = 0.0)
{
    test::ProgressionSpec spec;
    spec.tonic = tonic;
    spec.sampleRateHz = kRateHz;
    spec.chordS = 2.0;
    spec.timbre = timbre;
    for (int bar = 0; bar < bars; ++bar)
        spec.chords.push_back({std::array{0, 5, 7, 0}[static_cast<std::size_t>(bar % 4)], false});
    std::vector<float> out(static_cast<std::size_t>(silentS * kRateHz), 0.0f);
    const std::vector<float> played = test::chordProgression(spec);
    out.insert(out.end(), played.begin(), played.end());
    return out;
}

}  // namespace

class TestSessionSections : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void stemsEnteringAndLeavingAreTheBoundaries();
    void withTheTempoTheBoundariesLieOnTheBars();
    void withAPreRollTheBarsStartWhereTheBoundariesSay();
    void theRepeatedSectionIsGroupedWithTheFirst();
    void nothingChangingMeansNoBoundary();
    void oneStemOrNoneHasADefinedAnswer();
    void aLoudnessJumpAloneIsABoundary();
    void aMixBounceIsLeftOut();
    void aSectionWithOneStemMoreOutOfFiveIsAVariant();
    void randomArrangementsAreFoundWithinABeat();
    void theSessionsMarkersAreTheBoundaries();
    void figuresPerSectionAndTheFindingsAcrossThem();
    void aKeyChangeIsFoundAtItsBarWithBothKeys();
    void theEvidenceAndTheNamesAreCodedTexts();

private:
    std::vector<core::StemActivity> m_song;
};

void TestSessionSections::initTestCase()
{
    m_song = theSong();
    for (const auto& s : m_song) {
        QCOMPARE(s.intervalS, 1.0);
        QCOMPARE(s.levelDb.size(), std::size_t{64});
    }
}

void TestSessionSections::stemsEnteringAndLeavingAreTheBoundaries()
{
    const auto s = core::findSessionSections(m_song);
    QCOMPARE(s.stems, 6);
    QCOMPARE(s.durationS, kEnd);
    QVERIFY(!s.tempoBpm);
    QCOMPARE(s.boundaries.size(), kTruth.size());
    for (std::size_t i = 0; i < kTruth.size(); ++i) {
        const auto& b = s.boundaries[i];
        qInfo("boundary %zu: %.3f s (truth %.1f), novelty %.2f, confidence %.3f", i, b.timeS, kTruth[i], b.novelty,
              b.confidence);
        QVERIFY2(std::abs(b.timeS - kTruth[i]) <= 0.25, qPrintable(QString::number(b.timeS)));
        QVERIFY(!b.snapped);
        // The novelty counts the stems that change at full level: two enter at 16.8 s and at
        // 33.6 s (1 − e^−2 = 0.86), four leave at 48 s (1 − e^−4 = 0.98).
        const double changed = i < 2 ? 2.0 : 4.0;
        QVERIFY2(std::abs(b.novelty - changed) < 0.3 * changed / 2.0, qPrintable(QString::number(b.novelty)));
        QVERIFY(std::abs(b.confidence - (1.0 - std::exp(-b.novelty))) < 1e-12);
        QVERIFY(b.confidence > (i < 2 ? 0.79 : 0.97));
    }
    const std::vector<std::string> none;
    QCOMPARE(s.boundaries[0].entered, (std::vector<std::string>{"Drums", "Lead"}));
    QCOMPARE(s.boundaries[0].left, none);
    QCOMPARE(s.boundaries[1].entered, (std::vector<std::string>{"Strings", "Perc"}));
    QCOMPARE(s.boundaries[1].left, none);
    QCOMPARE(s.boundaries[2].entered, none);
    QCOMPARE(s.boundaries[2].left, (std::vector<std::string>{"Drums", "Lead", "Strings", "Perc"}));
    // The Bass's one-bar rest (38.4–40.8 s) is not an exit: no boundary, and it plays in C.
    QCOMPARE(s.sections.size(), std::size_t{4});
    QVERIFY(contains(s.sections[2].stems, "Bass"));
    QCOMPARE(s.sections[2].stems.size(), std::size_t{6});
    QCOMPARE(s.sections[0].stems, (std::vector<std::string>{"Pad", "Bass"}));
    QCOMPARE(s.sections[0].startS, 0.0);
    QCOMPARE(s.sections.back().endS, kEnd);
    for (std::size_t i = 0; i + 1 < s.sections.size(); ++i)
        QCOMPARE(s.sections[i].endS, s.sections[i + 1].startS);
    QCOMPARE(s.sections[2].name, std::string("section 3"));
}

void TestSessionSections::theSessionsMarkersAreTheBoundaries()
{
    // The engineer's markers: "Intro" at the start, "Verse" 0.3 s before the stems change (the
    // marker was dropped by hand), "Build" where nothing changes, a range "Chorus" from 33.6 to
    // 48.0 s, and marks outside the song. They are the boundaries, at their exact times, not
    // snapped, not the novelty peaks; each says what changed across it.
    const std::vector<core::SectionMarker> markers{{"Intro", 0.0},   {"Verse", 16.5}, {"Build", 26.0},
                                                   {"Chorus", 33.6}, {"", 48.0},      {"Past the end", 70.0}};
    const auto s = core::findSessionSections(m_song, kBpm, markers);
    QVERIFY(s.fromSession);
    const std::vector<double> times{16.5, 26.0, 33.6, 48.0};
    QCOMPARE(s.boundaries.size(), times.size());
    for (std::size_t i = 0; i < times.size(); ++i) {
        QCOMPARE(s.boundaries[i].timeS, times[i]);
        QVERIFY(s.boundaries[i].fromSession);
        QVERIFY(!s.boundaries[i].snapped);
        QCOMPARE(s.boundaries[i].confidence, 1.0);
    }
    QVERIFY(contains(s.boundaries[0].entered, "Drums") && contains(s.boundaries[0].entered, "Lead"));
    QVERIFY(s.boundaries[1].entered.empty() && s.boundaries[1].left.empty());  // nothing changed at "Build"
    QVERIFY(contains(s.boundaries[2].entered, "Strings") && contains(s.boundaries[2].entered, "Perc"));
    QVERIFY(contains(s.boundaries[3].left, "Lead") && contains(s.boundaries[3].left, "Strings"));
    QCOMPARE(s.sections.size(), std::size_t{5});
    const std::vector<std::string> names{"Intro", "Verse", "Build", "Chorus", "section 5"};
    for (std::size_t i = 0; i < names.size(); ++i)
        QCOMPARE(s.sections[i].name, names[i]);
    QCOMPARE(s.sections[3].startS, 33.6);
    QCOMPARE(s.sections[3].endS, 48.0);
    // Verse and Build play the same stems: one group. The last section repeats the intro.
    QCOMPARE(s.sections[2].group, s.sections[1].group);
    QCOMPARE(s.sections[4].group, s.sections[0].group);
    // Markers only outside the song leave the stems to say.
    const auto outside = core::findSessionSections(m_song, kBpm, {{"Start", 0.0}, {"Later", 99.0}});
    QVERIFY(!outside.fromSession);
    QCOMPARE(outside.boundaries.size(), kTruth.size());
}

void TestSessionSections::figuresPerSectionAndTheFindingsAcrossThem()
{
    // Three sections at 120 BPM (a bar is 2 s), each stem's short-term loudness constant within
    // each: A 0–32 s Keys −20, Bass −26 LUFS; B 32–64 s Vox enters at −24 while Keys falls to
    // −24 (Bass −26); C 64–140 s Bass leaves, Keys and Vox −22. Summed as powers: A −19.03,
    // B −19.80 (Vox came in, yet 0.77 LU quieter: no lift), C −18.99 (+0.81, within 2 LU)
    // while the low end (Bass band: Bass −30 dB, Keys −45 dB) falls 15.14 dB; C runs 38 bars.
    constexpr std::size_t kSeconds = 140;
    auto stem = [](const std::string& name, const std::vector<std::pair<Part, double>>& parts, double bassBandDb) {
        core::StemActivity a;
        a.name = name;
        a.durationS = static_cast<double>(kSeconds);
        a.levelDb.assign(kSeconds, -150.0);
        for (std::size_t i = 0; i < kSeconds; ++i)
            for (const auto& [part, level] : parts)
                if (static_cast<double>(i) >= part.fromS && static_cast<double>(i) < part.toS)
                    a.levelDb[i] = level;
        a.loudnessLufs = a.levelDb;  // the value at the end of second i + 1 is second i's level
        a.bandDb[static_cast<std::size_t>(core::Band::Bass)].assign(kSeconds, -150.0);
        for (std::size_t i = 0; i < kSeconds; ++i)
            if (a.levelDb[i] > -150.0)
                a.bandDb[static_cast<std::size_t>(core::Band::Bass)][i] = bassBandDb;
        return a;
    };
    const std::vector<core::StemActivity> stems{
        stem("Keys", {{{0, 32}, -20.0}, {{32, 64}, -24.0}, {{64, 140}, -22.0}}, -45.0),
        stem("Bass", {{{0, 64}, -26.0}}, -30.0),
        stem("Vox", {{{32, 64}, -24.0}, {{64, 140}, -22.0}}, -150.0),
    };
    const auto s = core::findSessionSections(stems, 120.0);
    QCOMPARE(s.sections.size(), std::size_t{3});
    QCOMPARE(s.boundaries[0].timeS, 32.0);
    QCOMPARE(s.boundaries[1].timeS, 64.0);
    const double loudness[] = {-19.026772, -19.798862, -18.989700};
    for (std::size_t k = 0; k < 3; ++k) {
        QVERIFY2(std::abs(s.sections[k].loudnessLufs.value_or(0.0) - loudness[k]) < 1e-5,
                 qPrintable(QString::number(s.sections[k].loudnessLufs.value_or(0.0), 'f', 6)));
        QVERIFY(std::abs(s.sections[k].shortTermMaxLufs.value_or(0.0) - loudness[k]) < 1e-5);
        QVERIFY(std::abs(s.sections[k].lraLu.value_or(-1.0)) < 1e-9);  // constant: no range
    }
    QCOMPARE(s.sections[0].stemLoudness.size(), std::size_t{2});
    QCOMPARE(s.sections[0].stemLoudness[0].name, std::string("Keys"));
    QVERIFY(std::abs(s.sections[0].stemLoudness[0].loudnessLufs.value_or(0.0) + 20.0) < 1e-9);
    QVERIFY(std::abs(s.sections[0].stemLoudness[1].loudnessLufs.value_or(0.0) + 26.0) < 1e-9);
    const auto bass = static_cast<std::size_t>(core::Band::Bass);
    QVERIFY(std::abs(s.sections[2].bandLevelDb[bass].value_or(0.0) + 45.0) < 1e-9);
    QVERIFY(!s.sections[0].bandLevelDb[static_cast<std::size_t>(core::Band::Air)]);  // no band level given
    QCOMPARE(s.findings.size(), std::size_t{3});
    const auto& noLift = s.findings[0];
    QCOMPARE(noLift.kind, core::SectionFinding::Kind::NoLift);
    QCOMPARE(noLift.section, 2);
    QCOMPARE(noLift.reference, 1);
    QVERIFY(std::abs(noLift.value + 0.772090) < 1e-5);
    QCOMPARE(noLift.stems, std::vector<std::string>{"Vox"});
    QCOMPARE(noLift.message, std::string("section 2 (B) brings in Vox, yet it is no louder than section 1 (A) (-0.8 LU): it does not lift."));
    const auto& drop = s.findings[1];
    QCOMPARE(drop.kind, core::SectionFinding::Kind::LowEndDrop);
    QCOMPARE(drop.section, 3);
    QVERIFY(std::abs(drop.value - 15.135209) < 1e-5);
    const auto& still = s.findings[2];
    QCOMPARE(still.kind, core::SectionFinding::Kind::Unchanging);
    QCOMPARE(still.section, 3);
    QCOMPARE(still.value, 38.0);
    QVERIFY2(still.message.find("runs 38 bars") != std::string::npos, still.message.c_str());
    // The test song: every stem that enters lifts it, the low end holds, no section is 32 bars.
    const auto song = core::findSessionSections(m_song, kBpm);
    for (const auto& f : song.findings)
        QVERIFY2(f.kind != core::SectionFinding::Kind::LowEndDrop && f.kind != core::SectionFinding::Kind::Unchanging, f.message.c_str());
}

void TestSessionSections::withTheTempoTheBoundariesLieOnTheBars()
{
    const auto s = core::findSessionSections(m_song, kBpm);
    QCOMPARE(s.tempoBpm.value_or(0.0), kBpm);
    QCOMPARE(s.barS.value_or(0.0), 2.4);
    QCOMPARE(s.barOffsetS.value_or(-1.0), 0.0);
    QCOMPARE(s.boundaries.size(), kTruth.size());
    for (std::size_t i = 0; i < kTruth.size(); ++i) {
        QVERIFY(s.boundaries[i].snapped);
        QVERIFY2(std::abs(s.boundaries[i].timeS - kTruth[i]) < 1e-9, qPrintable(QString::number(s.boundaries[i].timeS)));
    }
    // A wrong tempo does not drag a boundary further than a beat: at 90 BPM (bar 2.667 s, beat
    // 0.667 s) 16.8 s lies 0.8 s from bar line 16.0 and 33.6 s 1.07 s from 34.67: both stay
    // where they were found; 48.0 s is bar line 18 at 90 BPM too.
    const auto wrong = core::findSessionSections(m_song, 90.0);
    QCOMPARE(wrong.boundaries.size(), kTruth.size());
    for (std::size_t i = 0; i < 2; ++i) {
        QVERIFY(!wrong.boundaries[i].snapped);
        QVERIFY(std::abs(wrong.boundaries[i].timeS - kTruth[i]) <= 0.25);
    }
    QVERIFY(wrong.boundaries[2].snapped);
    QVERIFY(std::abs(wrong.boundaries[2].timeS - 48.0) < 1e-9);
}

void TestSessionSections::withAPreRollTheBarsStartWhereTheBoundariesSay()
{
    // The same song bounced with 0.7 s of silence before bar 1. Found without the tempo at
    // 17.77, 34.22 and 48.80 s (truth 17.5, 34.3, 48.7): with bar 1 at 0 s each lies more than a
    // beat (0.6 s) from a bar line and none would be snapped. The boundaries agree on an offset
    // instead, and all three lie on its bars: 7 and 6 bars apart exactly, each within 0.15 s of
    // the truth (measured: offset 0.799 s, boundaries 17.599, 34.399, 48.799 s).
    const auto song = theSong(0.7);
    const auto raw = core::findSessionSections(song);
    QCOMPARE(raw.boundaries.size(), kTruth.size());
    for (std::size_t i = 0; i < kTruth.size(); ++i)
        QVERIFY(std::abs(raw.boundaries[i].timeS - (kTruth[i] + 0.7)) <= 0.3);
    const auto s = core::findSessionSections(song, kBpm);
    QCOMPARE(s.boundaries.size(), kTruth.size());
    qInfo("bar offset %.3f s; boundaries %.3f, %.3f, %.3f s", s.barOffsetS.value_or(-1.0), s.boundaries[0].timeS,
          s.boundaries[1].timeS, s.boundaries[2].timeS);
    QVERIFY(std::abs(s.barOffsetS.value_or(-1.0) - 0.7) <= 0.15);
    for (std::size_t i = 0; i < kTruth.size(); ++i) {
        QVERIFY(s.boundaries[i].snapped);
        QVERIFY(std::abs(s.boundaries[i].timeS - (kTruth[i] + 0.7)) <= 0.15);
    }
    QVERIFY(std::abs(s.boundaries[1].timeS - s.boundaries[0].timeS - 7 * 2.4) < 1e-9);
    QVERIFY(std::abs(s.boundaries[2].timeS - s.boundaries[1].timeS - 6 * 2.4) < 1e-9);
    QCOMPARE(s.sections.front().group, s.sections.back().group);
}

void TestSessionSections::theRepeatedSectionIsGroupedWithTheFirst()
{
    const auto s = core::findSessionSections(m_song, kBpm);
    QCOMPARE(s.sections.size(), std::size_t{4});
    QCOMPARE(s.sections[0].group, std::string("A"));
    QCOMPARE(s.sections[1].group, std::string("B"));
    QCOMPARE(s.sections[2].group, std::string("C"));
    QCOMPARE(s.sections[3].group, std::string("A"));
    QCOMPARE(s.sections[3].stems, s.sections[0].stems);
    // The text line says the same.
    const std::string line = core::sessionSectionsLine(s);
    qInfo("%s", line.c_str());
    QVERIFY(line.starts_with("Sections: 4 (A B C A) from 6 stems, snapped to bars at 100.0 BPM; 16.8 s (0.8"));
    QVERIFY(line.find(": Drums, Lead in); 33.6 s (0.8") != std::string::npos);
    QVERIFY(line.ends_with(": Drums, Lead, Strings, Perc out)"));
    QCOMPARE(core::sessionSectionsLine(core::findSessionSections({})), std::string("Sections: no stems to find them from"));
}

void TestSessionSections::nothingChangingMeansNoBoundary()
{
    const auto frames = static_cast<std::size_t>(40.0 * kRateHz);
    std::vector<core::StemActivity> stems;
    stems.push_back(analysed("Pad", test::sine(220.0, 0.2, kRateHz, frames)));
    stems.push_back(analysed("Bass", test::sine(55.0, 0.4, kRateHz, frames)));
    stems.push_back(analysed("Drums", drumBursts(120.0, frames, 5)));
    stems.push_back(analysed("Noise", test::whiteNoise(0.05, frames, 9)));
    const auto s = core::findSessionSections(stems, 120.0);
    QCOMPARE(s.stems, 4);
    QCOMPARE(s.boundaries.size(), std::size_t{0});
    QCOMPARE(s.sections.size(), std::size_t{1});
    QCOMPARE(s.sections[0].startS, 0.0);
    QCOMPARE(s.sections[0].endS, 40.0);
    QCOMPARE(s.sections[0].group, std::string("A"));
    QCOMPARE(s.sections[0].stems.size(), std::size_t{4});
}

void TestSessionSections::oneStemOrNoneHasADefinedAnswer()
{
    // None: no sections at all.
    const auto empty = core::findSessionSections({});
    QCOMPARE(empty.stems, 0);
    QVERIFY(empty.sections.empty());
    QVERIFY(empty.boundaries.empty());

    // One stem that plays throughout: one section.
    const auto frames = static_cast<std::size_t>(30.0 * kRateHz);
    const auto one = core::findSessionSections({analysed("Vox", test::sine(330.0, 0.3, kRateHz, frames))}, 120.0);
    QCOMPARE(one.stems, 1);
    QCOMPARE(one.boundaries.size(), std::size_t{0});
    QCOMPARE(one.sections.size(), std::size_t{1});

    // One stem that enters after 12 s of silence: that is a boundary, 12 s (6 bars at 120 BPM).
    const auto late = core::findSessionSections(
        {analysed("Vox", gated(test::sine(330.0, 0.3, kRateHz, frames), {{12.0, 30.0}}))}, 120.0);
    QCOMPARE(late.boundaries.size(), std::size_t{1});
    QCOMPARE(late.boundaries[0].timeS, 12.0);
    QCOMPARE(late.boundaries[0].entered, std::vector<std::string>{"Vox"});
    QVERIFY(late.sections[0].stems.empty());
    QCOMPARE(late.sections[1].stems, std::vector<std::string>{"Vox"});

    // Shorter than a bar, and silent: one section, no boundary.
    const auto shortFrames = static_cast<std::size_t>(1.5 * kRateHz);
    const auto brief = core::findSessionSections({analysed("Blip", test::sine(330.0, 0.3, kRateHz, shortFrames)),
                                                  analysed("Silence", std::vector<float>(shortFrames, 0.0f))},
                                                 120.0);
    QCOMPARE(brief.boundaries.size(), std::size_t{0});
    QCOMPARE(brief.sections.size(), std::size_t{1});
    QCOMPARE(brief.sections[0].endS, 1.5);
}

void TestSessionSections::aLoudnessJumpAloneIsABoundary()
{
    // Three stems play throughout; at 24 s all three rise 10 dB (a chorus pushed by the mix).
    std::vector<core::StemActivity> stems;
    for (const char* name : {"Gtr", "Keys", "Vox"})
        stems.push_back(handBuilt(name, 48, {{{0.0, 24.0}, -30.0}, {{24.0, 48.0}, -20.0}}));
    const auto s = core::findSessionSections(stems);
    QCOMPARE(s.boundaries.size(), std::size_t{1});
    const auto& b = s.boundaries[0];
    QCOMPARE(b.timeS, 24.0);
    QVERIFY(b.entered.empty() && b.left.empty());
    QCOMPARE(b.louder, (std::vector<std::string>{"Gtr", "Keys", "Vox"}));
    // Each stem's feature moves from 0.5 + 0.5·2/12 to 1: 0.417 each, 1.25 for three.
    QVERIFY2(std::abs(b.novelty - 1.25) < 0.1, qPrintable(QString::number(b.novelty)));
    QCOMPARE(s.sections.size(), std::size_t{2});
    QVERIFY(s.sections[0].group != s.sections[1].group);
}

void TestSessionSections::aMixBounceIsLeftOut()
{
    std::vector<core::StemActivity> stems;
    stems.push_back(handBuilt("Gtr", 40, {{{0.0, 40.0}, -20.0}}));
    stems.push_back(handBuilt("Vox", 40, {{{16.0, 40.0}, -20.0}}));
    auto mix = handBuilt("Mix", 40, {{{0.0, 16.0}, -20.0}, {{16.0, 40.0}, -14.0}});
    mix.type = "mix";
    stems.push_back(mix);
    const auto s = core::findSessionSections(stems);
    QCOMPARE(s.stems, 2);
    QCOMPARE(s.boundaries.size(), std::size_t{1});
    QVERIFY2(std::abs(s.boundaries[0].timeS - 16.0) < 0.1, qPrintable(QString::number(s.boundaries[0].timeS)));
    QCOMPARE(s.boundaries[0].entered, std::vector<std::string>{"Vox"});
    for (const auto& sec : s.sections)
        QVERIFY(!contains(sec.stems, "Mix"));

    // A mix alone: its own novelty (analysis/mixnovelty.h; tests/core/tst_mixsections.cpp),
    // here its level only (no band levels, no chroma): 6 dB louder from 16 s. No stems.
    const auto alone = core::findSessionSections({mix});
    QCOMPARE(alone.stems, 0);
    QVERIFY(alone.fromMix);
    QCOMPARE(alone.boundaries.size(), std::size_t{1});
    const auto& louder = alone.boundaries[0];
    QVERIFY2(std::abs(louder.timeS - 16.0) <= 0.5, qPrintable(QString::number(louder.timeS)));
    QVERIFY(louder.levelChanged && !louder.timbreChanged && !louder.harmonyChanged);
    QVERIFY2(std::abs(louder.levelChangeDb - 6.0) < 0.5, qPrintable(QString::number(louder.levelChangeDb)));
    QCOMPARE(alone.sections.size(), std::size_t{2});
    QCOMPARE(alone.sections[1].endS, 40.0);
    QVERIFY(alone.sections[0].stems.empty() && alone.sections[1].stems.empty());
    const std::string line = core::sessionSectionsLine(alone);
    QVERIFY2(line.starts_with("Sections: 2 (") && line.find("from the mix's own changes (Mix), no tempo: not snapped to bars; 16.0 s (0.6")
                 != std::string::npos && line.ends_with(" dB louder)"),
             line.c_str());
}

void TestSessionSections::aSectionWithOneStemMoreOutOfFiveIsAVariant()
{
    // 0–16 s four stems (A); 16–32 s only two of them (B); 32–48 s the four again plus a fifth:
    // one stem more out of five is A′; 48–64 s the four: A.
    std::vector<core::StemActivity> stems;
    for (const char* name : {"Kick", "Bass", "Gtr"})
        stems.push_back(handBuilt(name, 64, {{{0.0, 16.0}, -20.0}, {{32.0, 64.0}, -20.0}}));
    stems.push_back(handBuilt("Keys", 64, {{{0.0, 64.0}, -20.0}}));
    stems.push_back(handBuilt("Pad", 64, {{{16.0, 48.0}, -20.0}}));
    const auto s = core::findSessionSections(stems);
    QCOMPARE(s.boundaries.size(), std::size_t{3});
    QCOMPARE(s.sections.size(), std::size_t{4});
    QCOMPARE(s.sections[0].group, std::string("A"));
    QCOMPARE(s.sections[1].group, std::string("B"));
    QCOMPARE(s.sections[2].group, std::string("A\u2032"));
    QCOMPARE(s.sections[3].group, std::string("A"));
    QCOMPARE(s.sections[2].stems.size(), std::size_t{5});
}

void TestSessionSections::randomArrangementsAreFoundWithinABeat()
{
    // 40 arrangements drawn from a seeded generator: 8 stems, a tempo of 80–140 BPM, 6–10
    // sections of 8 bars (or 4 when that is still 8 s or more), each a random set of the stems
    // (each plays with probability 0.6); a stem's level per second is its fraction of the second
    // playing times its own level (−30 to −12 dBFS) with ±1.5 dB of movement per second, and a
    // rest of half a bar now and then. The truth: the bar lines where the set of stems changes.
    // Measured: the F-measure of the boundaries at ±0.5 s and ±3 s, with and without the tempo.
    std::mt19937 rng(19);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    struct Counts {
        int hits = 0, found = 0, truth = 0;
        [[nodiscard]] double f() const { return found + truth == 0 ? 1.0 : 2.0 * hits / static_cast<double>(found + truth); }
    };
    Counts tight, loose, tightNoTempo, looseNoTempo;
    for (int song = 0; song < 40; ++song) {
        const double bpm = 80.0 + 60.0 * uniform(rng);
        const double barS = 240.0 / bpm;
        const int barsPerSection = 4 * barS >= 8.0 && uniform(rng) < 0.3 ? 4 : 8;
        const int sectionCount = 6 + static_cast<int>(5.0 * uniform(rng)) % 5;
        const double durationS = sectionCount * barsPerSection * barS;
        const auto seconds = static_cast<std::size_t>(std::ceil(durationS));
        std::vector<std::vector<bool>> plays(static_cast<std::size_t>(sectionCount), std::vector<bool>(8));
        for (auto& section : plays)
            for (std::size_t k = 0; k < 8; ++k)
                section[k] = uniform(rng) < 0.6;
        std::vector<double> truth;
        for (std::size_t j = 1; j < plays.size(); ++j)
            if (plays[j] != plays[j - 1])
                truth.push_back(static_cast<double>(j) * barsPerSection * barS);
        std::vector<core::StemActivity> stems(8);
        for (std::size_t k = 0; k < 8; ++k) {
            auto& a = stems[k];
            a.name = "stem " + std::to_string(k + 1);
            a.durationS = durationS;
            a.levelDb.assign(seconds, -150.0);
            const double levelDb = -30.0 + 18.0 * uniform(rng);
            // The stem's playing time in each second, at 10 ms steps; a half-bar rest in some bars.
            std::vector<double> playing(seconds, 0.0);
            for (std::size_t step = 0; step < seconds * 100; ++step) {
                const double t = static_cast<double>(step) / 100.0;
                if (t >= durationS)
                    break;
                const auto section = static_cast<std::size_t>(t / (barsPerSection * barS));
                const auto bar = static_cast<std::size_t>(t / barS);
                const bool rest = (bar * 7 + k * 3) % 11 == 0 && std::fmod(t, barS) >= 0.5 * barS;
                if (plays[std::min(section, plays.size() - 1)][k] && !rest)
                    playing[step / 100] += 0.01;
            }
            for (std::size_t i = 0; i < seconds; ++i)
                if (playing[i] > 0.0)
                    a.levelDb[i] = levelDb + 10.0 * std::log10(playing[i]) + 3.0 * (uniform(rng) - 0.5);
        }
        auto score = [&truth](const core::SessionSections& s, double tolerance, Counts& c) {
            std::vector<bool> used(truth.size(), false);
            for (const auto& b : s.boundaries)
                for (std::size_t j = 0; j < truth.size(); ++j)
                    if (!used[j] && std::abs(b.timeS - truth[j]) <= tolerance) {
                        used[j] = true;
                        ++c.hits;
                        break;
                    }
            c.found += static_cast<int>(s.boundaries.size());
            c.truth += static_cast<int>(truth.size());
        };
        const auto withTempo = core::findSessionSections(stems, bpm);
        const auto without = core::findSessionSections(stems);
        score(withTempo, 0.5, tight);
        score(withTempo, 3.0, loose);
        score(without, 0.5, tightNoTempo);
        score(without, 3.0, looseNoTempo);
    }
    qInfo("40 arrangements, %d true boundaries: F at 0.5 s %.3f (hits %d of %d found), at 3 s %.3f with the tempo; "
          "without it %.3f and %.3f",
          tight.truth, tight.f(), tight.hits, tight.found, loose.f(), tightNoTempo.f(), looseNoTempo.f());
    // The targets with stems are F >= 0.85 within ±3 s and >= 0.7 within ±0.5 s; on
    // these arrangements it measured 0.997 at both with the tempo (287 found, all right, of 289),
    // 0.990 and 0.997 without. Held at 0.95 (0.9 at ±0.5 s without the tempo).
    QVERIFY(tight.f() >= 0.95);
    QVERIFY(loose.f() >= 0.95);
    QVERIFY(tightNoTempo.f() >= 0.9);
    QVERIFY(looseNoTempo.f() >= 0.95);
}

void TestSessionSections::aKeyChangeIsFoundAtItsBarWithBothKeys()
{
    // At 120 BPM (a bar is 2 s): Keys play I–IV–V–I (a piano, its roots in the bass) in C major
    // for 12 bars, then in D major from bar 13 (24 s), where Strings (a pad) enter on the same
    // chords; Drums play a loop throughout. Two sections, the key change at 24 s: C major, then
    // D major, 2 semitones up.
    constexpr double kSongBpm = 120.0, kChangeS = 24.0;
    using T = test::ChordTimbre;
    std::vector<float> keys = cadences(0, 12, T::Piano);
    const std::vector<float> inD = cadences(2, 12, T::Piano);
    keys.insert(keys.end(), inD.begin(), inD.end());
    const std::vector<core::StemActivity> stems{
        analysed("Keys", keys),
        analysed("Strings", cadences(2, 12, T::Pad, kChangeS)),
        analysed("Drums", test::drumLoop(kRateHz, 48.0)),
    };
    QVERIFY(!stems[0].chroma.empty());
    QCOMPARE(stems[0].chromaIntervalS, 1.0);
    QVERIFY(stems[0].tonalness > 0.0);
    const auto s = core::findSessionSections(stems, kSongBpm);
    for (const auto& st : stems)
        qInfo("%s: tonalness %.2f", st.name.c_str(), st.tonalness);
    for (const auto& sec : s.sections)
        qInfo("%s %.1f-%.1f s: %s (confidence %.2f)", sec.name.c_str(), sec.startS, sec.endS, sec.key.value_or("-").c_str(),
              sec.keyConfidence.value_or(-1.0));
    QCOMPARE(s.sections.size(), std::size_t{2});
    QCOMPARE(s.boundaries[0].timeS, kChangeS);
    QCOMPARE(s.boundaries[0].entered, std::vector<std::string>{"Strings"});
    QCOMPARE(s.sections[0].key.value_or("-"), std::string("C major"));
    QCOMPARE(s.sections[1].key.value_or("-"), std::string("D major"));
    QVERIFY(s.sections[0].keyConfidence.value_or(0.0) >= core::KeyEstimate::kMinConfidence);
    QVERIFY(s.sections[1].keyConfidence.value_or(0.0) >= core::KeyEstimate::kMinConfidence);
    const auto change = std::find_if(s.findings.begin(), s.findings.end(),
                                     [](const core::SectionFinding& f) { return f.kind == core::SectionFinding::Kind::KeyChange; });
    QVERIFY(change != s.findings.end());
    QCOMPARE(change->section, 2);
    QCOMPARE(change->reference, 1);
    QCOMPARE(s.sections[static_cast<std::size_t>(change->section - 1)].startS, kChangeS);
    QCOMPARE(change->value, 2.0);
    QCOMPARE(change->message, std::string("The key changes at section 2 (B): from C major in section 1 (A) to D major (+2 semitones)."));
    const auto json = core::sessionSectionsToJson(s);
    QCOMPARE(json["sections"][1]["key"].get<std::string>(), std::string("D major"));
    QCOMPARE(json["findings"].back()["kind"].get<std::string>(), std::string("key_change"));

    // The same song in one key throughout: both sections in C major, no key change.
    const std::vector<core::StemActivity> oneKey{
        analysed("Keys", cadences(0, 24, T::Piano)),
        analysed("Strings", cadences(0, 12, T::Pad, kChangeS)),
    };
    const auto same = core::findSessionSections(oneKey, kSongBpm);
    QCOMPARE(same.sections.size(), std::size_t{2});
    for (const auto& sec : same.sections)
        QCOMPARE(sec.key.value_or("-"), std::string("C major"));
    for (const auto& f : same.findings)
        QVERIFY2(f.kind != core::SectionFinding::Kind::KeyChange, f.message.c_str());
    // Drums alone state no key.
    const auto drums = core::findSessionSections({analysed("Drums", test::drumLoop(kRateHz, 48.0))}, kSongBpm);
    for (const auto& sec : drums.sections)
        QVERIFY2(!sec.key, sec.key.value_or("").c_str());
}

void TestSessionSections::theEvidenceAndTheNamesAreCodedTexts()
{
    const auto s = core::findSessionSections(m_song);
    QCOMPARE(s.sections[2].nameText.code, core::TextCode::SectionNumbered);
    QCOMPARE(core::english(s.sections[2].nameText), std::string("section 3"));
    QCOMPARE(core::english(core::sectionLabelText(s.sections[2])), std::string("section 3 (C)"));
    const auto first = core::boundaryEvidence(s.boundaries[0]);
    QCOMPARE(first.size(), std::size_t{1});
    QCOMPARE(first[0].code, core::TextCode::SectionStemsIn);
    QCOMPARE(core::english(first[0]), std::string("Drums, Lead in"));
    const auto last = core::boundaryEvidence(s.boundaries[2]);
    QCOMPARE(last.size(), std::size_t{1});
    QCOMPARE(last[0].code, core::TextCode::SectionStemsOut);
    QCOMPARE(core::english(last[0]), std::string("Drums, Lead, Strings, Perc out"));
    // A section a DAW marker names keeps that name, with no code to translate.
    const auto marked = core::findSessionSections(m_song, std::nullopt, {{"Chorus", 16.8}});
    QCOMPARE(marked.sections[1].name, std::string("Chorus"));
    QVERIFY(marked.sections[1].nameText.empty());
    QCOMPARE(core::english(core::sectionLabelText(marked.sections[1])), std::string("Chorus (B)"));
}

QTEST_GUILESS_MAIN(TestSessionSections)
#include "tst_sessionsections.moc"
