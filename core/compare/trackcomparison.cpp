// compareTracks(): the figures, bands and spectra of two profiles side by side, and the
// findings and moves read off their differences (see trackcomparison.h).
#include "compare/trackcomparison.h"

#include "analysis/figures.h"
#include "util/strprintf.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

namespace {


using A = TextArg;
using C = TextCode;

OptDouble difference(const OptDouble& a, const OptDouble& b)
{
    if (a && b && std::isfinite(*a) && std::isfinite(*b))
        return *a - *b;
    return std::nullopt;
}

void addFinding(TrackComparison& c, ComparisonFinding::Kind kind, std::string code, Text sentence, double magnitude)
{
    std::string words = english(sentence);
    c.findings.push_back({kind, std::move(code), std::move(words), std::abs(magnitude), std::move(sentence)});
}

void findFigures(TrackComparison& c)
{
    const A a = A::string(c.aName);
    const A b = A::string(c.bName);
    auto n = [](double v, int decimals) { return A::number(v, decimals); };
    using K = ComparisonFinding::Kind;
    if (c.loudnessOffsetDb && std::abs(*c.loudnessOffsetDb) >= 0.05) {
        const double d = *c.loudnessOffsetDb;
        const FigureDelta* f = c.figure("integrated_lufs");
        addFinding(c, K::Finding, "loudness",
                   {d > 0 ? C::CompareLouder : C::CompareQuieter, {a, n(std::abs(d), 1), b, n(*f->a, 1), n(*f->b, 1)}}, d);
    }
    if (const FigureDelta* f = c.figure("true_peak_dbtp"); f && f->delta && std::abs(*f->delta) >= 0.5)
        addFinding(c, K::Finding, "true_peak",
                   {*f->delta > 0 ? C::ComparePeaksHigher : C::ComparePeaksLower,
                    {a, n(*f->a, 1), n(std::abs(*f->delta), 1), b, n(*f->b, 1)}},
                   *f->delta);
    if (const FigureDelta* f = c.figure("lra_lu"); f && f->delta && std::abs(*f->delta) >= 1.0)
        addFinding(c, K::Finding, "loudness_range",
                   {*f->delta > 0 ? C::CompareMoreRange : C::CompareLessRange,
                    {a, n(std::abs(*f->delta), 1), b, n(*f->a, 1), n(*f->b, 1)}},
                   *f->delta);
    if (const FigureDelta* f = c.figure("crest_db"); f && f->delta && std::abs(*f->delta) >= 1.0)
        addFinding(c, K::Finding, "crest",
                   {*f->delta > 0 ? C::CompareCrestHigher : C::CompareCrestLower,
                    {a, n(std::abs(*f->delta), 1), n(*f->a, 1), n(*f->b, 1), b}},
                   *f->delta);
    if (const FigureDelta* f = c.figure("width"); f && f->delta && std::abs(*f->delta) >= 0.1)
        addFinding(c, K::Finding, "width",
                   {*f->delta > 0 ? C::CompareWider : C::CompareNarrower, {a, b, n(*f->a, 2), n(*f->b, 2)}},
                   *f->delta * 10.0);
    if (const FigureDelta* f = c.figure("quality_score"); f && f->delta && std::abs(*f->delta) >= 5.0)
        addFinding(c, K::Finding, "quality",
                   {C::CompareScores, {a, n(*f->a, 0), b, n(*f->b, 0), A::signedNumber(*f->delta, 0)}}, *f->delta / 5.0);
}

void findBands(TrackComparison& c, const ComparisonOptions& options)
{
    using K = ComparisonFinding::Kind;
    const bool matched = c.loudnessOffsetDb.has_value();
    const bool target = !c.targetReferences.empty();
    struct Move {
        std::size_t band;
        double deltaDb;
    };
    std::vector<Move> moves;
    for (std::size_t i = 0; i < kBandCount; ++i) {
        const BandDelta& bd = c.bands[i];
        const OptDouble d = matched ? bd.matchedDeltaDb : bd.deltaDb;
        // A band that is near silence in either track is not a difference anyone hears.
        if (!d || !bd.aDb || !bd.bDb || *bd.aDb < -100.0 || *bd.bDb < -100.0)
            continue;
        if (std::abs(*d) < options.bandThresholdDb)
            continue;
        const auto& e = kBands[i];
        // English says "the bass is", "the low mids are".
        const bool singular = i <= 1 || i == 6;
        const bool higher = *d > 0;
        static constexpr TextCode kCodes[2][2][2] = {
            {{C::CompareBandAreLower, C::CompareBandAreHigher}, {C::CompareBandIsLower, C::CompareBandIsHigher}},
            {{C::CompareMatchedBandAreLower, C::CompareMatchedBandAreHigher},
             {C::CompareMatchedBandIsLower, C::CompareMatchedBandIsHigher}}};
        Text spread;
        if (target && bd.spreadDb)
            spread = {std::abs(*d) > *bd.spreadDb ? C::CompareSpreadOutside : C::CompareSpreadWithin,
                      {A::number(*bd.spreadDb, 1)}};
        addFinding(c, K::Finding, std::string("band_") + e.key,
                   {kCodes[matched][singular][higher],
                    {A::string(c.aName), A::termOf(TermKind::Band, e.key), A::hzRange(e.lowHz, e.highHz),
                     A::number(std::abs(*d), 1), A::string(c.bName), A::nested(std::move(spread))}},
                   *d);
        if (std::abs(*d) >= options.suggestThresholdDb && (!target || !bd.spreadDb || std::abs(*d) > *bd.spreadDb))
            moves.push_back({i, *d});
    }
    std::sort(moves.begin(), moves.end(),
              [](const Move& x, const Move& y) { return std::abs(x.deltaDb) > std::abs(y.deltaDb); });
    if (moves.size() > 3)
        moves.resize(3);
    for (const Move& m : moves) {
        const auto& e = kBands[m.band];
        // Half of the difference, at most 6 dB: a band level is a broad average, and a
        // broad move of half of it closes most of what is heard without overshooting.
        const double gainDb = std::clamp(-m.deltaDb * 0.5, -6.0, 6.0);
        Text how;
        if (m.band == 0)
            how = {C::CompareLowShelf, {A::hzCompact(e.highHz)}};
        else if (m.band == kBandCount - 1)
            how = {C::CompareHighShelf, {A::hzCompact(e.lowHz)}};
        else
            how = {C::CompareBroadBell, {A::hzCompact(std::sqrt(e.lowHz * e.highHz))}};
        addFinding(c, K::Suggestion, std::string("move_eq_") + e.key,
                   {gainDb < 0 ? C::CompareMoveCut : C::CompareMoveBoost,
                    {A::string(c.aName), A::string(c.bName), A::number(std::abs(gainDb), 1), A::nested(std::move(how))}},
                   m.deltaDb);
    }
}

void suggestFigures(TrackComparison& c)
{
    using K = ComparisonFinding::Kind;
    const A a = A::string(c.aName);
    const A b = A::string(c.bName);
    if (c.loudnessOffsetDb && std::abs(*c.loudnessOffsetDb) >= 1.0)
        addFinding(c, K::Suggestion, "move_level",
                   {*c.loudnessOffsetDb > 0 ? C::CompareLowerToMatch : C::CompareRaiseToMatch,
                    {a, A::number(std::abs(*c.loudnessOffsetDb), 1), b}},
                   *c.loudnessOffsetDb);
    if (const FigureDelta* f = c.figure("crest_db"); f && f->delta && std::abs(*f->delta) >= 3.0)
        addFinding(c, K::Suggestion, "move_dynamics",
                   *f->delta > 0 ? Text{C::CompareMoreDynamic, {a, A::number(*f->delta, 1), b}}
                                 : Text{C::CompareDenser, {a, A::number(-*f->delta, 1), b}},
                   *f->delta);
    if (const FigureDelta* f = c.figure("width"); f && f->delta && std::abs(*f->delta) >= 0.2)
        addFinding(c, K::Suggestion, "move_width",
                   {*f->delta > 0 ? C::CompareNarrow : C::CompareWiden, {a, A::number(*f->a, 2), b, A::number(*f->b, 2)}},
                   *f->delta * 10.0);
}

}  // namespace

const FigureDelta* TrackComparison::figure(std::string_view key) const
{
    for (const auto& f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

std::string bandLabel(Band band)
{
    const auto i = static_cast<std::size_t>(band);
    return termEnglish(TermKind::Band, kBands[i].key) + " (" + hzRangeEnglish(kBands[i].lowHz, kBands[i].highHz) + ")";
}

std::optional<double> interpolateLogFrequency(const std::vector<double>& frequencyHz, const std::vector<double>& levelDb,
                                              double atHz)
{
    const std::size_t n = std::min(frequencyHz.size(), levelDb.size());
    if (n == 0)
        return std::nullopt;
    if (n == 1 || atHz <= frequencyHz[0])
        return levelDb[0];
    if (atHz >= frequencyHz[n - 1])
        return levelDb[n - 1];
    const auto end = frequencyHz.begin() + static_cast<std::ptrdiff_t>(n);
    const auto hi = static_cast<std::size_t>(std::upper_bound(frequencyHz.begin(), end, atHz) - frequencyHz.begin());
    const std::size_t lo = hi - 1;
    const double t = std::log(atHz / frequencyHz[lo]) / std::log(frequencyHz[hi] / frequencyHz[lo]);
    return levelDb[lo] + t * (levelDb[hi] - levelDb[lo]);
}

TrackComparison compareTracks(const TrackProfile& a, const TrackProfile& b, const ComparisonOptions& options,
                              const ReferenceSpread* bSpread)
{
    TrackComparison c;
    c.aName = a.name;
    c.bName = b.name;
    c.aPath = a.file.path.string();
    c.bPath = b.file.path.string();
    c.loudnessOffsetDb = difference(a.loudness.integratedLufs, b.loudness.integratedLufs);

    for (const Figure* s : figuresWith(FigureRole::Compared)) {
        FigureDelta f{std::string(s->key), std::string(s->label), std::string(s->unit), s->get(a), s->get(b), {}, {},
                      s->levelDependent};
        f.delta = difference(f.a, f.b);
        if (f.delta && c.loudnessOffsetDb)
            f.matchedDelta = s->levelDependent ? *f.delta - *c.loudnessOffsetDb : *f.delta;
        c.figures.push_back(std::move(f));
    }

    for (std::size_t i = 0; i < kBandCount; ++i) {
        BandDelta& bd = c.bands[i];
        bd.band = static_cast<Band>(i);
        bd.aDb = a.spectrum.bands[i].levelDb;
        bd.bDb = b.spectrum.bands[i].levelDb;
        bd.aShare = a.spectrum.bands[i].share;
        bd.bShare = b.spectrum.bands[i].share;
        bd.deltaDb = difference(bd.aDb, bd.bDb);
        if (bd.deltaDb && c.loudnessOffsetDb)
            bd.matchedDeltaDb = *bd.deltaDb - *c.loudnessOffsetDb;
        if (bSpread)
            bd.spreadDb = bSpread->bandSpreadDb[i];
    }
    if (bSpread)
        c.targetReferences = bSpread->references;

    const auto& fa = a.spectrum.ltasFrequencyHz;
    const auto& fb = b.spectrum.ltasFrequencyHz;
    if (!fa.empty() && !fb.empty() && a.spectrum.ltasDb.size() == fa.size() && b.spectrum.ltasDb.size() == fb.size()) {
        const double lowHz = std::max({20.0, fa.front(), fb.front()});
        const double highHz = std::min(fa.back(), fb.back());
        const double offset = c.loudnessOffsetDb.value_or(0.0);
        for (int k = 0;; ++k) {
            const double f = lowHz * std::exp2(k / options.pointsPerOctave);
            if (f > highHz * (1.0 + 1e-9))
                break;
            const double la = *interpolateLogFrequency(fa, a.spectrum.ltasDb, f);
            const double lb = *interpolateLogFrequency(fb, b.spectrum.ltasDb, f);
            c.spectrum.frequencyHz.push_back(f);
            c.spectrum.aDb.push_back(la);
            c.spectrum.bDb.push_back(lb);
            c.spectrum.differenceDb.push_back(la - lb);
            c.spectrum.matchedDifferenceDb.push_back(la - lb - offset);
            if (bSpread && !bSpread->frequencyHz.empty())
                c.spectrum.spreadDb.push_back(
                    interpolateLogFrequency(bSpread->frequencyHz, bSpread->spreadDb, f).value_or(0.0));
        }
    }

    findFigures(c);
    findBands(c, options);
    suggestFigures(c);
    std::stable_sort(c.findings.begin(), c.findings.end(), [](const ComparisonFinding& x, const ComparisonFinding& y) {
        if (x.kind != y.kind)
            return x.kind == ComparisonFinding::Kind::Finding;
        // The level difference first: it is what an A/B hears before anything else.
        if ((x.code == "loudness") != (y.code == "loudness"))
            return x.code == "loudness";
        return x.magnitude > y.magnitude;
    });
    return c;
}

}  // namespace stemwise::core
