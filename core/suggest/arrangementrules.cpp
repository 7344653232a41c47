// Workflow suggestions from the arrangement (issue 19, point 3: the brief's "workflow
// optimisation"): what the song's sections (analysis/sessionsections.h) and the names they
// earned (analysis/sectionnames.h) say an engineer could do. Few and concrete; ranked, capped
// and learned like every other suggestion (keys: rule, tracks, the section's start), of type
// "arrangement" (no move to preview).
//  - chorus_lift: the choruses lift less than kMinChorusLiftLu over the verses (each kind's
//    loudness, the stems summed, averaged as powers). The move: the stems that play in the
//    choruses and in no verse, ridden up together by the gain that brings the lift to
//    kTargetLiftLu (solved from the power they add; 0.5 dB steps, at most kMaxRideDb); with no
//    such stem, the mix bus ridden up in the choruses by the lift missing. Its prior confidence
//    follows the chorus name's (kLiftConfidence times it).
//  - static_section: each "unchanging" finding (a section of 32 bars or more, 75 s without a
//    tempo, where the same stems play at the same levels): change something at the 8-bar line
//    nearest its middle (its middle without a tempo).
//  - one_section_part: a stem that plays in one section only, of a song of at least three, and
//    that section at most kMaxOneSectionShare of the song: a one-off part. At most
//    kMaxOneSectionParts, the shortest first.
#include "suggest/rules.h"

#include "analysis/sectionnames.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace stemwise::core {

namespace {

constexpr double kMinChorusLiftLu = 1.0;
constexpr double kTargetLiftLu = 1.5;
constexpr double kLiftConfidence = 0.6;
constexpr double kPhraseBars = 8.0;
constexpr double kMaxOneSectionShare = 0.25;
constexpr std::size_t kMaxOneSectionParts = 2;
constexpr std::size_t kMinSectionsForParts = 3;

using A = TextArg;
using C = TextCode;

double toPower(double db) { return std::pow(10.0, db / 10.0); }
double toDb(double power) { return 10.0 * std::log10(power); }

Suggestion make(const char* rule, SuggestionTarget target, std::string trackType, int priority, double confidence)
{
    Suggestion s;
    s.rule = rule;
    s.key = rule;
    for (const auto& n : target.tracks)
        s.key += "|" + n;
    s.target = std::move(target);
    s.trackType = std::move(trackType);
    s.type = SuggestionType::Arrangement;
    s.basePriority = s.priority = priority;
    s.baseConfidence = s.confidence = confidence;
    return s;
}

A namesArg(const std::vector<std::string>& names)
{
    std::vector<A> items;
    for (const auto& n : names)
        items.push_back(A::string(n));
    return A::list(std::move(items), true);
}

A spanArg(const Section& sec)
{
    return A::nested(Text{C::SectionSpan, {sectionNameArg(sec), A::number(sec.startS, 1), A::number(sec.endS, 1)}});
}

bool plays(const Section& sec, const std::string& stem)
{
    return std::find(sec.stems.begin(), sec.stems.end(), stem) != sec.stems.end();
}

void chorusLift(const SessionSections& s, std::vector<Suggestion>& out)
{
    std::vector<const Section*> choruses, verses;
    for (const Section& sec : s.sections) {
        if (!sec.loudnessLufs)
            continue;
        if (sec.role == "chorus")
            choruses.push_back(&sec);
        else if (sec.role == "verse")
            verses.push_back(&sec);
    }
    if (choruses.empty() || verses.empty())
        return;
    auto meanPower = [](const std::vector<const Section*>& list) {
        double sum = 0.0;
        for (const Section* sec : list)
            sum += toPower(*sec->loudnessLufs);
        return sum / static_cast<double>(list.size());
    };
    const double chorusPower = meanPower(choruses), versePower = meanPower(verses);
    const double lift = toDb(chorusPower / versePower);
    if (lift >= kMinChorusLiftLu)
        return;
    // The stems of the choruses alone, and the power they add there (their own loudness).
    std::vector<std::string> own;
    for (const Section* c : choruses)
        for (const auto& n : c->stems)
            if (std::find(own.begin(), own.end(), n) == own.end()
                && std::none_of(verses.begin(), verses.end(), [&n](const Section* v) { return plays(*v, n); }))
                own.push_back(n);
    double ownPower = 0.0;
    for (const Section* c : choruses)
        for (const SectionStemLoudness& l : c->stemLoudness)
            if (l.loudnessLufs && std::find(own.begin(), own.end(), l.name) != own.end())
                ownPower += toPower(*l.loudnessLufs) / static_cast<double>(choruses.size());
    const double targetPower = versePower * toPower(kTargetLiftLu);
    double gain = 0.0, after = 0.0;
    if (ownPower > 0.0) {
        gain = std::clamp(roundTo(toDb((targetPower - chorusPower + ownPower) / ownPower), 0.5), 0.5, kMaxRideDb);
        after = toDb((chorusPower - ownPower + ownPower * toPower(gain)) / versePower);
    } else {
        own.clear();
        gain = std::clamp(roundTo(kTargetLiftLu - lift, 0.5), 0.5, kMaxRideDb);
        after = lift + gain;
    }
    double confidence = 1.0;
    std::vector<A> names, spans;
    for (const Section* c : choruses) {
        confidence = std::min(confidence, c->roleConfidence.value_or(0.0));
        names.push_back(sectionNameArg(*c));
        spans.push_back(spanArg(*c));
    }
    Suggestion sug = make("chorus_lift", {SuggestionTarget::Kind::Session, own}, "session", 3, kLiftConfidence * confidence);
    sug.parameters = {{"ride_gain_db", gain}, {"lift_lu", lift}, {"target_lift_lu", kTargetLiftLu},
                      {"start_s", choruses.front()->startS}, {"end_s", choruses.front()->endS}};
    const A chorusNames = A::list(std::move(names), true);
    const A where = A::list(std::move(spans), true);
    const Text why{C::SuggestChorusLiftWhy, {A::number(toDb(chorusPower), 1), A::number(toDb(versePower), 1), A::signedNumber(lift, 1),
                                             A::number(kMinChorusLiftLu, 1), A::number(after, 1)}};
    if (own.empty())
        sug.say({C::SuggestChorusLiftBusTitle, {A::number(gain, 1), chorusNames}}, {C::SuggestChorusLiftBusHow, {where}}, why);
    else
        sug.say({C::SuggestChorusLiftTitle, {namesArg(own), A::number(gain, 1), chorusNames}},
                {C::SuggestChorusLiftHow, {namesArg(own), where}}, why);
    sug.evidence = {Evidence::of("chorus_lufs", toDb(chorusPower), "LUFS", {}), Evidence::of("verse_lufs", toDb(versePower), "LUFS", {}),
                    Evidence::of("chorus_lift_lu", lift, "LU", Text{C::CmpBelow, {A::number(kMinChorusLiftLu, 1, "LU")}})};
    out.push_back(std::move(sug));
}

void staticSections(const SessionSections& s, std::vector<Suggestion>& out)
{
    for (const SectionFinding& f : s.findings) {
        if (f.kind != SectionFinding::Kind::Unchanging || f.section < 1 || static_cast<std::size_t>(f.section) > s.sections.size())
            continue;
        const Section& sec = s.sections[static_cast<std::size_t>(f.section - 1)];
        Suggestion sug = make("static_section", {SuggestionTarget::Kind::Session, {}}, "session", 4, 0.45);
        sug.key += "|" + std::to_string(static_cast<long long>(std::lround(sec.startS * 10.0)));
        double atS = 0.5 * (sec.startS + sec.endS);
        Text title{C::SuggestStaticSecondsTitle, {sectionNameArg(sec), A::number(atS, 1)}};
        Evidence length = Evidence::of("unchanged_s", f.value, "s", Text{C::CmpAtLeast, {A::number(SessionSections::kUnchangingS, 0, "s")}});
        if (s.barS) {
            const double barS = *s.barS;
            const double phrases = std::max(1.0, std::round(0.5 * f.value / kPhraseBars));
            atS = sec.startS + phrases * kPhraseBars * barS;
            const double bar = std::round((atS - s.barOffsetS.value_or(0.0)) / barS) + 1.0;
            title = Text{C::SuggestStaticBarTitle, {sectionNameArg(sec), A::number(bar, 0), A::number(atS, 1)}};
            length = Evidence::of("unchanged_bars", f.value, "", Text{C::CmpAtLeast, {A::number(SessionSections::kUnchangingBars, 0)}});
        }
        sug.parameters = {{"start_s", sec.startS}, {"end_s", sec.endS}, {"at_s", atS}};
        sug.say(title, Text{C::SuggestStaticHow}, f.text);
        sug.evidence = {std::move(length)};
        out.push_back(std::move(sug));
    }
}

void oneSectionParts(const SessionSections& s, const std::vector<TrackProfile>& tracks, std::vector<Suggestion>& out)
{
    if (s.sections.size() < kMinSectionsForParts || s.stems < 2 || s.durationS <= 0.0)
        return;
    std::map<std::string, std::vector<const Section*>> where;
    for (const Section& sec : s.sections)
        for (const auto& n : sec.stems)
            where[n].push_back(&sec);
    struct Part {
        std::string name;
        const Section* section;
    };
    std::vector<Part> parts;
    for (const auto& [name, sections] : where)
        if (sections.size() == 1 && sections.front()->endS - sections.front()->startS <= kMaxOneSectionShare * s.durationS + 1e-9)
            parts.push_back({name, sections.front()});
    std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
        return a.section->endS - a.section->startS < b.section->endS - b.section->startS;
    });
    if (parts.size() > kMaxOneSectionParts)
        parts.resize(kMaxOneSectionParts);
    for (const Part& p : parts) {
        const Section& sec = *p.section;
        std::string type = "other";
        for (const TrackProfile& t : tracks)
            if (t.name == p.name)
                type = t.type;
        const double lengthS = sec.endS - sec.startS;
        Suggestion sug = make("one_section_part", {SuggestionTarget::Kind::Track, {p.name}}, type, 4, 0.4);
        sug.parameters = {{"start_s", sec.startS}, {"end_s", sec.endS}};
        sug.say({C::SuggestOneSectionTitle, {A::string(p.name), spanArg(sec)}}, {C::SuggestOneSectionHow, {A::string(p.name)}},
                {C::SuggestOneSectionWhy, {A::string(p.name), A::number(lengthS, 1), A::number(s.durationS, 1),
                                           A::number(static_cast<double>(s.sections.size()), 0)}});
        sug.evidence = {Evidence::of("one_section_share", 100.0 * lengthS / s.durationS, "%",
                                     Text{C::CmpAtMost, {A::number(100.0 * kMaxOneSectionShare, 0, "%")}})};
        out.push_back(std::move(sug));
    }
}

}  // namespace

void runArrangementRules(const SessionSections& sections, const std::vector<TrackProfile>& tracks, std::vector<Suggestion>& out)
{
    if (sections.stems < 2)
        return;
    chorusLift(sections, out);
    staticSections(sections, out);
    oneSectionParts(sections, tracks, out);
}

}  // namespace stemwise::core
