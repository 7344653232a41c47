// The session plan: gain plan, impact, order, reconciliation and caps (see sessionplan.h).
#include "suggest/sessionplan.h"

#include "analysis/tracktype.h"
#include "suggest/rules.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>

namespace stemwise::core {

namespace {

using C = TextCode;
using A = TextArg;

constexpr std::array<std::string_view, 7> kLeadWords{"lead", "solo", "main", "ld", "lv", "lvox", "leadvox"};
constexpr std::array<std::string_view, 22> kBackingWords{
    "bv",     "bvs",  "bgv",    "bgvs",  "backing", "back", "bk",  "harmony", "harmonies", "harm", "choir",
    "double", "dbl",  "dbls",   "adlib", "adlibs",  "oohs", "aahs", "stack",  "stacks",    "gang", "backings"};
constexpr std::array<std::string_view, 7> kNeverLead{"kick", "snare", "hats", "drums", "pad", "fx", "mix"};

template <std::size_t N>
bool anyWordIn(const std::vector<std::string>& words, const std::array<std::string_view, N>& set)
{
    for (const std::string& w : words)
        if (std::find(set.begin(), set.end(), w) != set.end())
            return true;
    return false;
}

const std::string& changedTrack(const Suggestion& s)
{
    static const std::string none;
    return s.target.kind == SuggestionTarget::Kind::Session || s.target.tracks.empty() ? none : s.target.tracks.front();
}

bool overlaps(const Suggestion& a, const Suggestion& b)
{
    return std::max(a.bandLowHz, b.bandLowHz) < std::min(a.bandHighHz, b.bandHighHz);
}

double widthOctaves(const Suggestion& s) { return std::log2(std::max(s.bandHighHz, 1.0) / std::max(s.bandLowHz, 1.0)); }

bool sameMove(const Suggestion& a, const Suggestion& b) { return sameStretch(a.bandLowHz, a.bandHighHz, b.bandLowHz, b.bandHighHz); }

const TrackProfile* trackNamed(const std::vector<TrackProfile>& tracks, const std::string& name)
{
    for (const TrackProfile& t : tracks)
        if (t.name == name)
            return &t;
    return nullptr;
}

bool isCarve(const Suggestion& s)
{
    return s.rule == "masking" && s.direction < 0 && s.target.kind == SuggestionTarget::Kind::Pair
           && s.target.tracks.size() >= 2;
}

// Whether two bands share at least half of the narrower one (in octaves): a high-pass at
// 40 Hz and a carve at 35–90 Hz touch, they do not act on the same region.
bool shareRegion(const Suggestion& a, const Suggestion& b)
{
    const double lo = std::max({a.bandLowHz, b.bandLowHz, 1.0});
    const double hi = std::min(a.bandHighHz, b.bandHighHz);
    if (hi <= lo)
        return false;
    return std::log2(hi / lo) >= 0.5 * std::min(widthOctaves(a), widthOctaves(b));
}

// The carve `carve` makes room for a track that `cut` cuts in the same region. A notch on
// that track (a resonance, Q 3 and up) works beside the carve, not against it: the carve makes
// room for the part's body, the notch takes out one ringing frequency of it.
// Nor does a carve of that track for a third one: the pad yields to the organ, the organ to the
// guitar, both cuts clear room for the part above; only two parts yielding to each other clash.
bool carveMeetsCut(const Suggestion& carve, const Suggestion& cut)
{
    const bool notch = cut.number("q").value_or(0.0) >= kNotchQ;
    const bool chain = isCarve(cut)
                       && std::find(cut.target.tracks.begin() + 1, cut.target.tracks.end(), changedTrack(carve))
                              == cut.target.tracks.end();
    return isCarve(carve) && cut.direction < 0 && !notch && !chain && !changedTrack(cut).empty()
           && std::find(carve.target.tracks.begin() + 1, carve.target.tracks.end(), changedTrack(cut))
                  != carve.target.tracks.end()
           && shareRegion(carve, cut);
}

// Two carves on one track whose regions together span at most this many octaves are one
// broader carve: a pad that yields to the keys at 465 Hz, the guitar at 495 Hz and the clav at
// 660 Hz gets one cut under all three, not three notches side by side (issue 17, point 7).
constexpr double kMaxJoinedCarveOctaves = 1.25;

bool carvesJoin(const Suggestion& a, const Suggestion& b)
{
    if (!isCarve(a) || !isCarve(b) || changedTrack(a) != changedTrack(b))
        return false;
    const double lo = std::max(std::min(a.bandLowHz, b.bandLowHz), 1.0);
    const double hi = std::max({a.bandHighHz, b.bandHighHz, lo});
    return std::log2(hi / lo) <= kMaxJoinedCarveOctaves;
}

// A broad cut of a band's excess (low-mid build-up, harshness) and a precise cut (a resonance,
// a fitted bump) on the same track, the precise one's centre inside the broad one's region: the
// bump is what made the band stand out, and cutting it is the move; the broad cut is its symptom.
bool isBandExcessCut(const Suggestion& s) { return s.rule == "low_mid_cut" || s.rule == "harshness_cut"; }
bool isPreciseCut(const Suggestion& s)
{
    return s.direction < 0 && (s.rule == "resonance_cut" || s.rule == "tonal_bump_cut" || s.rule == "bounce_change");
}
bool causeOf(const Suggestion& precise, const Suggestion& broad)
{
    // What a bounce gained by mistake (rules.h: runBounceRules) is also the cause of the masking
    // it brought in that region: a carve of that track, or another's carve making room for it.
    if (precise.rule == "bounce_change" && precise.direction < 0 && isCarve(broad) && !changedTrack(precise).empty()
        && std::find(broad.target.tracks.begin(), broad.target.tracks.end(), changedTrack(precise)) != broad.target.tracks.end()
        && shareRegion(precise, broad))
        return true;
    if (!isPreciseCut(precise) || !isBandExcessCut(broad) || broad.direction >= 0)
        return false;
    const std::string& track = changedTrack(precise);
    const double f = precise.number("frequency_hz").value_or(0.0);
    return !track.empty() && track == changedTrack(broad) && f >= broad.bandLowHz && f <= broad.bandHighHz;
}

// A cut on a track under the corner of that track's high-pass, where the high-pass already takes
// out at least as much (a Butterworth high-pass of order slope/6 is 10·log10(1 + (fc/f)^2n) dB
// down at f, read at the cut's upper edge): a notch at 82 Hz on a hi-hat high-passed at 300 Hz,
// 12 dB/oct (22 dB down there), or a carve at 120 Hz out of cymbals high-passed at 300 Hz, is part
// of the high-pass's work, not a move of its own.
bool highPassDoes(const Suggestion& hp, const Suggestion& cut)
{
    if (hp.rule != "high_pass" || cut.rule == "high_pass" || cut.direction >= 0 || changedTrack(cut).empty()
        || changedTrack(cut) != changedTrack(hp))
        return false;
    const auto corner = hp.number("frequency_hz");
    const auto slope = hp.number("slope_db_per_oct");
    const auto depth = cut.number("gain_db");
    if (!corner || !slope || !depth || *slope <= 0.0 || *depth >= 0.0 || !(cut.bandHighHz > 0.0)
        || cut.bandHighHz >= *corner)
        return false;
    const double order = *slope / 6.0;
    const double downDb = 10.0 * std::log10(1.0 + std::pow(*corner / cut.bandHighHz, 2.0 * order));
    return downDb >= -*depth;
}

// `s` takes the place of `k` in the list kept, in the better of their ranks, with the notes of
// what `k` had already replaced or merged; `s` then holds what was kept there.
void takePlace(Suggestion& s, Suggestion& k)
{
    s.impact = std::min(s.impact, k.impact);
    s.priority = std::min(s.priority, k.priority);
    std::swap(s, k);
    for (PlanNote& n : s.plan)
        k.plan.push_back(std::move(n));
    s.plan.clear();
}

void setNumber(Suggestion& s, std::string_view key, double value)
{
    for (SuggestionParameter& p : s.parameters)
        if (p.key == key)
            p.value = value;
}

// A carve merged into a carve on the same track makes room for the other's keeper too: it
// names every track it makes room for (the yielding track first, as for a pair), and covers
// the other's region as well, as deep as the deeper of the two.
void widenCarve(Suggestion& kept, const Suggestion& merged)
{
    if (!isCarve(kept) || !isCarve(merged))
        return;
    for (std::size_t i = 1; i < merged.target.tracks.size(); ++i)
        if (std::find(kept.target.tracks.begin(), kept.target.tracks.end(), merged.target.tracks[i]) == kept.target.tracks.end())
            kept.target.tracks.push_back(merged.target.tracks[i]);
    const double lo = std::min(kept.bandLowHz, merged.bandLowHz), hi = std::max(kept.bandHighHz, merged.bandHighHz);
    if (lo < kept.bandLowHz || hi > kept.bandHighHz) {
        kept.bandLowHz = lo;
        kept.bandHighHz = hi;
        const double centre = roundHz(std::sqrt(lo * hi));
        setNumber(kept, "frequency_hz", centre);
        if (hi > lo)
            setNumber(kept, "q", std::clamp(roundTo(centre / (hi - lo), 0.1), 0.7, 4.0));
    }
    if (const auto deeper = merged.number("gain_db"); deeper && *deeper < kept.number("gain_db").value_or(0.0))
        setNumber(kept, "gain_db", *deeper);
    const auto gain = kept.number("gain_db");
    const auto f = kept.number("frequency_hz");
    if (gain && f) {
        std::vector<TextArg> keepers;
        for (std::size_t i = 1; i < kept.target.tracks.size(); ++i)
            keepers.push_back(A::string(kept.target.tracks[i]));
        kept.titleText = {C::SuggestCarveTitle, {A::number(-*gain, 1), A::hz(*f), A::string(kept.target.tracks.front()),
                                                 A::list(std::move(keepers), true)}};
        kept.title = english(kept.titleText);
    }
}

PlanNote note(std::string kind, std::string rule, std::vector<std::string> tracks,
              std::vector<SuggestionParameter> parameters, Text text)
{
    std::string words = english(text);
    return {std::move(kind), std::move(rule), std::move(tracks), std::move(parameters), std::move(words), std::move(text)};
}

// What the session plan did about `other`: "It replaces “…”, which works against it." The
// other's title is nested as its text (its English where it has none: a stored suggestion).
PlanNote noteAbout(const char* kind, const Suggestion& other, TextCode code)
{
    const TextArg title = other.titleText.empty() ? A::string(other.title) : A::nested(other.titleText);
    return note(kind, other.rule, other.target.tracks, other.parameters, {code, {title}});
}

// When one of `s` and `k` covers the other (`covers(a, b)`: a does b's work), the one that covers
// stands in the list kept, at `k`'s place (takePlace() when it is `s`), with a note of `kind`
// about the other, which `s` then holds. False, and nothing moved, when neither covers the other.
bool standIn(bool (*covers)(const Suggestion&, const Suggestion&), Suggestion& s, Suggestion& k, const char* kind,
             TextCode code)
{
    const bool sCovers = covers(s, k);
    if (!sCovers && !covers(k, s))
        return false;
    if (sCovers)
        takePlace(s, k);
    k.plan.push_back(noteAbout(kind, s, code));
    return true;
}

// "+4.0 dB", "-8.0 dB", "0.0 dB".
TextArg dbArg(double v) { return std::abs(v) < 0.05 ? A::number(0.0, 1, "dB") : A::signedNumber(v, 1, "dB"); }

// A track's figure copied into the gain plan, labelled with the track it is of.
Evidence evidenceOf(const Evidence& e, const std::string& track)
{
    Evidence x = e;
    x.measure = e.measure + "_" + track;
    if (x.label.empty()) {
        if (e.measure == "true_peak_dbtp")
            x.label = {C::EvidenceTruePeakOf, {A::string(track)}};
        else if (e.measure == "integrated_lufs")
            x.label = {C::EvidenceLoudnessOf, {A::string(track)}};
        else if (e.measure == "balance_deviation_lu")
            x.label = {C::EvidenceBalanceDeviationOf, {A::string(track)}};
    }
    return x;
}

}  // namespace

bool sameStretch(double lowA, double highA, double lowB, double highB)
{
    lowA = std::max(lowA, 1.0), highA = std::max(highA, 1.0), lowB = std::max(lowB, 1.0), highB = std::max(highB, 1.0);
    const double wa = std::max(std::log2(highA / lowA), 1e-3), wb = std::max(std::log2(highB / lowB), 1e-3);
    // Centres as the geometric means of the stretches' ends.
    return 0.5 * std::abs(std::log2(lowA * highA / (lowB * highB))) < kSameMoveOctaves
           && std::max(wa, wb) / std::min(wa, wb) <= kSameMoveWidthRatio;
}

std::vector<std::string> leadTracks(const std::vector<TrackProfile>& tracks)
{
    std::vector<std::string> leads;
    for (const TrackProfile& t : tracks) {
        if (std::find(kNeverLead.begin(), kNeverLead.end(), t.type) != kNeverLead.end())
            continue;
        const bool named = anyWordIn(nameWords(t.name), kLeadWords);
        if (named || (t.type == "vocals" && !isBackingPart(t)))
            leads.push_back(t.name);
    }
    return leads;
}

bool isBackingPart(const TrackProfile& t)
{
    return anyWordIn(nameWords(t.name), kBackingWords);
}

int impactOf(const Suggestion& s, const std::vector<TrackProfile>& tracks, const std::vector<std::string>& leads)
{
    const std::string& r = s.rule;
    if (r == "summed_headroom")
        return 1;
    if (r == "section_ride")  // a lead part buried (or sticking out) in one section: its masking, over time
        return 2;
    if (r == "time_align")  // two pickups of one part a lag apart: the comb filter takes its low end and body
        return 2;
    if ((r == "stem_level" || r == "gain_plan") && s.basePriority <= 1)
        return 1;
    // A polarity move the rule is sure of (its own priority 1): a track that cancels itself or
    // another in mono is as urgent as clipping.
    const SuggestionParameter* action = s.parameter("action");
    if (s.type == SuggestionType::Stereo && s.basePriority <= 1 && action != nullptr
        && std::holds_alternative<std::string>(action->value)
        && std::get<std::string>(action->value).find("polarity") != std::string::npos)
        return 1;
    if (r == "masking" && s.target.tracks.size() >= 2) {
        for (std::size_t i = 1; i < s.target.tracks.size(); ++i)
            if (std::find(leads.begin(), leads.end(), s.target.tracks[i]) != leads.end())
                return 2;
        const TrackProfile* a = trackNamed(tracks, s.target.tracks[0]);
        const TrackProfile* b = trackNamed(tracks, s.target.tracks[1]);
        if (a != nullptr && b != nullptr
            && ((a->type == "kick" && b->type == "bass") || (a->type == "bass" && b->type == "kick")))
            return 2;
        return 3;
    }
    switch (s.type) {
    case SuggestionType::Eq: {
        const SuggestionParameter* filter = s.parameter("filter");
        const bool bell = filter != nullptr && std::holds_alternative<std::string>(filter->value)
                          && std::get<std::string>(filter->value) == "bell";
        return bell && s.number("q").value_or(0.0) >= kNotchQ ? 4 : 3;
    }
    case SuggestionType::Filter:
    case SuggestionType::Stereo: return 3;
    default: return 4;
    }
}

void addGainPlan(std::vector<Suggestion>& all, const std::vector<TrackProfile>& tracks)
{
    std::vector<std::size_t> levels;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].type == SuggestionType::Level && all[i].number("gain_db") && all[i].rule != "gain_plan")
            levels.push_back(i);
    if (levels.size() < 2)
        return;
    // Did the balance rule look at every stem? (sessionrules.cpp: three stems with a loudness.)
    std::size_t balanced = 0;
    for (const TrackProfile& t : tracks)
        if (t.type != "mix" && t.dynamics.peakDbfs && *t.dynamics.peakDbfs >= -60.0 && t.loudness.integratedLufs)
            ++balanced;
    const bool balanceRan = balanced >= 3;

    struct Line {
        std::optional<double> clip;  // staging
        std::optional<double> mix;   // balance and other moves of its place in the mix
        std::vector<std::string> rules;
        int basePriority = 5;
    };
    std::map<std::string, Line> lines;
    std::optional<double> bus;
    Suggestion plan;
    plan.rule = "gain_plan";
    plan.key = "gain_plan";
    plan.target = {SuggestionTarget::Kind::Session, {}};
    plan.trackType = "session";
    plan.type = SuggestionType::Level;
    plan.basePriority = 5;
    plan.baseConfidence = 0.0;
    for (std::size_t i : levels) {
        Suggestion& s = all[i];
        const double gain = *s.number("gain_db");
        plan.basePriority = std::min(plan.basePriority, s.basePriority);
        plan.baseConfidence = std::max(plan.baseConfidence, s.baseConfidence);
        const std::string& track = changedTrack(s);
        if (track.empty()) {
            bus = bus.value_or(0.0) + gain;
            for (const Evidence& e : s.evidence)
                plan.evidence.push_back(e);
        } else {
            Line& line = lines[track];
            if (s.rule == "stem_level")
                line.clip = line.clip.value_or(0.0) + gain;
            else
                line.mix = line.mix.value_or(0.0) + gain;
            line.rules.push_back(s.rule);
            line.basePriority = std::min(line.basePriority, s.basePriority);
            for (const Evidence& e : s.evidence)
                plan.evidence.push_back(evidenceOf(e, track));
        }
        s.plan.push_back(note("in_gain_plan", "gain_plan", {}, {}, {C::PlanNoteInGainPlan}));
    }
    std::vector<Text> described;
    for (const TrackProfile& t : tracks) {  // in the session's order
        const auto it = lines.find(t.name);
        if (it == lines.end())
            continue;
        const Line& line = it->second;
        const double clip = line.clip.value_or(0.0);
        const double mix = line.mix ? *line.mix : balanceRan ? 0.0 : clip;
        const double fader = mix - clip;
        std::string rules;
        for (const std::string& r : line.rules)
            rules += (rules.empty() ? "" : ",") + r;
        const TextArg name = A::string(t.name);
        Text text = clip != 0.0
                        ? (mix == 0.0 ? Text{C::PlanGainLineClip, {name, dbArg(clip), dbArg(fader)}}
                                      : Text{C::PlanGainLineClipMix, {name, dbArg(clip), dbArg(fader), dbArg(mix)}})
                        : (mix == 0.0 ? Text{C::PlanGainLineFader, {name, dbArg(fader)}}
                                      : Text{C::PlanGainLineFaderMix, {name, dbArg(fader), dbArg(mix)}});
        plan.target.tracks.push_back(t.name);
        described.push_back(text);
        plan.plan.push_back(note("gain_plan_line", rules, {t.name},
                                 {{"clip_gain_db", clip}, {"fader_db", fader}, {"mix_change_db", mix}}, std::move(text)));
    }
    if (bus)
        plan.parameters.push_back({"bus_gain_db", *bus});
    const int n = static_cast<int>(plan.target.tracks.size());
    Text title = bus ? Text{C::PlanGainTitleBus, {dbArg(*bus)}, n} : Text{C::PlanGainTitle, {}, n};
    // The lines one after the other ("line; line; line"), as nested texts so that a language
    // can punctuate them its own way.
    std::optional<Text> lineList;
    for (auto it = described.rbegin(); it != described.rend(); ++it)
        lineList = lineList ? Text{C::PlanGainLines, {A::nested(*it), A::nested(*lineList)}} : *it;
    Text description = !lineList ? Text{C::PlanGainHowBusOnly, {A::number(-bus.value_or(0.0), 1)}}
                       : bus     ? Text{C::PlanGainHowBus, {A::nested(*lineList), A::number(-*bus, 1)}}
                                 : Text{C::PlanGainHow, {A::nested(*lineList)}};
    plan.say(std::move(title), std::move(description), bus ? Text{C::PlanGainWhyBus} : Text{C::PlanGainWhy});
    plan.priority = plan.basePriority;
    plan.confidence = plan.baseConfidence;
    all.push_back(std::move(plan));
}

std::vector<Suggestion> planSession(std::vector<Suggestion> all, const std::vector<TrackProfile>& tracks,
                                    const PlanLimits& limits)
{
    const std::vector<std::string> leads = leadTracks(tracks);
    // The rank: the tier, one step lower for a marginal move, moved by the ratings. The priority
    // shown is the rank within 1..5; the order follows the rank itself, so three "not useful"
    // on a tier-3 move put it below a marginal tier-4 one although both show priority 5.
    auto rankOf = [](const Suggestion& s) {
        const double prior = std::clamp(s.baseConfidence, 0.01, 0.99);
        return s.impact + (s.basePriority >= 4 ? 1 : 0) + static_cast<int>(std::round((prior - s.confidence) / 0.1));
    };
    for (Suggestion& s : all) {
        s.impact = impactOf(s, tracks, leads);
        s.priority = std::clamp(rankOf(s), 1, 5);
    }
    std::stable_sort(all.begin(), all.end(), [&rankOf](const Suggestion& a, const Suggestion& b) {
        if (rankOf(a) != rankOf(b))
            return rankOf(a) < rankOf(b);
        if (a.impact != b.impact)
            return a.impact < b.impact;
        return a.confidence > b.confidence;
    });

    std::vector<Suggestion> kept;
    for (Suggestion& s : all) {
        bool drop = false;
        for (Suggestion& k : kept) {
            if (k.key == s.key) {
                drop = true;
                break;
            }
            // The cause takes its symptom's place (and rank), or stands in for it when ranked
            // first; so does a high-pass for a cut it already makes.
            if (standIn(causeOf, s, k, "replaces", C::PlanNoteReplaces)
                || standIn(highPassDoes, s, k, "merged", C::PlanNoteMerged)) {
                drop = true;
                break;
            }
            const std::string& kt = changedTrack(k);
            const std::string& st = changedTrack(s);
            if (k.direction != 0 && s.direction != 0 && !kt.empty() && kt == st) {
                if (k.direction != s.direction && overlaps(k, s)) {
                    k.plan.push_back(noteAbout("replaces", s, C::PlanNoteReplaces));
                    drop = true;
                    break;
                }
                if (k.direction == s.direction && (sameMove(k, s) || carvesJoin(k, s))) {
                    k.plan.push_back(noteAbout("merged", s, C::PlanNoteMerged));
                    widenCarve(k, s);
                    drop = true;
                    break;
                }
            }
            if (carveMeetsCut(k, s) || carveMeetsCut(s, k)) {
                k.plan.push_back(noteAbout("replaces", s, C::PlanNoteReplaces));
                drop = true;
                break;
            }
        }
        if (!drop)
            kept.push_back(std::move(s));
    }

    std::map<std::string, std::size_t> perTrack;
    std::size_t inSession = 0;
    for (Suggestion& s : kept) {
        const bool inGainPlan = std::any_of(s.plan.begin(), s.plan.end(), [](const PlanNote& n) { return n.kind == "in_gain_plan"; });
        if (inGainPlan || s.confidence < limits.hideBelowConfidence) {
            s.shown = false;
            continue;
        }
        const std::string& track = changedTrack(s);
        if ((!track.empty() && perTrack[track] >= limits.maxPerTrack) || inSession >= limits.maxPerSession) {
            s.shown = false;
            continue;
        }
        s.shown = true;
        ++inSession;
        if (!track.empty())
            ++perTrack[track];
    }
    std::stable_partition(kept.begin(), kept.end(), [](const Suggestion& s) { return s.shown; });
    return kept;
}

}  // namespace stemwise::core
