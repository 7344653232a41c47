// The re-bounce rule: an EQ change between a track's previous bounce and this one (see
// runBounceRules() in rules.h).
//
// A single bounce cannot tell a broad bell or a shelf put on by mistake from the part's own
// register, body or roll-off (the guide, "How tonal-balance faults are found"). Two bounces of
// one part can: their notes are the same, so the difference of their long-term spectra is the
// filter that came between them, and fitting it as a fader change plus a few EQ shapes
// (dsp/eqshape.h) measures that filter — where it is, how wide, how much. What the fit cannot
// explain (another take, another arrangement) keeps the rule silent.
#include "suggest/rules.h"

#include "dsp/eqshape.h"
#include "suggest/suggestionengine.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace stemwise::core {

namespace {

using A = TextArg;
using C = TextCode;

// Only where both bounces have something to say: within this of each one's loudest LTAS point
// (below, noise floors, dither and reverb tails differ from bounce to bounce). Wide enough to
// reach the top octaves of a part that rolls off early, where a dulling shelf acts.
constexpr double kChangeRangeDb = 60.0;
constexpr double kLowestHz = 30.0;
constexpr double kHighestHz = 18000.0;
constexpr int kPointsPerOctave = 24;  // the LTAS grid (analysis/spectrumanalyzer.h)
// The fit: at most three shapes, each explaining a tenth of the change at least.
constexpr std::size_t kMaxShapes = 3;
constexpr double kMinShapeShare = 0.1;
// The change is an EQ's when the shapes explain this much of it and leave this little: with the
// same notes the difference is the filter; another take leaves a jumble of several dB.
constexpr double kMinExplained = 0.8;
constexpr double kMaxResidualDb = 2.0;
// Sizes worth a look: a boost that appeared, from 4 dB; a cut from 6 dB, above the 2–5 dB
// carves the masking rule suggests (an engineer who applied one gets no alarm for it).
constexpr double kMinBoostChangeDb = 4.0;
constexpr double kMinCutChangeDb = 6.0;
// Past an equaliser's range a shape is the fit bending to different content, not a filter.
constexpr double kMaxChangeDb = 18.0;

// Whether the earlier bounce's own advice asked for this change: an EQ or filter move of the
// same direction that is the same move (sameStretch; then the change is the engineer acting on it, not a
// mistake). `lowHz`…`highHz`: the change's stretch (a bell between its half-gain points, a
// shelf its transition, an octave either side of the midpoint).
bool askedFor(const std::vector<Suggestion>& earlier, double lowHz, double highHz, int direction)
{
    return std::any_of(earlier.begin(), earlier.end(), [&](const Suggestion& s) {
        return (s.type == SuggestionType::Eq || s.type == SuggestionType::Filter) && s.direction == direction
               && sameStretch(s.bandLowHz, s.bandHighHz, lowHz, highHz);
    });
}

// Whether the cut since fixes what the earlier bounce's envelope had there: a bump of that
// shape (a bell for a bell, a shelf of the same side for a shelf) within a third of an octave
// and a factor of two of the cut; for a notch, a resonance within a sixth of an octave.
bool hadBump(const TrackProfile& earlier, const EqShapeFit& cut)
{
    const auto near = [&](double hz, double octaves) { return std::abs(std::log2(hz / cut.frequencyHz)) <= octaves; };
    const DeviationShape shape = cut.kind == EqShapeKind::Bell       ? DeviationShape::Bell
                                 : cut.kind == EqShapeKind::LowShelf ? DeviationShape::LowShelf
                                                                     : DeviationShape::HighShelf;
    const double size = std::abs(cut.gainDb);
    const bool notch = cut.kind == EqShapeKind::Bell && cut.q >= kNotchQ;
    return std::any_of(earlier.spectrum.tonalDeviations.begin(), earlier.spectrum.tonalDeviations.end(),
                       [&](const TonalDeviation& d) {
                           return d.shape == shape && d.gainDb >= 0.5 * size && d.gainDb <= 2.0 * size && near(d.frequencyHz, 1.0 / 3.0);
                       })
           || (notch && std::any_of(earlier.spectrum.resonances.begin(), earlier.spectrum.resonances.end(),
                                    [&](const Resonance& r) { return near(r.frequencyHz, 1.0 / 6.0); }));
}

}  // namespace

std::optional<EqChangeFit> bounceEqChange(const TrackProfile& earlier, const TrackProfile& now)
{
    const SpectrumProfile& a = earlier.spectrum;
    const SpectrumProfile& b = now.spectrum;
    if (b.ltasFrequencyHz.size() < 2 || b.ltasFrequencyHz.size() != b.ltasDb.size() || a.ltasDb.empty())
        return std::nullopt;
    // The loudest finite points (a stored LTAS may hold nulls read back as NaN).
    auto loudest = [](const std::vector<double>& db) {
        double m = -std::numeric_limits<double>::infinity();
        for (double v : db)
            if (std::isfinite(v))
                m = std::max(m, v);
        return m;
    };
    const double loudestNow = loudest(b.ltasDb);
    const double loudestBefore = loudest(a.ltasDb);
    if (!std::isfinite(loudestNow) || !std::isfinite(loudestBefore))
        return std::nullopt;
    const std::size_t n = b.ltasFrequencyHz.size();
    std::vector<double> diff(n, 0.0);
    std::vector<bool> use(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const double hz = b.ltasFrequencyHz[i];
        const auto then = ltasAt(earlier, hz);
        if (!then || hz < kLowestHz || hz > kHighestHz || b.ltasDb[i] < loudestNow - kChangeRangeDb
            || *then < loudestBefore - kChangeRangeDb)
            continue;
        diff[i] = b.ltasDb[i] - *then;
        use[i] = std::isfinite(diff[i]);
    }
    EqChangeFit fit = fitEqChange(b.ltasFrequencyHz, diff, use, kPointsPerOctave, kMaxShapes, kMinBoostChangeDb, kMinShapeShare);
    if (fit.shapes.empty() || fit.explained < kMinExplained || fit.residualDb > kMaxResidualDb
        || std::any_of(fit.shapes.begin(), fit.shapes.end(), [](const EqShapeFit& s) { return std::abs(s.gainDb) > kMaxChangeDb; }))
        return std::nullopt;
    return fit;
}

Text eqChangeText(const EqChangeFit& fit)
{
    std::vector<A> shapes;
    for (const EqShapeFit& s : fit.shapes) {
        const A gain = A::signedNumber(s.gainDb, 1);
        shapes.push_back(A::nested(s.kind == EqShapeKind::Bell        ? Text{C::EqChangeBell, {gain, A::hz(s.frequencyHz), A::number(s.q, 1)}}
                                   : s.kind == EqShapeKind::HighShelf ? Text{C::EqChangeHighShelf, {gain, A::hz(s.frequencyHz)}}
                                                                      : Text{C::EqChangeLowShelf, {gain, A::hz(s.frequencyHz)}}));
    }
    return {C::EqChangeShapes, {A::list(std::move(shapes), true), A::number(100.0 * fit.explained, 0)}};
}

void runBounceRules(const TrackProfile& now, const EarlierBounce& before, const RuleContext& context, std::vector<Suggestion>& out)
{
    const auto measured = bounceEqChange(before.profile, now);
    if (!measured)
        return;
    const EqChangeFit& fit = *measured;

    // What the earlier bounce was told: the rounds stored on it, and its track rules again (a
    // bounce never suggested on, or a context without the database).
    std::vector<Suggestion> earlier = before.advice;
    runTrackRules(before.profile, {context.tempoBpm, context.genre, nullptr}, earlier);
    for (const EqShapeFit& shape : fit.shapes) {
        const bool appeared = shape.gainDb > 0.0;  // the part has more there now: cut it back
        if (std::abs(shape.gainDb) < (appeared ? kMinBoostChangeDb : kMinCutChangeDb))
            continue;
        const bool bell = shape.kind == EqShapeKind::Bell;
        const bool high = shape.kind == EqShapeKind::HighShelf;
        // Where it acts: a bell between its half-gain points; a shelf on its side of the midpoint
        // (the region the session plan weighs it in) and, for what was asked, its transition.
        const double halfWidth = bell ? 0.5 * bellWidthOctaves(shape.q) : 1.0;
        const double coreLowHz = shape.frequencyHz * std::pow(2.0, -halfWidth);
        const double coreHighHz = shape.frequencyHz * std::pow(2.0, halfWidth);
        const double lowHz = bell || high ? coreLowHz : 20.0;
        const double highHz = bell || !high ? coreHighHz : 20000.0;
        if (askedFor(earlier, coreLowHz, coreHighHz, appeared ? +1 : -1)
            || (!appeared && hadBump(before.profile, shape)))
            continue;
        const double f = roundHz(shape.frequencyHz);
        const double gain = -std::clamp(roundTo(shape.gainDb, 0.5), -12.0, 12.0);
        const double q = roundTo(shape.q, 0.1);
        Suggestion s;
        s.rule = "bounce_change";
        s.key = "bounce_change|" + now.name + (bell ? "|" + std::to_string(static_cast<long>(f)) : high ? "|high" : "|low");
        s.target = {SuggestionTarget::Kind::Track, {now.name}};
        s.trackType = now.type;
        s.type = SuggestionType::Eq;
        // As sure as the fit is close: 0.55 at the least it accepts, 0.85 for a change it explains
        // whole. A cut is more often meant than a boost is put on by mistake (an engineer cuts by
        // ear what the analysis did not flag): giving back what was taken away ranks lower.
        const double closeness = std::clamp((fit.explained - kMinExplained) / (1.0 - kMinExplained), 0.0, 1.0);
        s.basePriority = s.priority = appeared && std::abs(shape.gainDb) >= 8.0 ? 2 : 3;
        s.baseConfidence = s.confidence = (appeared ? 0.55 : 0.45) + 0.3 * closeness;
        param(s, "filter", bell ? "bell" : high ? "high_shelf" : "low_shelf");
        param(s, "frequency_hz", f);
        param(s, "gain_db", gain);
        param(s, "q", q);
        const A share = A::number(100.0 * fit.explained, 0);
        const A when = A::date(before.analysedAt);
        Text title, why;
        if (bell) {
            title = {appeared ? C::SuggestCutTitle : C::SuggestBoostTitle, {A::number(std::abs(gain), 1), A::hz(f), A::number(q, 1), A::string(now.name)}};
            why = {C::SuggestBounceBellWhy, {when, A::number(shape.gainDb, 1), A::hz(shape.frequencyHz), A::number(shape.q, 1), share}};
        } else {
            title = {appeared ? (high ? C::SuggestHighShelfCutTitle : C::SuggestLowShelfCutTitle)
                              : (high ? C::SuggestHighShelfBoostTitle : C::SuggestLowShelfBoostTitle),
                     {A::number(std::abs(gain), 1), A::hz(f), A::string(now.name)}};
            why = {high ? C::SuggestBounceHighShelfWhy : C::SuggestBounceLowShelfWhy, {when, A::number(shape.gainDb, 1), A::hz(shape.frequencyHz), share}};
        }
        s.say(std::move(title), C::SuggestBounceChangeHow, std::move(why));
        s.evidence = {Evidence::of("bounce_change_db", shape.gainDb, "dB",
                                   ruletext::cmp(C::CmpMagnitudeAtLeast, appeared ? kMinBoostChangeDb : kMinCutChangeDb, 0, "dB")),
                      Evidence::of("bounce_change_hz", shape.frequencyHz, "Hz", {}),
                      Evidence::of("bounce_change_explained", fit.explained, "", ruletext::cmp(C::CmpAtLeast, kMinExplained, 2)),
                      Evidence::of("bounce_change_residual_db", fit.residualDb, "dB", ruletext::cmp(C::CmpAtMost, kMaxResidualDb, 1, "dB")),
                      Evidence::of("bounce_level_change_db", fit.offsetDb, "dB", {})};
        if (bell)
            s.evidence.insert(s.evidence.begin() + 2, Evidence::of("bounce_change_q", shape.q, "", {}));
        std::string label = english(effectMetricLabel("level_at_db", f));
        const auto level = measureEffectMetric(now, {"level_at_db", label, "dB", 0.0, appeared ? -1 : +1, 1.0, f, 0.0});
        if (level)
            s.metric = {"level_at_db", std::move(label), "dB", *level, appeared ? -1 : +1, 1.0, f, 0.0};
        s.bandLowHz = std::max(20.0, lowHz);
        s.bandHighHz = highHz;
        s.direction = appeared ? -1 : +1;
        out.push_back(std::move(s));
    }
}

}  // namespace stemwise::core
