// Sections from the stems' activity: see sessionsections.h for the method and its sources.
#include "analysis/sessionsections.h"

#include "analysis/boundedseries.h"
#include "analysis/mixnovelty.h"
#include "analysis/sectionnames.h"
#include "dsp/keyfinder.h"
#include "util/join.h"
#include "util/stats.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

namespace stemwise::core {

namespace {

using A = TextArg;

constexpr double kFloorDb = -150.0;
using S = SessionSections;

struct Stem {
    const StemActivity* source = nullptr;
    std::vector<double> levelDb;  // at the common interval, padded with the floor
    std::vector<bool> active;
    std::vector<double> feature;
    double loudDb = kFloorDb;
};

double dbToPower(double db) { return std::pow(10.0, db / 10.0); }

// Rests of at most `hold` intervals between active stretches count as active.
void fillShortRests(std::vector<bool>& active, std::size_t hold)
{
    std::size_t i = 0;
    const std::size_t n = active.size();
    while (i < n && !active[i])
        ++i;  // leading silence is not a rest
    while (i < n) {
        if (active[i]) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < n && !active[j])
            ++j;
        if (j < n && j - i <= hold)
            std::fill(active.begin() + static_cast<std::ptrdiff_t>(i), active.begin() + static_cast<std::ptrdiff_t>(j), true);
        i = j;
    }
}

// The stem's activity and feature per interval over `n` intervals (see the header).
void prepareStem(Stem& s, std::size_t n, std::size_t hold)
{
    s.levelDb.resize(n, kFloorDb);
    std::vector<double> sorted = s.levelDb;
    s.loudDb = percentile(sorted, 0.9);
    const double thresholdDb = std::max(s.loudDb - S::kActiveRangeDb, S::kActiveFloorDb);
    s.active.assign(n, false);
    for (std::size_t i = 0; i < n; ++i)
        s.active[i] = s.levelDb[i] >= thresholdDb;
    fillShortRests(s.active, hold);
    s.feature.assign(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        if (s.active[i])
            s.feature[i] = 0.5 + 0.5 * std::clamp((s.levelDb[i] - (s.loudDb - S::kLevelSpanDb)) / S::kLevelSpanDb, 0.0, 1.0);
}

// The median level of the stem's active intervals in [from, to), leaving out `skipA` and
// `skipB` (the partial intervals at the edge); empty when there is none.
std::optional<double> activeMedianDb(const Stem& s, std::size_t from, std::size_t to, std::size_t skipA, std::size_t skipB)
{
    std::vector<double> levels;
    for (std::size_t i = from; i < to; ++i)
        if (i != skipA && i != skipB && s.active[i] && s.levelDb[i] >= s.loudDb - S::kActiveRangeDb)
            levels.push_back(s.levelDb[i]);
    if (levels.empty())
        return std::nullopt;
    return percentile(levels, 0.5);
}

double meanActive(const Stem& s, std::size_t from, std::size_t to)
{
    if (to <= from)
        return 0.0;
    std::size_t count = 0;
    for (std::size_t i = from; i < to; ++i)
        count += s.active[i] ? 1 : 0;
    return static_cast<double>(count) / static_cast<double>(to - from);
}

// The power mean of the stem's active intervals in [from, to), in dB; empty when none.
std::optional<double> activeLevelDb(const Stem& s, std::size_t from, std::size_t to)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (std::size_t i = from; i < to; ++i)
        if (s.active[i]) {
            sum += dbToPower(s.levelDb[i]);
            ++count;
        }
    if (count == 0)
        return std::nullopt;
    return powerToDb(sum / static_cast<double>(count), kFloorDb);
}

// Where bar lines fall, in [0, barS): 0 (bar 1 at the start of the files) unless another
// phase puts more boundaries, and at least kMinPhaseBoundaries, within kPhaseToleranceBeats
// of a bar line; then the mean offset of those boundaries (a session bounced with a pre-roll).
double barPhaseS(const std::vector<SectionBoundary>& boundaries, double barS)
{
    const double tolerance = std::max(S::kPhaseToleranceBeats * barS / 4.0, S::kPhaseToleranceMinS);
    auto offset = [barS](double t, double phase) {  // signed distance to the nearest bar line
        const double x = t - phase;
        return x - std::round(x / barS) * barS;
    };
    auto fitting = [&](double phase) {
        std::size_t count = 0;
        for (const SectionBoundary& b : boundaries)
            count += std::abs(offset(b.timeS, phase)) <= tolerance ? 1 : 0;
        return count;
    };
    const std::size_t atZero = fitting(0.0);
    double best = 0.0;
    std::size_t bestCount = atZero;
    for (const SectionBoundary& candidate : boundaries) {
        const double phase = candidate.timeS - std::floor(candidate.timeS / barS) * barS;
        const std::size_t count = fitting(phase);
        if (count > bestCount && count >= S::kMinPhaseBoundaries) {
            bestCount = count;
            best = phase;
        }
    }
    if (best == 0.0)
        return 0.0;
    double sum = 0.0;
    for (const SectionBoundary& b : boundaries) {
        const double o = offset(b.timeS, best);
        if (std::abs(o) <= tolerance)
            sum += o;
    }
    const double phase = best + sum / static_cast<double>(bestCount);
    return phase - std::floor(phase / barS) * barS;
}

// With a tempo and boundaries found (not the session's markers): where the bars start (from
// the boundaries when `findPhase`, else at 0), each boundary within kSnapBeats of a bar line
// moved onto it; of two on one bar line the stronger stays.
void snapToBars(SessionSections& out, bool findPhase)
{
    if (out.barS && !out.fromSession) {
        const double barS = *out.barS;
        const double beatS = barS / 4.0;
        out.barOffsetS = findPhase ? barPhaseS(out.boundaries, barS) : 0.0;
        for (SectionBoundary& b : out.boundaries) {
            const double bar = *out.barOffsetS + std::round((b.timeS - *out.barOffsetS) / barS) * barS;
            if (std::abs(bar - b.timeS) <= S::kSnapBeats * beatS + 1e-9 && bar > 0.0 && bar < out.durationS) {
                b.timeS = bar;
                b.snapped = true;
            }
        }
    }
    std::vector<SectionBoundary> kept;
    for (auto& b : out.boundaries) {
        if (!kept.empty() && std::abs(kept.back().timeS - b.timeS) < 1e-6) {
            if (b.novelty > kept.back().novelty)
                kept.back() = std::move(b);
            continue;
        }
        kept.push_back(std::move(b));
    }
    out.boundaries = std::move(kept);
}

std::string groupLetter(std::size_t index)
{
    std::string out(1, static_cast<char>('A' + index % 26));
    if (index >= 26)
        out += std::to_string(index / 26);
    return out;
}

// The power mean (dB) of the values at or above `gateDb`, and how many there were.
std::pair<double, std::size_t> powerMeanAbove(const std::vector<double>& lufs, double gateDb)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (const double v : lufs)
        if (v >= gateDb) {
            sum += dbToPower(v);
            ++count;
        }
    return {count > 0 ? 10.0 * std::log10(sum / static_cast<double>(count)) : kFloorDb, count};
}

// Loudness of short-term values as BS.1770-4 gates its blocks: −70 LUFS, then 10 LU below the
// mean of what passed.
OptDouble gatedLoudness(const std::vector<double>& lufs)
{
    const auto [ungated, count] = powerMeanAbove(lufs, -70.0);
    if (count == 0)
        return std::nullopt;
    return powerMeanAbove(lufs, std::max(-70.0, ungated - 10.0)).first;
}

// EBU Tech 3342's loudness range of short-term values: −70 LUFS, then 20 LU below their mean;
// the 95th minus the 10th percentile of the rest.
OptDouble loudnessRange(const std::vector<double>& lufs)
{
    const auto [ungated, count] = powerMeanAbove(lufs, -70.0);
    if (count < 2)
        return std::nullopt;
    const double gate = std::max(-70.0, ungated - 20.0);
    std::vector<double> kept;
    for (const double v : lufs)
        if (v >= gate)
            kept.push_back(v);
    if (kept.size() < 2)
        return std::nullopt;
    std::sort(kept.begin(), kept.end());
    return percentileOfSorted(kept, 0.95) - percentileOfSorted(kept, 0.10);
}

// The short-term value of `a` at time t (the point whose interval ends at or after t).
double shortTermAt(const StemActivity& a, double t)
{
    if (a.loudnessLufs.empty() || a.loudnessIntervalS <= 0.0)
        return kFloorDb;
    const double i = std::ceil(t / a.loudnessIntervalS - 1e-9) - 1.0;
    if (i < 0.0 || i >= static_cast<double>(a.loudnessLufs.size()))
        return kFloorDb;
    return a.loudnessLufs[static_cast<std::size_t>(i)];
}

// The times (ends of the finest loudness interval) whose 3 s window lies in [startS, endS];
// for a section shorter than a window, those ending in it or up to 3 s after.
std::vector<double> windowEndsIn(double startS, double endS, double stepS, double lastS)
{
    constexpr double kWindowS = 3.0;
    std::vector<double> out;
    if (stepS <= 0.0)
        return out;
    for (double t = stepS; t <= lastS + 1e-9; t += stepS)
        if (t >= startS + kWindowS - 1e-9 && t <= endS + 1e-9)
            out.push_back(t);
    if (out.empty())
        for (double t = stepS; t <= lastS + 1e-9; t += stepS)
            if (t > startS + 1e-9 && t <= std::min(endS + kWindowS, lastS) + 1e-9)
                out.push_back(t);
    return out;
}

// The key of [startS, endS) from the stems' chroma over time (see the header): its estimate
// and whether the section held enough tonal material for one.
std::optional<KeyEstimate> sectionKey(const std::vector<const StemActivity*>& stems, double startS, double endS)
{
    std::array<double, 12> sum{};
    double materialS = 0.0;
    for (const StemActivity* s : stems) {
        if (s->chroma.empty() || s->chromaIntervalS <= 0.0 || !(s->tonalness > 0.0))
            continue;
        for (std::size_t i = 0; i < s->chroma.size(); ++i) {
            const double centre = (static_cast<double>(i) + 0.5) * s->chromaIntervalS;
            if (centre < startS || centre >= endS)
                continue;
            double share = 0.0;
            for (std::size_t c = 0; c < 12; ++c) {
                const auto v = static_cast<double>(s->chroma[i][c]);
                sum[c] += s->tonalness * v;
                share += v;
            }
            materialS += s->tonalness * share * s->chromaIntervalS;
        }
    }
    if (materialS < S::kMinKeyMaterialS)
        return std::nullopt;
    return estimateKey(sum);
}

// Semitones from key a's tonic up to key b's, folded to −5…+6.
int semitonesBetween(int a, int b)
{
    const int up = ((keyTonic(b) - keyTonic(a)) % 12 + 12) % 12;
    return up > 6 ? up - 12 : up;
}

// Each section's figures and the findings across them (see the header).
void measureSections(SessionSections& out, const std::vector<const StemActivity*>& stems)
{
    std::vector<std::optional<int>> keys(out.sections.size());
    for (std::size_t k = 0; k < out.sections.size(); ++k) {
        Section& sec = out.sections[k];
        if (const auto estimate = sectionKey(stems, sec.startS, sec.endS)) {
            sec.keyConfidence = estimate->confidence;
            if (estimate->reported())
                sec.key = keyName(estimate->best);
            if (estimate->confidence >= S::kMinKeyChangeConfidence)
                keys[k] = estimate->best;
        }
    }
    double stepS = 0.0, lastS = 0.0;
    for (const StemActivity* s : stems)
        if (!s->loudnessLufs.empty() && s->loudnessIntervalS > 0.0) {
            stepS = stepS > 0.0 ? std::min(stepS, s->loudnessIntervalS) : s->loudnessIntervalS;
            lastS = std::max(lastS, s->loudnessIntervalS * static_cast<double>(s->loudnessLufs.size()));
        }
    for (Section& sec : out.sections) {
        const std::vector<double> ends = windowEndsIn(sec.startS, sec.endS, stepS, lastS);
        std::vector<double> summed;
        summed.reserve(ends.size());
        for (const double t : ends) {
            double power = 0.0;
            for (const StemActivity* s : stems)
                if (const double v = shortTermAt(*s, t); v > kFloorDb)
                    power += dbToPower(v);
            summed.push_back(powerToDb(power, kFloorDb));
        }
        sec.loudnessLufs = gatedLoudness(summed);
        sec.lraLu = loudnessRange(summed);
        if (!summed.empty() && *std::max_element(summed.begin(), summed.end()) > kFloorDb)
            sec.shortTermMaxLufs = *std::max_element(summed.begin(), summed.end());
        for (std::size_t b = 0; b < kBandCount; ++b) {
            double power = 0.0;
            bool any = false;
            for (const StemActivity* s : stems) {
                const auto& levels = s->bandDb[b];
                double sum = 0.0;
                std::size_t count = 0;
                for (std::size_t i = 0; i < levels.size(); ++i) {
                    const double centre = (static_cast<double>(i) + 0.5) * s->intervalS;
                    if (centre >= sec.startS && centre < sec.endS) {
                        sum += levels[i] > kFloorDb ? dbToPower(levels[i]) : 0.0;
                        ++count;
                    }
                }
                if (count > 0) {
                    power += sum / static_cast<double>(count);
                    any = true;
                }
            }
            if (any && power > 0.0)
                sec.bandLevelDb[b] = powerToDb(power, kFloorDb);
        }
        for (const StemActivity* s : stems) {
            if (std::find(sec.stems.begin(), sec.stems.end(), s->name) == sec.stems.end())
                continue;
            std::vector<double> own;
            own.reserve(ends.size());
            for (const double t : ends)
                own.push_back(shortTermAt(*s, t));
            sec.stemLoudness.push_back({s->name, gatedLoudness(own)});
        }
    }

    // Their functional names (analysis/sectionnames.h) before the findings name them.
    nameSections(out, stems);

    for (std::size_t k = 0; k < out.sections.size(); ++k) {
        const Section& sec = out.sections[k];
        if (k > 0) {
            const Section& before = out.sections[k - 1];
            const SectionBoundary& b = out.boundaries[k - 1];
            if (!b.entered.empty() && sec.loudnessLufs && before.loudnessLufs) {
                const double change = *sec.loudnessLufs - *before.loudnessLufs;
                if (change < S::kMinLiftLu) {
                    SectionFinding f{SectionFinding::Kind::NoLift, sec.index, before.index, change, b.entered, {}, {}};
                    std::vector<A> names;
                    for (const auto& n : b.entered)
                        names.push_back(A::string(n));
                    f.text = Text{TextCode::SectionNoLift,
                                  {A::nested(sectionLabelText(sec)), A::list(std::move(names), true), A::signedNumber(change, 1),
                                   A::nested(sectionLabelText(before))}};
                    out.findings.push_back(std::move(f));
                }
            }
            const OptDouble low = lowEndLevelDb(sec), lowBefore = lowEndLevelDb(before);
            if (low && lowBefore && sec.loudnessLufs && before.loudnessLufs
                && *lowBefore - *low >= S::kMinLowEndDropDb
                && std::abs(*sec.loudnessLufs - *before.loudnessLufs) <= S::kLowEndSameLoudnessLu) {
                SectionFinding f{SectionFinding::Kind::LowEndDrop, sec.index, before.index, *lowBefore - *low, {}, {}, {}};
                f.text = Text{TextCode::SectionLowEndDrop,
                              {A::nested(sectionLabelText(sec)), A::number(f.value, 1), A::nested(sectionLabelText(before))}};
                out.findings.push_back(std::move(f));
            }
            if (keys[k] && keys[k - 1] && *keys[k] != *keys[k - 1]) {
                const int shift = semitonesBetween(*keys[k - 1], *keys[k]);
                SectionFinding f{SectionFinding::Kind::KeyChange, sec.index, before.index, static_cast<double>(shift), {}, {}, {}};
                f.text = Text{TextCode::SectionKeyChange,
                              {A::nested(sectionLabelText(sec)), A::termOf(TermKind::Key, *before.key), A::termOf(TermKind::Key, *sec.key),
                               A::signedNumber(shift, 0), A::nested(sectionLabelText(before))}};
                out.findings.push_back(std::move(f));
            }
        }
        if (!out.fromSession && !out.fromMix && !sec.stems.empty()) {
            const double lengthS = sec.endS - sec.startS;
            if (out.barS && lengthS / *out.barS >= S::kUnchangingBars - 1e-6) {
                const double bars = std::round(lengthS / *out.barS);
                SectionFinding f{SectionFinding::Kind::Unchanging, sec.index, 0, bars, {}, {}, {}};
                f.text = Text{TextCode::SectionUnchangingBars, {A::nested(sectionLabelText(sec)), A::number(bars, 0)}};
                out.findings.push_back(std::move(f));
            } else if (!out.barS && lengthS >= S::kUnchangingS) {
                SectionFinding f{SectionFinding::Kind::Unchanging, sec.index, 0, lengthS, {}, {}, {}};
                f.text = Text{TextCode::SectionUnchangingSeconds, {A::nested(sectionLabelText(sec)), A::number(lengthS, 0)}};
                out.findings.push_back(std::move(f));
            }
        }
    }
    for (SectionFinding& f : out.findings)
        f.message = english(f.text);
}

// The markers inside the song (half an interval from either end), in time order, one per interval.
std::vector<SectionMarker> markersWithin(const std::vector<SectionMarker>& markers, double durationS, double intervalS)
{
    std::vector<SectionMarker> placed;
    for (const SectionMarker& m : markers)
        if (m.timeS > 0.5 * intervalS && m.timeS < durationS - 0.5 * intervalS)
            placed.push_back(m);
    std::sort(placed.begin(), placed.end(), [](const SectionMarker& a, const SectionMarker& b) { return a.timeS < b.timeS; });
    placed.erase(std::unique(placed.begin(), placed.end(),
                             [intervalS](const SectionMarker& a, const SectionMarker& b) { return b.timeS - a.timeS < 0.5 * intervalS; }),
                 placed.end());
    return placed;
}

// The sections of a mix alone (see the header's "A mix alone"): `track` the mix, `isStem` when
// it is one file not typed "mix" (then also its own one stem).
// A section's group: the nearest group close enough to be the same (its label), else a variant
// of the nearest unprimed group close enough (its label primed, A′, A″…, a new group), else the
// next letter (a new group). Both ways of finding sections choose so; they measure closeness
// their own way.
struct GroupChoice {
    std::string label;
    bool added = false;   ///< the label starts a new group
    bool primed = false;  ///< that group is a variant of an earlier one
};
template <typename Group>
GroupChoice chooseGroup(const std::vector<Group>& groups, const Group* same, const Group* variant, std::size_t& letters)
{
    if (same != nullptr)
        return {same->label, false, false};
    if (variant != nullptr) {
        std::string label = variant->label;
        do
            label += "\u2032";
        while (std::any_of(groups.begin(), groups.end(), [&label](const Group& g) { return g.label == label; }));
        return {label, true, true};
    }
    return {groupLetter(letters++), true, false};
}

// The k-th section between the cuts: its span and name (a session's marker, one at the very
// start naming the first, else "section N"), and the intervals whose centre lies in it
// ([first, last), within the n intervals).
struct SectionSpanOf {
    Section section;
    std::size_t first = 0, last = 0;
};
SectionSpanOf sectionBetween(std::size_t k, const std::vector<double>& cuts, const SessionSections& out,
                             const std::vector<SectionMarker>& markers, double intervalS, std::size_t n)
{
    SectionSpanOf span;
    Section& sec = span.section;
    sec.index = static_cast<int>(k + 1);
    sec.startS = cuts[k];
    sec.endS = cuts[k + 1];
    sec.nameText = Text{TextCode::SectionNumbered, {TextArg::number(sec.index, 0)}};
    if (out.fromSession) {
        if (k > 0 && !out.boundaries[k - 1].marker.empty()) {
            sec.name = out.boundaries[k - 1].marker;
            sec.nameText = {};
        }
        for (const SectionMarker& m : markers)
            if (k == 0 && m.timeS <= 0.5 * intervalS && !m.name.empty()) {
                sec.name = m.name;
                sec.nameText = {};
            }
    }
    if (!sec.nameText.empty())
        sec.name = english(sec.nameText);
    auto first = static_cast<std::size_t>(std::max(0.0, std::ceil(sec.startS / intervalS - 0.5)));
    auto last = static_cast<std::size_t>(std::max(0.0, std::ceil(sec.endS / intervalS - 0.5)));
    span.first = std::min(first, n);
    span.last = std::clamp(last, span.first, n);
    return span;
}

void findMixSections(SessionSections& out, const StemActivity& track, bool isStem, const std::vector<SectionMarker>& markers)
{
    out.fromMix = true;
    out.mix = track.name;
    out.stems = isStem ? 1 : 0;
    const MixNovelty novelty(track, out.barS);
    const double intervalS = novelty.intervalS();
    const std::size_t n = novelty.intervals();
    out.intervalS = intervalS;
    out.cycleS = static_cast<double>(novelty.cycle()) * intervalS;
    out.durationS = track.durationS > 0.0 ? track.durationS : static_cast<double>(n) * intervalS;
    const std::vector<MixChange>& change = novelty.edges();

    // Peaks, strongest first, kMixMinSectionS apart and from either end.
    std::vector<std::size_t> peaks;
    for (std::size_t t = 1; t < n; ++t) {
        const double at = change[t].novelty;
        if (at < S::kMixMinNovelty || at <= change[t - 1].novelty || at < change[t + 1].novelty)
            continue;
        const double timeS = static_cast<double>(t) * intervalS;
        if (timeS < S::kMixMinSectionS - 1e-9 || out.durationS - timeS < S::kMixMinSectionS - 1e-9)
            continue;
        peaks.push_back(t);
    }
    std::stable_sort(peaks.begin(), peaks.end(), [&change](std::size_t a, std::size_t b) { return change[a].novelty > change[b].novelty; });
    std::vector<std::size_t> edges;
    for (const std::size_t t : peaks)
        if (std::all_of(edges.begin(), edges.end(), [&](std::size_t e) {
                return std::abs(static_cast<double>(e) - static_cast<double>(t)) * intervalS >= S::kMixMinSectionS - 1e-9;
            }))
            edges.push_back(t);
    const std::vector<SectionMarker> placed = markersWithin(markers, out.durationS, intervalS);
    if (!placed.empty()) {
        edges.clear();
        for (const SectionMarker& m : placed)
            edges.push_back(std::clamp<std::size_t>(static_cast<std::size_t>(std::lround(m.timeS / intervalS)), 1, n > 1 ? n - 1 : 1));
    }
    std::sort(edges.begin(), edges.end());
    out.fromSession = !placed.empty();

    // One file that is not a mix is also its own one stem: its activity says where it enters.
    Stem stem;
    if (isStem) {
        stem.source = &track;
        stem.levelDb = track.levelDb;
        const double holdS = std::max(S::kHoldS, out.barS.value_or(0.0));
        prepareStem(stem, n, static_cast<std::size_t>(std::lround(holdS / intervalS)));
    }

    const std::size_t side = std::max<std::size_t>(1, novelty.cycle());
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const std::size_t t = std::min(edges[e], n);
        const MixChange& c = change[t];
        SectionBoundary b;
        b.fromMix = true;
        b.novelty = c.novelty;
        b.confidence = 1.0 - std::exp(-c.novelty);
        b.harmonyChange = c.harmony;
        b.timbreChangeDb = c.timbreDb;
        b.levelChangeDb = c.levelDb;
        const double h = c.harmony / MixNovelty::kHarmonyUnit;
        const double tb = c.timbreDb / MixNovelty::kTimbreUnitDb;
        const double l = std::abs(c.levelDb) / MixNovelty::kLevelUnitDb;
        const double largest = std::max({h, tb, l});
        if (largest > 0.0) {
            b.harmonyChanged = h >= S::kMixEvidenceShare * largest;
            b.timbreChanged = tb >= S::kMixEvidenceShare * largest;
            b.levelChanged = l >= S::kMixEvidenceShare * largest;
        }
        // Between the edges: the peak is a triangle (a cycle's mean against the next); the
        // parabola's vertex offset o through its three points is 0.5·δ/(1 − δ) for a triangle
        // whose apex lies δ from the middle one.
        double at = static_cast<double>(t);
        if (t >= 1 && t + 1 <= n) {
            const double ym = change[t - 1].novelty, y0 = change[t].novelty, yp = change[t + 1].novelty;
            const double curve = ym - 2.0 * y0 + yp;
            if (curve < 0.0) {
                const double o = std::clamp(0.5 * (ym - yp) / curve, -0.5, 0.5);
                at += 2.0 * o / (1.0 + 2.0 * std::abs(o));
            }
        }
        b.timeS = at * intervalS;
        if (isStem) {
            const std::size_t from = std::max(e == 0 ? std::size_t{0} : edges[e - 1], t > side ? t - side : std::size_t{0});
            const std::size_t to = std::min(e + 1 == edges.size() ? n : edges[e + 1], t + side);
            const double pre = meanActive(stem, from, t), post = meanActive(stem, t, to);
            if (pre < 0.5 && post >= 0.5)
                b.entered.push_back(track.name);
            else if (pre >= 0.5 && post < 0.5)
                b.left.push_back(track.name);
        }
        if (!placed.empty()) {
            b.timeS = placed[e].timeS;
            b.marker = placed[e].name;
            b.fromSession = true;
            b.confidence = 1.0;
        }
        out.boundaries.push_back(std::move(b));
    }
    // Bar 1 at the start of the file: a mix's boundaries lie within half a second of the truth,
    // too loose to tell a pre-roll from (the stems' within a tenth).
    snapToBars(out, false);

    // Sections between the boundaries, grouped by how the mix differs between them.
    std::vector<double> cuts{0.0};
    for (const auto& b : out.boundaries)
        cuts.push_back(b.timeS);
    cuts.push_back(out.durationS);
    struct Group {
        std::string label;
        std::size_t first = 0, last = 0;  // the intervals of its first section
        bool primed = false;
    };
    std::vector<Group> groups;
    std::size_t letters = 0;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        auto [sec, first, last] = sectionBetween(k, cuts, out, markers, intervalS, n);
        if (isStem && last > first && meanActive(stem, first, last) >= 0.5)
            sec.stems.push_back(track.name);
        const Group* same = nullptr;
        const Group* variant = nullptr;
        double sameD = 0.0, variantD = 0.0;
        for (const Group& g : groups) {
            const double d = novelty.difference(g.first, g.last, first, last).novelty;
            if (d <= S::kMixSameGroup && (same == nullptr || d < sameD)) {
                same = &g;
                sameD = d;
            }
            if (!g.primed && d <= S::kMixVariantDistance && (variant == nullptr || d < variantD)) {
                variant = &g;
                variantD = d;
            }
        }
        const GroupChoice choice = chooseGroup(groups, same, variant, letters);
        sec.group = choice.label;
        if (choice.added)
            groups.push_back({choice.label, first, last, choice.primed});
        out.sections.push_back(std::move(sec));
    }
    measureSections(out, {&track});
}

}  // namespace

Text sectionLabelText(const Section& section)
{
    return Text{TextCode::SectionLabel,
                {section.nameText.empty() ? A::string(section.name) : A::nested(section.nameText), A::string(section.group)}};
}

std::vector<Text> boundaryEvidence(const SectionBoundary& boundary)
{
    std::vector<Text> out;
    for (const auto& [stems, code] : {std::pair{&boundary.entered, TextCode::SectionStemsIn},
                                      std::pair{&boundary.left, TextCode::SectionStemsOut},
                                      std::pair{&boundary.louder, TextCode::SectionStemsLouder},
                                      std::pair{&boundary.quieter, TextCode::SectionStemsQuieter}}) {
        if (stems->empty())
            continue;
        std::vector<TextArg> names;
        for (const auto& n : *stems)
            names.push_back(TextArg::string(n));
        out.push_back(Text{code, {TextArg::list(std::move(names), false)}});
    }
    if (boundary.fromMix) {
        if (boundary.harmonyChanged)
            out.push_back(Text{TextCode::SectionMixHarmony, {}});
        if (boundary.timbreChanged)
            out.push_back(Text{TextCode::SectionMixTimbre, {}});
        if (boundary.levelChanged)
            out.push_back(Text{boundary.levelChangeDb >= 0.0 ? TextCode::SectionMixLouder : TextCode::SectionMixQuieter,
                               {TextArg::number(std::abs(boundary.levelChangeDb), 1)}});
    }
    return out;
}

OptDouble lowEndLevelDb(const Section& section)
{
    const auto& sub = section.bandLevelDb[static_cast<std::size_t>(Band::SubBass)];
    const auto& bass = section.bandLevelDb[static_cast<std::size_t>(Band::Bass)];
    if (!sub && !bass)
        return std::nullopt;
    return powerToDb((sub ? dbToPower(*sub) : 0.0) + (bass ? dbToPower(*bass) : 0.0), kFloorDb);
}

StemActivity stemActivityOf(const TrackProfile& profile)
{
    StemActivity a;
    a.name = profile.name;
    a.type = profile.type;
    a.durationS = profile.file.format.durationS();
    const BandActivity& bands = profile.spectrum.bandActivity;
    a.loudnessIntervalS = profile.loudness.curveIntervalS;
    for (const OptDouble& v : profile.loudness.shortTermCurveLufs)
        a.loudnessLufs.push_back(v ? std::max(*v, kFloorDb) : kFloorDb);
    a.bandDb = bands.levelDb;
    a.chromaIntervalS = profile.tonal.chromaSeries.intervalS;
    a.chroma.reserve(profile.tonal.chromaSeries.chroma.size());
    for (const auto& point : profile.tonal.chromaSeries.chroma) {
        std::array<float, 12> classes{};
        for (std::size_t c = 0; c < 12; ++c)
            classes[c] = static_cast<float>(point[c]);
        a.chroma.push_back(classes);
    }
    a.tonalness = profile.tonal.tonalness.value_or(0.0);
    std::size_t n = 0;
    for (const auto& levels : bands.levelDb)
        n = std::max(n, levels.size());
    if (n > 0) {
        a.intervalS = bands.intervalS;
        a.levelDb.assign(n, kFloorDb);
        for (std::size_t i = 0; i < n; ++i) {
            double power = 0.0;
            for (const auto& levels : bands.levelDb)
                if (i < levels.size())
                    power += dbToPower(levels[i]);
            a.levelDb[i] = powerToDb(power, kFloorDb);
        }
        return a;
    }
    // The short-term loudness at the end of interval i + 1 is centred on interval i.
    const auto& curve = profile.loudness.shortTermCurveLufs;
    if (curve.size() > 1) {
        a.intervalS = profile.loudness.curveIntervalS;
        a.levelDb.reserve(curve.size() - 1);
        for (std::size_t i = 1; i < curve.size(); ++i)
            a.levelDb.push_back(curve[i] ? std::max(*curve[i], kFloorDb) : kFloorDb);
    }
    return a;
}

SessionSections findSessionSections(const std::vector<StemActivity>& stems, std::optional<double> tempoBpm,
                                    const std::vector<SectionMarker>& markers)
{
    SessionSections out;
    std::vector<const StemActivity*> used;
    for (const StemActivity& s : stems)
        if (s.type != "mix" && !s.levelDb.empty() && s.intervalS > 0.0)
            used.push_back(&s);
    if (tempoBpm && *tempoBpm > 0.0) {
        out.tempoBpm = tempoBpm;
        out.barS = 4.0 * 60.0 / *tempoBpm;
    }
    // Fewer than two stems: the mix's own novelty (the longest track of type mix, else the one
    // file) says where the song changes.
    if (used.size() < 2) {
        const StemActivity* mix = nullptr;
        for (const StemActivity& s : stems)
            if (s.type == "mix" && !s.levelDb.empty() && s.intervalS > 0.0 && (mix == nullptr || s.durationS > mix->durationS))
                mix = &s;
        const bool isStem = mix == nullptr && used.size() == 1;
        if (isStem)
            mix = used.front();
        if (mix != nullptr) {
            findMixSections(out, *mix, isStem, markers);
            return out;
        }
    }
    if (used.empty()) {
        // Tracks but nothing measured of them: one section, undivided.
        for (const StemActivity& a : stems)
            out.durationS = std::max(out.durationS, a.durationS);
        if (out.durationS > 0.0) {
            Section whole;
            whole.endS = out.durationS;
            whole.group = "A";
            whole.nameText = Text{TextCode::SectionNumbered, {TextArg::number(1, 0)}};
            whole.name = english(whole.nameText);
            std::vector<const StemActivity*> all;
            for (const StemActivity& a : stems)
                all.push_back(&a);
            if (const auto estimate = sectionKey(all, whole.startS, whole.endS)) {
                whole.keyConfidence = estimate->confidence;
                if (estimate->reported())
                    whole.key = keyName(estimate->best);
            }
            out.sections.push_back(std::move(whole));
        }
        return out;
    }

    // One interval for all: the coarsest (stems past 68 minutes are pooled).
    double intervalS = 0.0;
    for (const StemActivity* s : used)
        intervalS = std::max(intervalS, s->intervalS);
    out.intervalS = intervalS;
    std::vector<Stem> st;
    std::size_t n = 0;
    for (const StemActivity* s : used) {
        const std::size_t factor = poolFactor(s->intervalS, intervalS);
        if (std::abs(static_cast<double>(factor) * s->intervalS - intervalS) > 1e-9 * intervalS)
            continue;  // cannot be lined up with the others
        Stem stem;
        stem.source = s;
        stem.levelDb = pooledLevelsDb(s->levelDb, factor);
        n = std::max(n, stem.levelDb.size());
        out.durationS = std::max(out.durationS, s->durationS);
        st.push_back(std::move(stem));
    }
    out.stems = static_cast<int>(st.size());
    if (st.empty())
        return out;
    if (out.durationS <= 0.0)
        out.durationS = static_cast<double>(n) * intervalS;

    const double holdS = std::max(S::kHoldS, out.barS.value_or(0.0));
    const auto hold = static_cast<std::size_t>(std::lround(holdS / intervalS));
    for (Stem& s : st)
        prepareStem(s, n, hold);

    auto distance = [&st](std::size_t a, std::size_t b) {
        double d = 0.0;
        for (const Stem& s : st)
            d += std::abs(s.feature[a] - s.feature[b]);
        return d;
    };

    // Foote's novelty at each interval edge t (between intervals t − 1 and t).
    const auto side = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(S::kKernelS / intervalS)));
    const double sigma = 0.5 * static_cast<double>(side);
    std::vector<double> weight(side);
    for (std::size_t k = 0; k < side; ++k) {
        const double x = (static_cast<double>(k) + 0.5) / sigma;
        weight[k] = std::exp(-0.5 * x * x);
    }
    std::vector<double> novelty(n + 1, 0.0);
    for (std::size_t t = 1; t < n; ++t) {
        const std::size_t before = std::min(side, t);
        const std::size_t after = std::min(side, n - t);
        // Interval t − 1 − k before the edge, t + k after it, each weighted weight[k].
        double cross = 0.0, crossW = 0.0;
        for (std::size_t i = 0; i < before; ++i)
            for (std::size_t j = 0; j < after; ++j) {
                const double w = weight[i] * weight[j];
                cross += w * distance(t - 1 - i, t + j);
                crossW += w;
            }
        double wb = 0.0, wa = 0.0, db = 0.0, da = 0.0;
        for (std::size_t i = 0; i < before; ++i)
            for (std::size_t j = 0; j < before; ++j) {
                const double w = weight[i] * weight[j];
                db += w * distance(t - 1 - i, t - 1 - j);
                wb += w;
            }
        for (std::size_t i = 0; i < after; ++i)
            for (std::size_t j = 0; j < after; ++j) {
                const double w = weight[i] * weight[j];
                da += w * distance(t + i, t + j);
                wa += w;
            }
        novelty[t] = cross / crossW - 0.5 * (db / wb + da / wa);
    }

    // The session's own markers, when it has any within the song: they are the boundaries
    // (the engineer put them there), each with what changed across it as its evidence.
    const std::vector<SectionMarker> placed = markersWithin(markers, out.durationS, intervalS);

    // Peaks, strongest first, at least kMinSectionS apart and from either end.
    std::vector<std::size_t> peaks;
    for (std::size_t t = 1; t < n; ++t) {
        const double at = novelty[t];
        if (at < S::kMinNovelty || at <= novelty[t - 1] || at < novelty[t + 1])
            continue;
        const double timeS = static_cast<double>(t) * intervalS;
        if (timeS < S::kMinSectionS - 1e-9 || out.durationS - timeS < S::kMinSectionS - 1e-9)
            continue;
        peaks.push_back(t);
    }
    std::stable_sort(peaks.begin(), peaks.end(), [&novelty](std::size_t a, std::size_t b) { return novelty[a] > novelty[b]; });
    std::vector<std::size_t> edges;
    for (const std::size_t t : peaks) {
        const bool apart = std::all_of(edges.begin(), edges.end(), [&](std::size_t e) {
            return std::abs(static_cast<double>(e) - static_cast<double>(t)) * intervalS >= S::kMinSectionS - 1e-9;
        });
        if (apart)
            edges.push_back(t);
    }
    if (!placed.empty()) {
        edges.clear();
        for (const SectionMarker& m : placed)
            edges.push_back(std::clamp<std::size_t>(static_cast<std::size_t>(std::lround(m.timeS / intervalS)), 1, n > 1 ? n - 1 : 1));
    }
    std::sort(edges.begin(), edges.end());

    // Evidence and time of each boundary, between its neighbours.
    for (std::size_t e = 0; e < edges.size(); ++e) {
        const std::size_t t = edges[e];
        const std::size_t from = std::max(e == 0 ? std::size_t{0} : edges[e - 1], t > side ? t - side : std::size_t{0});
        const std::size_t to = std::min(e + 1 == edges.size() ? n : edges[e + 1], t + side);
        SectionBoundary b;
        b.novelty = novelty[t];
        b.confidence = 1.0 - std::exp(-b.novelty);
        double refinedSum = 0.0, refinedWeight = 0.0;
        auto share = [](double levelDb, double refDb) { return std::clamp(dbToPower(levelDb - refDb), 0.0, 1.0); };
        for (const Stem& s : st) {
            const double pre = meanActive(s, from, t);
            const double post = meanActive(s, t, to);
            const std::string& name = s.source->name;
            const std::size_t partial = t - 1;
            if (pre < 0.5 && post >= 0.5) {
                b.entered.push_back(name);
                // It plays in part of interval t − 1 (below the activity threshold) and of t.
                if (const auto ref = activeMedianDb(s, t, to, partial, t)) {
                    const double at = static_cast<double>(t) - share(s.levelDb[partial], *ref) + (1.0 - share(s.levelDb[t], *ref));
                    refinedSum += at;
                    refinedWeight += 1.0;
                }
            } else if (pre >= 0.5 && post < 0.5) {
                b.left.push_back(name);
                if (const auto ref = activeMedianDb(s, from, t, partial, t)) {
                    const double at = static_cast<double>(partial) + share(s.levelDb[partial], *ref) + share(s.levelDb[t], *ref);
                    refinedSum += at;
                    refinedWeight += 1.0;
                }
            } else if (pre >= 0.5 && post >= 0.5) {
                const auto lb = activeLevelDb(s, from, t);
                const auto la = activeLevelDb(s, t, to);
                if (lb && la && *la - *lb >= S::kLevelChangeDb)
                    b.louder.push_back(name);
                else if (lb && la && *lb - *la >= S::kLevelChangeDb)
                    b.quieter.push_back(name);
            }
        }
        double at = static_cast<double>(t);
        if (refinedWeight > 0.0)
            at = std::clamp(refinedSum / refinedWeight, at - 1.0, at + 1.0);
        b.timeS = at * intervalS;
        if (!placed.empty()) {
            b.timeS = placed[e].timeS;
            b.marker = placed[e].name;
            b.fromSession = true;
            b.confidence = 1.0;
        }
        out.boundaries.push_back(std::move(b));
    }
    out.fromSession = !placed.empty();
    snapToBars(out, true);

    // Sections between the boundaries, grouped by their mean features.
    std::vector<double> cuts{0.0};
    for (const auto& b : out.boundaries)
        cuts.push_back(b.timeS);
    cuts.push_back(out.durationS);
    struct Group {
        std::string label;
        std::vector<double> features;
        bool primed = false;
    };
    std::vector<Group> groups;
    std::size_t letters = 0;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
        auto [sec, first, last] = sectionBetween(k, cuts, out, markers, intervalS, n);
        std::vector<double> features(st.size(), 0.0);
        for (std::size_t i = 0; i < st.size(); ++i) {
            double sum = 0.0;
            for (std::size_t j = first; j < last; ++j)
                sum += st[i].feature[j];
            features[i] = last > first ? sum / static_cast<double>(last - first) : 0.0;
            if (meanActive(st[i], first, last) >= 0.5 && last > first)
                sec.stems.push_back(st[i].source->name);
        }
        auto dist = [&features](const std::vector<double>& other) {
            double d = 0.0;
            for (std::size_t i = 0; i < features.size(); ++i)
                d += std::abs(features[i] - other[i]);
            return d;
        };
        // What plays in either, in stems: the scale a variant's difference is judged on.
        auto playing = [&features](const std::vector<double>& other) {
            double sum = 0.0;
            for (std::size_t i = 0; i < features.size(); ++i)
                sum += std::max(features[i], other[i]);
            return std::max(sum, 1.0);
        };
        const Group* same = nullptr;
        const Group* variant = nullptr;
        double sameD = 0.0, variantD = 0.0;
        for (const Group& g : groups) {
            const double d = dist(g.features);
            if (d <= S::kSameGroupDistance && (same == nullptr || d < sameD)) {
                same = &g;
                sameD = d;
            }
            if (!g.primed && d <= S::kVariantDistance && d <= S::kVariantShare * playing(g.features)
                && (variant == nullptr || d < variantD)) {
                variant = &g;
                variantD = d;
            }
        }
        const GroupChoice choice = chooseGroup(groups, same, variant, letters);
        sec.group = choice.label;
        if (choice.added)
            groups.push_back({choice.label, features, choice.primed});
        out.sections.push_back(std::move(sec));
    }
    std::vector<const StemActivity*> measured;
    measured.reserve(st.size());
    for (const Stem& s : st)
        measured.push_back(s.source);
    measureSections(out, measured);
    return out;
}

}  // namespace stemwise::core
