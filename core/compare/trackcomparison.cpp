// compareTracks(): the figures, bands and spectra of two profiles side by side, and the
// findings and moves read off their differences (see trackcomparison.h).
#include "compare/trackcomparison.h"

#include "analysis/figures.h"
#include "util/strprintf.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

namespace {

const char* kBandWords[kBandCount] = {"sub bass", "bass", "low mids", "mids", "upper mids", "highs", "air"};

std::string hzText(double hz)
{
    if (hz >= 1000.0) {
        const double k = hz / 1000.0;
        return std::abs(k - std::round(k)) < 0.05 ? strprintf("%.0f kHz", k) : strprintf("%.1f kHz", k);
    }
    return strprintf("%.0f Hz", hz);
}

// "60–250 Hz", "500 Hz–2 kHz", "2–4 kHz"
std::string rangeText(double lowHz, double highHz)
{
    if ((lowHz >= 1000.0) == (highHz >= 1000.0)) {
        const std::string high = hzText(highHz);
        std::string low = hzText(lowHz);
        low.resize(low.find(' '));
        return low + "–" + high;
    }
    return hzText(lowHz) + "–" + hzText(highHz);
}

OptDouble difference(const OptDouble& a, const OptDouble& b)
{
    if (a && b && std::isfinite(*a) && std::isfinite(*b))
        return *a - *b;
    return std::nullopt;
}

void addFinding(TrackComparison& c, ComparisonFinding::Kind kind, std::string code, std::string text, double magnitude)
{
    c.findings.push_back({kind, std::move(code), std::move(text), std::abs(magnitude)});
}

void findFigures(TrackComparison& c)
{
    const std::string& A = c.aName;
    const std::string& B = c.bName;
    using K = ComparisonFinding::Kind;
    if (c.loudnessOffsetDb && std::abs(*c.loudnessOffsetDb) >= 0.05) {
        const double d = *c.loudnessOffsetDb;
        const FigureDelta* f = c.figure("integrated_lufs");
        addFinding(c, K::Finding, "loudness",
                   strprintf("%s is %.1f dB %s than %s (%.1f vs %.1f LUFS integrated).", A.c_str(), std::abs(d),
                             d > 0 ? "louder" : "quieter", B.c_str(), *f->a, *f->b),
                   d);
    }
    if (const FigureDelta* f = c.figure("true_peak_dbtp"); f && f->delta && std::abs(*f->delta) >= 0.5)
        addFinding(c, K::Finding, "true_peak",
                   strprintf("%s peaks at %.1f dBTP, %.1f dB %s than %s (%.1f dBTP).", A.c_str(), *f->a,
                             std::abs(*f->delta), *f->delta > 0 ? "higher" : "lower", B.c_str(), *f->b),
                   *f->delta);
    if (const FigureDelta* f = c.figure("lra_lu"); f && f->delta && std::abs(*f->delta) >= 1.0)
        addFinding(c, K::Finding, "loudness_range",
                   strprintf("%s has %.1f LU %s loudness range than %s (%.1f vs %.1f LU).", A.c_str(),
                             std::abs(*f->delta), *f->delta > 0 ? "more" : "less", B.c_str(), *f->a, *f->b),
                   *f->delta);
    if (const FigureDelta* f = c.figure("crest_db"); f && f->delta && std::abs(*f->delta) >= 1.0)
        addFinding(c, K::Finding, "crest",
                   strprintf("%s's crest factor is %.1f dB %s (%.1f vs %.1f dB): it is %s than %s.", A.c_str(),
                             std::abs(*f->delta), *f->delta > 0 ? "higher" : "lower", *f->a, *f->b,
                             *f->delta > 0 ? "less compressed" : "more compressed", B.c_str()),
                   *f->delta);
    if (const FigureDelta* f = c.figure("width"); f && f->delta && std::abs(*f->delta) >= 0.1)
        addFinding(c, K::Finding, "width",
                   strprintf("%s is %s than %s (stereo width %.2f vs %.2f).", A.c_str(),
                             *f->delta > 0 ? "wider" : "narrower", B.c_str(), *f->a, *f->b),
                   *f->delta * 10.0);
    if (const FigureDelta* f = c.figure("quality_score"); f && f->delta && std::abs(*f->delta) >= 5.0)
        addFinding(c, K::Finding, "quality",
                   strprintf("%s scores %.0f/100, %s %.0f/100 (%+.0f points).", A.c_str(), *f->a, B.c_str(), *f->b,
                             *f->delta),
                   *f->delta / 5.0);
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
        std::string text = strprintf("%s%s's %s (%s) %s %.1f dB %s than %s's", matched ? "Loudness-matched, " : "",
                                     c.aName.c_str(), kBandWords[i], rangeText(e.lowHz, e.highHz).c_str(),
                                     i <= 1 || i == 6 ? "is" : "are", std::abs(*d), *d > 0 ? "higher" : "lower",
                                     c.bName.c_str());
        if (target && bd.spreadDb)
            text += strprintf(" (the references spread ±%.1f dB: %s)", *bd.spreadDb,
                              std::abs(*d) > *bd.spreadDb ? "outside" : "within");
        text += '.';
        addFinding(c, K::Finding, std::string("band_") + e.key, std::move(text), *d);
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
        std::string how;
        if (m.band == 0)
            how = strprintf("a low shelf at %s", hzText(e.highHz).c_str());
        else if (m.band == kBandCount - 1)
            how = strprintf("a high shelf at %s", hzText(e.lowHz).c_str());
        else
            how = strprintf("a broad bell (Q 0.7) at %s", hzText(std::sqrt(e.lowHz * e.highHz)).c_str());
        addFinding(c, K::Suggestion, std::string("move_eq_") + e.key,
                   strprintf("To bring %s towards %s: %s %.1f dB with %s, then listen again.", c.aName.c_str(),
                             c.bName.c_str(), gainDb < 0 ? "cut" : "boost", std::abs(gainDb), how.c_str()),
                   m.deltaDb);
    }
}

void suggestFigures(TrackComparison& c)
{
    using K = ComparisonFinding::Kind;
    if (c.loudnessOffsetDb && std::abs(*c.loudnessOffsetDb) >= 1.0)
        addFinding(c, K::Suggestion, "move_level",
                   strprintf("To A/B fairly, %s %s by %.1f dB to %s's loudness.",
                             *c.loudnessOffsetDb > 0 ? "lower" : "raise", c.aName.c_str(),
                             std::abs(*c.loudnessOffsetDb), c.bName.c_str()),
                   *c.loudnessOffsetDb);
    if (const FigureDelta* f = c.figure("crest_db"); f && f->delta && std::abs(*f->delta) >= 3.0)
        addFinding(c, K::Suggestion, "move_dynamics",
                   *f->delta > 0
                       ? strprintf("%s is %.1f dB more dynamic than %s: compress or limit it by about that much "
                                   "to match its density.",
                                   c.aName.c_str(), *f->delta, c.bName.c_str())
                       : strprintf("%s is %.1f dB denser than %s: ease its compression or limiting.", c.aName.c_str(),
                                   -*f->delta, c.bName.c_str()),
                   *f->delta);
    if (const FigureDelta* f = c.figure("width"); f && f->delta && std::abs(*f->delta) >= 0.2)
        addFinding(c, K::Suggestion, "move_width",
                   strprintf("%s %s with a mid/side balance: its width is %.2f, %s's %.2f.",
                             *f->delta > 0 ? "Narrow" : "Widen", c.aName.c_str(), *f->a, c.bName.c_str(), *f->b),
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
    return strprintf("%s (%s)", kBandWords[i], rangeText(kBands[i].lowHz, kBands[i].highHz).c_str());
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
