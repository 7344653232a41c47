// The session plan (suggest/sessionplan.h) on suggestions whose answer is known by
// construction: a carve is never shown beside a cut of the track it makes room for (the
// issue's "cut 3 dB at 295 Hz on the snare" beside "carve 3 dB at 295 Hz out of the keys to
// make room for the snare"), carves on one track for several parts within an octave and a
// quarter become one covering their regions and naming them all, a cut and a boost of one region never both stand, stacked level moves become one gain
// plan whose lines add up, priorities follow impact (headroom, masking of the lead, tonal
// balance, detail: a 12 dB notch no longer ranks above a masking fix), and the caps show at
// most 5 per track and 30 per session with nothing lost.
#include "suggest/sessionplan.h"
#include "util/textcatalogue.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

using namespace stemwise;

namespace {

core::TrackProfile track(const char* name, const char* type, double lufs = -20.0)
{
    core::TrackProfile p;
    p.name = name;
    p.type = type;
    p.dynamics.peakDbfs = -6.0;
    p.loudness.integratedLufs = lufs;
    return p;
}

core::Suggestion make(const char* rule, std::vector<std::string> tracks, core::SuggestionType type, int basePriority,
                      double confidence, std::vector<core::SuggestionParameter> parameters = {})
{
    core::Suggestion s;
    s.rule = rule;
    s.key = rule;
    for (const auto& t : tracks)
        s.key += "|" + t;
    s.target = {tracks.empty()       ? core::SuggestionTarget::Kind::Session
                : tracks.size() == 1 ? core::SuggestionTarget::Kind::Track
                                     : core::SuggestionTarget::Kind::Pair,
                std::move(tracks)};
    s.trackType = "other";
    s.type = type;
    s.basePriority = s.priority = basePriority;
    s.baseConfidence = s.confidence = confidence;
    s.parameters = std::move(parameters);
    s.title = s.key;
    s.evidence = {{"x", 1.0, "", ""}};
    return s;
}

// A bell cut (or boost) at `hz` of width `q`, its band one bandwidth wide.
core::Suggestion bell(const char* rule, std::vector<std::string> tracks, double hz, double gainDb, double q, int basePriority,
                      double confidence)
{
    core::Suggestion s = make(rule, std::move(tracks), core::SuggestionType::Eq, basePriority, confidence,
                              {{"filter", std::string("bell")}, {"frequency_hz", hz}, {"gain_db", gainDb}, {"q", q}});
    s.key += "|" + std::to_string(static_cast<int>(hz));
    s.title = s.key;
    s.bandLowHz = hz - 0.5 * hz / q;
    s.bandHighHz = hz + 0.5 * hz / q;
    s.direction = gainDb < 0.0 ? -1 : 1;
    return s;
}

double parameter(const core::PlanNote& n, const char* key)
{
    for (const auto& p : n.parameters)
        if (p.key == key)
            return std::get<double>(p.value);
    return std::nan("");
}

using Names = std::vector<std::string>;

}  // namespace

class TestSessionPlan : public QObject {
    Q_OBJECT
private slots:
    void leadElementsByNameAndType();
    void aCarveIsNotShownBesideACutOfTheTrackItMakesRoomFor();
    void carvesOnOneTrackBecomeOneNamingEveryPart();
    void aCutAndABoostOfOneRegionNeverBothStand();
    void aHighPassBelowACarveIsNoContradiction();
    void aCutTheHighPassAlreadyMakesIsPartOfIt();
    void aBumpReplacesTheBandExcessItCauses();
    void stackedLevelMovesBecomeOneGainPlan();
    void withoutABalanceTheStagingMoveIsTheMixChange();
    void oneLevelMoveIsNoPlan();
    void prioritiesFollowImpact();
    void ratingsStillMoveThePriority();
    void atMostFivePerTrackAndThirtyPerSessionNothingLost();
};

void TestSessionPlan::leadElementsByNameAndType()
{
    const std::vector<core::TrackProfile> tracks{
        track("Lead Vox", "vocals"),  track("Backing Vox", "vocals"), track("BV 2", "vocals"),    track("Vocal", "vocals"),
        track("Lead Synth", "synth"), track("Solo Gtr", "guitar"),    track("Kick Main", "kick"), track("Pad Lead", "pad"),
        track("Choir", "vocals"),     track("Keys", "keys")};
    QCOMPARE(core::leadTracks(tracks), (Names{"Lead Vox", "Vocal", "Lead Synth", "Solo Gtr"}));
}

void TestSessionPlan::aCarveIsNotShownBesideACutOfTheTrackItMakesRoomFor()
{
    const std::vector<core::TrackProfile> tracks{track("Snare", "snare"), track("Keys", "keys"), track("Bass", "bass")};
    // The snare's own low-mid cut at 295 Hz, and a carve of the keys at 295 Hz for the snare.
    core::Suggestion carve = bell("masking", {"Keys", "Snare"}, 295.0, -3.0, 2.0, 2, 0.7);
    core::Suggestion cut = bell("low_mid_cut", {"Snare"}, 295.0, -3.0, 1.2, 2, 0.65);
    const auto plan = core::planSession({cut, carve}, tracks, {});
    QCOMPARE(plan.size(), std::size_t{1});
    // Both are tonal balance (tier 3, priority 3); the carve is the more confident.
    QCOMPARE(plan[0].rule, std::string("masking"));
    QCOMPARE(plan[0].impact, 3);
    QCOMPARE(plan[0].priority, 3);
    QCOMPARE(plan[0].plan.size(), std::size_t{1});
    QCOMPARE(plan[0].plan[0].kind, std::string("replaces"));
    QCOMPARE(plan[0].plan[0].rule, std::string("low_mid_cut"));
    QCOMPARE(plan[0].plan[0].tracks, (Names{"Snare"}));
    QCOMPARE(plan[0].plan[0].text, std::string("It replaces \u201clow_mid_cut|Snare|295\u201d, which works against it."));
    // Said as a code (util/textcodes.h) whose English is the note's: a UI renders it in its language.
    QCOMPARE(plan[0].plan[0].noteText.code, core::TextCode::PlanNoteReplaces);
    QVERIFY(core::isWellFormed(plan[0].plan[0].noteText));
    QCOMPARE(core::english(plan[0].plan[0].noteText), plan[0].plan[0].text);
    // The other way round when the snare's cut is the more urgent: the carve goes.
    cut.basePriority = 1;  // still tier 3, but the rule calls it urgent: no effect on the tier...
    cut.confidence = cut.baseConfidence = 0.8;  // ...the more confident wins
    const auto other = core::planSession({carve, cut}, tracks, {});
    QCOMPARE(other.size(), std::size_t{1});
    QCOMPARE(other[0].rule, std::string("low_mid_cut"));
    QCOMPARE(other[0].plan[0].rule, std::string("masking"));
    // A notch on the snare (a ringing shell, Q 8) works beside the carve: the carve makes room
    // for the snare's body, the notch takes one frequency out of it. Both stand.
    const auto notch = core::planSession({carve, bell("resonance_cut", {"Snare"}, 300.0, -6.0, 8.0, 2, 0.7)}, tracks, {});
    QCOMPARE(notch.size(), std::size_t{2});
    // A chain is no clash: the keys yield to the snare, the snare to the bass; both clear room
    // for the part above. Two parts yielding to each other in one region do clash.
    const auto chain = core::planSession({carve, bell("masking", {"Snare", "Bass"}, 295.0, -3.0, 2.0, 3, 0.65)}, tracks, {});
    QCOMPARE(chain.size(), std::size_t{2});
    const auto clash = core::planSession({carve, bell("masking", {"Snare", "Keys"}, 295.0, -3.0, 2.0, 3, 0.65)}, tracks, {});
    QCOMPARE(clash.size(), std::size_t{1});
}

void TestSessionPlan::carvesOnOneTrackBecomeOneNamingEveryPart()
{
    const std::vector<core::TrackProfile> tracks{track("Keys", "keys"), track("Snare", "snare"), track("Gtr", "guitar")};
    // 295 and 340 Hz are 0.2 octave apart: one move.
    const auto plan = core::planSession({bell("masking", {"Keys", "Snare"}, 295.0, -3.0, 2.0, 3, 0.7),
                                         bell("masking", {"Keys", "Gtr"}, 340.0, -2.5, 2.0, 3, 0.65)},
                                        tracks, {});
    QCOMPARE(plan.size(), std::size_t{1});
    QCOMPARE(plan[0].target.tracks, (Names{"Keys", "Snare", "Gtr"}));
    // It covers both regions (221–369 Hz and 255–425 Hz): centred at their middle, 307 Hz.
    QCOMPARE(plan[0].title, std::string("Carve 3.0 dB at 305 Hz out of Keys to make room for Snare and Gtr"));
    QCOMPARE(plan[0].plan[0].kind, std::string("merged"));
    QCOMPARE(plan[0].plan[0].text, std::string("It also does the work of \u201cmasking|Keys|Gtr|340\u201d."));
    // The widened title is the carve's code with the parts it makes room for as a list.
    QCOMPARE(plan[0].titleText.code, core::TextCode::SuggestCarveTitle);
    QCOMPARE(plan[0].titleText.args.at(3).kind, core::TextArg::Kind::List);
    QCOMPARE(plan[0].titleText.args.at(3).items.size(), std::size_t{2});
    QCOMPARE(core::english(plan[0].titleText), plan[0].title);
    QCOMPARE(plan[0].plan[0].noteText.code, core::TextCode::PlanNoteMerged);
    QCOMPARE(core::english(plan[0].plan[0].noteText), plan[0].plan[0].text);
    // Half an octave apart (regions 221–369 Hz and 315–525 Hz, 1.25 octaves together) they are
    // one broader carve over both regions: its centre the regions' geometric middle (341 Hz),
    // its Q their width's (340 / 304 Hz), as deep as the deeper.
    const auto joined = core::planSession({bell("masking", {"Keys", "Snare"}, 295.0, -2.5, 2.0, 3, 0.7),
                                           bell("masking", {"Keys", "Gtr"}, 420.0, -3.5, 2.0, 3, 0.65)},
                                          tracks, {});
    QCOMPARE(joined.size(), std::size_t{1});
    QCOMPARE(joined[0].target.tracks, (Names{"Keys", "Snare", "Gtr"}));
    QCOMPARE(*joined[0].number("frequency_hz"), 340.0);
    QCOMPARE(*joined[0].number("q"), 1.1);
    QCOMPARE(*joined[0].number("gain_db"), -3.5);
    QCOMPARE(joined[0].bandLowHz, 221.25);
    QCOMPARE(joined[0].bandHighHz, 525.0);
    QCOMPARE(joined[0].title, std::string("Carve 3.5 dB at 340 Hz out of Keys to make room for Snare and Gtr"));
    // An octave and a half apart they are two moves: one cut that wide would change the part's tone.
    const auto two = core::planSession({bell("masking", {"Keys", "Snare"}, 295.0, -3.0, 2.0, 3, 0.7),
                                        bell("masking", {"Keys", "Gtr"}, 840.0, -2.5, 2.0, 3, 0.65)},
                                       tracks, {});
    QCOMPARE(two.size(), std::size_t{2});
    // A notch (Q 12) beside a broad carve at nearly the same place is another move: a 3 dB
    // carve does not do the work of cutting a narrow resonance.
    const auto notch = core::planSession({bell("masking", {"Keys", "Snare"}, 1000.0, -3.0, 1.5, 3, 0.7),
                                          bell("resonance_cut", {"Keys"}, 900.0, -8.0, 12.0, 2, 0.7)},
                                         tracks, {});
    QCOMPARE(notch.size(), std::size_t{2});
}

void TestSessionPlan::aCutAndABoostOfOneRegionNeverBothStand()
{
    const std::vector<core::TrackProfile> tracks{track("Gtr", "guitar")};
    core::Suggestion lift = make("high_shelf_lift", {"Gtr"}, core::SuggestionType::Eq, 3, 0.5,
                                 {{"filter", std::string("high_shelf")}, {"frequency_hz", 3000.0}, {"gain_db", 3.0}});
    lift.bandLowHz = 3000.0;
    lift.bandHighHz = 20000.0;
    lift.direction = 1;
    const auto plan = core::planSession({lift, bell("harshness_cut", {"Gtr"}, 3500.0, -3.0, 1.2, 3, 0.6)}, tracks, {});
    QCOMPARE(plan.size(), std::size_t{1});
    QCOMPARE(plan[0].rule, std::string("harshness_cut"));
    QCOMPARE(plan[0].plan[0].kind, std::string("replaces"));
}

// A 12 dB bump at 3.8 kHz makes the upper mids stand out: the bump's cut takes the place (and
// the rank) of the broad harshness cut, which it replaces; on another track both stand.
void TestSessionPlan::aBumpReplacesTheBandExcessItCauses()
{
    const std::vector<core::TrackProfile> tracks{track("Lead", "synth"), track("Keys", "keys")};
    auto harsh = bell("harshness_cut", {"Lead"}, 3400.0, -2.0, 1.2, 3, 0.6);
    harsh.bandLowHz = 3400.0 / std::sqrt(2.0);
    harsh.bandHighHz = 3400.0 * std::sqrt(2.0);
    const auto bump = bell("tonal_bump_cut", {"Lead"}, 3800.0, -11.5, 7.4, 2, 0.65);
    const auto plan = core::planSession({harsh, bump}, tracks, {});
    QCOMPARE(plan.size(), std::size_t{1});
    QCOMPARE(plan[0].rule, std::string("tonal_bump_cut"));
    QCOMPARE(plan[0].plan.size(), std::size_t{1});
    QCOMPARE(plan[0].plan[0].kind, std::string("replaces"));
    QCOMPARE(plan[0].priority, 3);  // the broad cut's tier, not the narrow cut's detail tier
    QVERIFY(plan[0].shown);

    auto elsewhere = bump;
    elsewhere.target.tracks = {"Keys"};
    elsewhere.key = "tonal_bump_cut|Keys|3800";
    QCOMPARE(core::planSession({harsh, elsewhere}, tracks, {}).size(), std::size_t{2});
    // Outside the broad cut's region (an octave below it) it is another move.
    const auto low = bell("tonal_bump_cut", {"Lead"}, 1200.0, -11.5, 7.4, 2, 0.65);
    QCOMPARE(core::planSession({harsh, low}, tracks, {}).size(), std::size_t{2});

    // What the broad cut had already merged stays said when the bump takes its place: a second
    // cut of that region (another rule's reading of the same excess) was merged into it, and the
    // note of it moves to the bump with the broad cut's own.
    auto again = bell("harshness_cut", {"Lead"}, 3300.0, -2.0, 1.2, 3, 0.55);
    again.bandLowHz = 3300.0 / std::sqrt(2.0);
    again.bandHighHz = 3300.0 * std::sqrt(2.0);
    const auto chain = core::planSession({again, bump, harsh}, tracks, {});
    QCOMPARE(chain.size(), std::size_t{1});
    QCOMPARE(chain[0].rule, std::string("tonal_bump_cut"));
    QCOMPARE(chain[0].plan.size(), std::size_t{2});
    QCOMPARE(chain[0].plan[0].kind, std::string("merged"));
    QCOMPARE(chain[0].plan[1].kind, std::string("replaces"));
    QCOMPARE(chain[0].plan[1].rule, std::string("harshness_cut"));
    QCOMPARE(chain[0].plan[1].rule, std::string("harshness_cut"));
}

void TestSessionPlan::aHighPassBelowACarveIsNoContradiction()
{
    // The bass keeps 45–95 Hz against the keys; its own high-pass at 40 Hz touches that region
    // but acts below it.
    const std::vector<core::TrackProfile> tracks{track("Bass", "bass"), track("Keys", "keys")};
    core::Suggestion carve = bell("masking", {"Keys", "Bass"}, 65.0, -3.0, 1.3, 3, 0.65);
    carve.bandLowHz = 45.0;
    carve.bandHighHz = 95.0;
    core::Suggestion hp = make("high_pass", {"Bass"}, core::SuggestionType::Filter, 3, 0.75,
                               {{"filter", std::string("high_pass")}, {"frequency_hz", 40.0}});
    hp.bandLowHz = 20.0;
    hp.bandHighHz = 48.0;
    hp.direction = -1;
    QCOMPARE(core::planSession({carve, hp}, tracks, {}).size(), std::size_t{2});
}

void TestSessionPlan::aCutTheHighPassAlreadyMakesIsPartOfIt()
{
    // A recorded hi-hat high-passed at 300 Hz, 12 dB/oct: the filter is 22 dB down at 82 Hz and
    // 15 dB down at 120 Hz, so a 12 dB notch at 82 Hz and a 2.5 dB carve at 120 Hz are its work;
    // at 250 Hz (Q 8: up to 266 Hz) it is 4 dB down, short of a 12 dB notch, which stays; and a
    // cut at 82 Hz on another track is that track's.
    const std::vector<core::TrackProfile> tracks{track("Hat", "hats"), track("Pad", "pad"), track("Bass", "bass")};
    core::Suggestion hp = make("high_pass", {"Hat"}, core::SuggestionType::Filter, 3, 0.75,
                               {{"filter", std::string("high_pass")}, {"frequency_hz", 300.0}, {"slope_db_per_oct", 12.0}});
    hp.bandLowHz = 20.0;
    hp.bandHighHz = 300.0;
    hp.direction = -1;
    const core::Suggestion hum = bell("resonance_cut", {"Hat"}, 82.0, -12.0, 16.0, 2, 0.7);
    core::Suggestion carve = bell("masking", {"Hat", "Pad"}, 120.0, -2.5, 1.4, 3, 0.65);
    carve.bandLowHz = 90.0;
    carve.bandHighHz = 160.0;
    const core::Suggestion ring = bell("resonance_cut", {"Hat"}, 250.0, -12.0, 8.0, 2, 0.7);
    const core::Suggestion bass = bell("resonance_cut", {"Bass"}, 82.0, -12.0, 16.0, 2, 0.7);
    for (const bool highPassFirst : {true, false}) {
        const std::vector<core::Suggestion> in = highPassFirst ? std::vector{hp, hum, carve, ring, bass}
                                                               : std::vector{hum, carve, ring, bass, hp};
        const auto plan = core::planSession(in, tracks, {});
        QCOMPARE(plan.size(), std::size_t{3});
        const auto kept = std::find_if(plan.begin(), plan.end(), [](const auto& s) { return s.rule == "high_pass"; });
        QVERIFY(kept != plan.end());
        QCOMPARE(std::count_if(kept->plan.begin(), kept->plan.end(), [](const auto& n) { return n.kind == "merged"; }), 2);
        QVERIFY(std::any_of(plan.begin(), plan.end(), [](const auto& s) {
            return s.rule == "resonance_cut" && s.target.tracks.front() == "Hat" && s.number("frequency_hz") == 250.0;
        }));
        QVERIFY(std::any_of(plan.begin(), plan.end(),
                            [](const auto& s) { return s.rule == "resonance_cut" && s.target.tracks.front() == "Bass"; }));
    }
}

void TestSessionPlan::stackedLevelMovesBecomeOneGainPlan()
{
    const std::vector<core::TrackProfile> tracks{track("Bass", "bass"), track("Piano", "keys"), track("Hat", "hats"),
                                                 track("Vox", "vocals")};
    std::vector<core::Suggestion> all{
        make("stem_level", {"Bass"}, core::SuggestionType::Level, 1, 0.8, {{"gain_db", -8.0}}),
        make("balance", {"Bass"}, core::SuggestionType::Level, 3, 0.45, {{"gain_db", 3.0}}),
        make("balance", {"Piano"}, core::SuggestionType::Level, 3, 0.45, {{"gain_db", -6.0}}),
        make("stem_level", {"Hat"}, core::SuggestionType::Level, 4, 0.5, {{"gain_db", 6.0}}),
        make("summed_headroom", {}, core::SuggestionType::Level, 1, 0.9, {{"gain_db", -5.5}}),
        bell("low_mid_cut", {"Vox"}, 300.0, -3.0, 1.2, 2, 0.65)};
    core::addGainPlan(all, tracks);
    QCOMPARE(all.size(), std::size_t{7});
    const core::Suggestion& g = all.back();
    QCOMPARE(g.rule, std::string("gain_plan"));
    QCOMPARE(g.target.kind, core::SuggestionTarget::Kind::Session);
    QCOMPARE(g.target.tracks, (Names{"Bass", "Piano", "Hat"}));  // the session's order
    QCOMPARE(*g.number("bus_gain_db"), -5.5);
    QCOMPARE(g.basePriority, 1);
    QCOMPARE(g.baseConfidence, 0.9);
    QCOMPARE(g.title, std::string("Gain plan: clip gain and faders of 3 stems, then every fader -5.5 dB"));
    // Bass: clip -8 for its plug-ins, +3 in the mix, so the fader goes up 11. Piano: -6 on the
    // fader. Hat: +6 clip gain, the balance left it alone (4 stems: the rule ran), fader -6.
    QCOMPARE(g.plan.size(), std::size_t{3});
    const std::array<std::array<double, 3>, 3> expected{{{-8.0, 11.0, 3.0}, {0.0, -6.0, -6.0}, {6.0, -6.0, 0.0}}};
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(g.plan[i].kind, std::string("gain_plan_line"));
        QCOMPARE(parameter(g.plan[i], "clip_gain_db"), expected[i][0]);
        QCOMPARE(parameter(g.plan[i], "fader_db"), expected[i][1]);
        QCOMPARE(parameter(g.plan[i], "mix_change_db"), expected[i][2]);
    }
    QCOMPARE(g.plan[0].rule, std::string("stem_level,balance"));
    QCOMPARE(g.plan[0].text, std::string("Bass: clip gain -8.0 dB, fader +11.0 dB (+3.0 dB in the mix)"));
    QCOMPARE(g.plan[1].text, std::string("Piano: fader -6.0 dB (-6.0 dB in the mix)"));
    QCOMPARE(g.plan[2].text, std::string("Hat: clip gain +6.0 dB, fader -6.0 dB (its place in the mix unchanged)"));
    QCOMPARE(g.description, std::string("Bass: clip gain -8.0 dB, fader +11.0 dB (+3.0 dB in the mix); Piano: fader -6.0 dB "
                                        "(-6.0 dB in the mix); Hat: clip gain +6.0 dB, fader -6.0 dB (its place in the mix "
                                        "unchanged); then pull every fader (or a VCA over all of them) down 5.5 dB together."));
    // Title, description, reasoning and lines are codes whose English is the plan's.
    QCOMPARE(g.titleText.code, core::TextCode::PlanGainTitleBus);
    QCOMPARE(g.titleText.count, 3);
    QCOMPARE(g.descriptionText.code, core::TextCode::PlanGainHowBus);
    QCOMPARE(g.reasoningText.code, core::TextCode::PlanGainWhyBus);
    for (const core::Text* t : {&g.titleText, &g.descriptionText, &g.reasoningText})
        QVERIFY(core::isWellFormed(*t));
    QCOMPARE(core::english(g.titleText), g.title);
    QCOMPARE(core::english(g.descriptionText), g.description);
    QCOMPARE(core::english(g.reasoningText), g.reasoning);
    const std::array<core::TextCode, 3> lineCodes{core::TextCode::PlanGainLineClipMix, core::TextCode::PlanGainLineFaderMix,
                                                  core::TextCode::PlanGainLineClip};
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(g.plan[i].noteText.code, lineCodes[i]);
        QCOMPARE(core::english(g.plan[i].noteText), g.plan[i].text);
    }
    // The evidence of the moves it sums, each named by its track.
    QVERIFY(std::any_of(g.evidence.begin(), g.evidence.end(), [](const core::Evidence& e) { return e.measure == "x_Bass"; }));

    const auto plan = core::planSession(all, tracks, {});
    QCOMPARE(plan.size(), std::size_t{7});  // nothing lost
    QCOMPARE(plan[0].rule, std::string("gain_plan"));  // clipping: tier 1 first
    QCOMPARE(plan[0].impact, 1);
    QVERIFY(plan[0].shown);
    QCOMPARE(plan[1].rule, std::string("low_mid_cut"));
    QVERIFY(plan[1].shown);
    for (std::size_t i = 2; i < plan.size(); ++i) {
        QVERIFY2(!plan[i].shown, plan[i].rule.c_str());  // the summed moves: one click away
        QCOMPARE(plan[i].plan.back().kind, std::string("in_gain_plan"));
    }
}

void TestSessionPlan::withoutABalanceTheStagingMoveIsTheMixChange()
{
    // Two stems: the balance rule needs three, so the staging move is all the plan knows.
    const std::vector<core::TrackProfile> tracks{track("Bass", "bass"), track("Kick", "kick")};
    std::vector<core::Suggestion> all{
        make("stem_level", {"Bass"}, core::SuggestionType::Level, 1, 0.8, {{"gain_db", -8.0}}),
        make("summed_headroom", {}, core::SuggestionType::Level, 1, 0.9, {{"gain_db", -2.0}})};
    core::addGainPlan(all, tracks);
    const core::Suggestion& g = all.back();
    QCOMPARE(g.plan.size(), std::size_t{1});
    QCOMPARE(parameter(g.plan[0], "clip_gain_db"), -8.0);
    QCOMPARE(parameter(g.plan[0], "mix_change_db"), -8.0);
    QCOMPARE(parameter(g.plan[0], "fader_db"), 0.0);
    QCOMPARE(g.plan[0].text, std::string("Bass: clip gain -8.0 dB, fader 0.0 dB (-8.0 dB in the mix)"));
}

void TestSessionPlan::oneLevelMoveIsNoPlan()
{
    std::vector<core::Suggestion> all{make("stem_level", {"Bass"}, core::SuggestionType::Level, 1, 0.8, {{"gain_db", -8.0}})};
    core::addGainPlan(all, {track("Bass", "bass")});
    QCOMPARE(all.size(), std::size_t{1});
    QVERIFY(all[0].plan.empty());
}

void TestSessionPlan::prioritiesFollowImpact()
{
    const std::vector<core::TrackProfile> tracks{track("Lead Vox", "vocals"), track("Keys", "keys"), track("Synth", "synth"),
                                                 track("Kick", "kick"), track("Bass", "bass"), track("Gtr", "guitar")};
    const std::vector<core::Suggestion> all{
        bell("resonance_cut", {"Synth"}, 41.0, -12.0, 12.7, 2, 0.7),       // a 12 dB notch: detail
        make("compression", {"Gtr"}, core::SuggestionType::Compression, 3, 0.6),
        bell("masking", {"Keys", "Lead Vox"}, 1500.0, -3.0, 1.5, 3, 0.65),  // makes room for the lead
        bell("masking", {"Bass", "Kick"}, 60.0, -3.0, 1.5, 3, 0.6),         // the foundation
        bell("masking", {"Gtr", "Keys"}, 800.0, -3.0, 1.5, 3, 0.65),        // two supporting parts
        bell("low_mid_cut", {"Gtr"}, 300.0, -3.0, 1.2, 2, 0.65),            // tonal balance
        make("summed_headroom", {}, core::SuggestionType::Level, 1, 0.9, {{"gain_db", -3.0}}),
        make("balance", {"Keys"}, core::SuggestionType::Level, 3, 0.45, {{"gain_db", 6.0}}),
        make("phase_check", {"Gtr"}, core::SuggestionType::Stereo, 1, 0.8,
             {{"action", std::string("invert_one_channel_polarity")}})};
    const auto plan = core::planSession(all, tracks, {});
    std::vector<std::pair<std::string, std::string>> order;
    std::vector<int> priorities, impacts;
    for (const auto& s : plan) {
        order.emplace_back(s.rule, s.target.tracks.empty() ? std::string() : s.target.tracks.front());
        priorities.push_back(s.priority);
        impacts.push_back(s.impact);
    }
    const std::vector<std::pair<std::string, std::string>> expected{
        {"summed_headroom", ""}, {"phase_check", "Gtr"}, {"masking", "Keys"}, {"masking", "Bass"}, {"masking", "Gtr"},
        {"low_mid_cut", "Gtr"},  {"resonance_cut", "Synth"}, {"compression", "Gtr"}, {"balance", "Keys"}};
    QCOMPARE(order, expected);
    QCOMPARE(impacts, (std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 4}));
    QCOMPARE(priorities, (std::vector<int>{1, 1, 2, 2, 3, 3, 4, 4, 4}));
}

void TestSessionPlan::ratingsStillMoveThePriority()
{
    // Two "not useful" pull a low-mid cut (prior 0.65) to 0.433: two steps down.
    core::Suggestion cut = bell("low_mid_cut", {"Gtr"}, 300.0, -3.0, 1.2, 2, 0.65);
    cut.confidence = 2.6 / 6.0;
    const auto plan = core::planSession({cut}, {track("Gtr", "guitar")}, {});
    QCOMPARE(plan[0].impact, 3);
    QCOMPARE(plan[0].priority, 5);
    QVERIFY(plan[0].shown);
    cut.confidence = 0.2;  // under the hide threshold
    QVERIFY(!core::planSession({cut}, {track("Gtr", "guitar")}, {})[0].shown);
}

void TestSessionPlan::atMostFivePerTrackAndThirtyPerSessionNothingLost()
{
    std::vector<core::TrackProfile> tracks;
    std::vector<core::Suggestion> all;
    for (int i = 0; i < 24; ++i) {
        const std::string name = "Stem " + std::to_string(i);
        tracks.push_back(track(name.c_str(), "other"));
        // Eight moves an octave apart on each: nothing merges.
        for (int k = 0; k < 8; ++k)
            all.push_back(bell("resonance_cut", {name}, 50.0 * std::pow(2.0, k), -4.0, 4.0, 3, 0.6 - 0.01 * k));
    }
    const auto plan = core::planSession(all, tracks, {});
    QCOMPARE(plan.size(), all.size());
    const auto shown = std::count_if(plan.begin(), plan.end(), [](const core::Suggestion& s) { return s.shown; });
    QCOMPARE(shown, 30);
    std::map<std::string, int> perTrack;
    for (const auto& s : plan)
        perTrack[s.target.tracks.front()] += s.shown ? 1 : 0;
    for (const auto& [name, n] : perTrack)
        QVERIFY2(n <= 5, name.c_str());
    // Shown first; among equals the more confident: the first move of every stem (0.60) is
    // shown before any second move (0.59), so all 24 stems get one and 6 get a second.
    for (std::size_t i = 0; i < 30; ++i)
        QVERIFY(plan[i].shown);
    QCOMPARE(std::count_if(perTrack.begin(), perTrack.end(), [](const auto& p) { return p.second == 2; }), 6);
    // One track alone with eight: five shown.
    std::vector<core::Suggestion> one(all.begin(), all.begin() + 8);
    const auto single = core::planSession(one, {tracks[0]}, {});
    QCOMPARE(std::count_if(single.begin(), single.end(), [](const core::Suggestion& s) { return s.shown; }), 5);
    QCOMPARE(single.size(), std::size_t{8});
}

QTEST_GUILESS_MAIN(TestSessionPlan)
#include "tst_sessionplan.moc"
