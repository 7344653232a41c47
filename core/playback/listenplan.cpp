// What to play for a suggestion or an issue (see listenplan.h).
#include "playback/listenplan.h"

#include "analysis/boundedseries.h"
#include "dsp/bands.h"
#include "util/strprintf.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

namespace {

constexpr double kSibilantLowHz = 4500.0;
constexpr double kSibilantHighHz = 10000.0;
constexpr double kFloorDb = -150.0;

double powerOf(double db)
{
    return std::pow(10.0, db / 10.0);
}

double dbOf(double power)
{
    return power > 0.0 ? std::max(kFloorDb, 10.0 * std::log10(power)) : kFloorDb;
}

const TrackProfile* findTrack(const std::vector<const TrackProfile*>& session, const std::string& name)
{
    for (const TrackProfile* t : session)
        if (t != nullptr && t->name == name)
            return t;
    return nullptr;
}

double durationOf(const std::vector<const TrackProfile*>& tracks)
{
    double d = 0.0;
    for (const TrackProfile* t : tracks)
        if (t != nullptr)
            d = std::max(d, t->file.format.durationS());
    return d;
}

// A series of levels (dB) at a fixed interval.
struct Series {
    std::vector<double> db;
    double intervalS = 1.0;
};

// The level over time of the part of `t` in [lowHz, highHz): the power sum of the bands of the
// balance view that overlap it.
Series bandSeries(const TrackProfile& t, double lowHz, double highHz)
{
    const BandActivity& a = t.spectrum.bandActivity;
    Series s;
    s.intervalS = a.intervalS;
    for (std::size_t b = 0; b < kBandCount; ++b) {
        if (kBands[b].highHz <= lowHz || kBands[b].lowHz >= highHz)
            continue;
        const auto& levels = a.levelDb[b];
        if (s.db.size() < levels.size())
            s.db.resize(levels.size(), kFloorDb);
        for (std::size_t i = 0; i < levels.size(); ++i)
            s.db[i] = dbOf(powerOf(s.db[i]) + powerOf(levels[i]));
    }
    return s;
}

Series loudnessSeries(const TrackProfile& t)
{
    Series s;
    s.intervalS = t.loudness.curveIntervalS;
    for (const auto& v : t.loudness.shortTermCurveLufs)
        s.db.push_back(v.value_or(kFloorDb));
    return s;
}

// `s` at the coarser `intervalS` (power means): a file past 68 minutes has its series pooled
// (analysis/boundedseries.h), so two long stems of different lengths may differ.
Series at(Series s, double intervalS)
{
    if (intervalS > s.intervalS) {
        s.db = pooledLevelsDb(s.db, poolFactor(s.intervalS, intervalS));
        s.intervalS = intervalS;
    }
    return s;
}

// Where both are loud: the lower of the two at each interval.
Series lowerOf(const Series& a0, const Series& b0)
{
    const double intervalS = std::max(a0.intervalS, b0.intervalS);
    const Series a = at(a0, intervalS), b = at(b0, intervalS);
    Series s;
    s.intervalS = intervalS;
    for (std::size_t i = 0; i < std::min(a.db.size(), b.db.size()); ++i)
        s.db.push_back(std::min(a.db[i], b.db[i]));
    return s;
}

// The stems summed in power (uncorrelated stems add so; enough to find the loud passage).
Series summedLoudness(const std::vector<const TrackProfile*>& tracks)
{
    Series s;
    for (const TrackProfile* t : tracks)
        if (t != nullptr && !t->loudness.shortTermCurveLufs.empty())
            s.intervalS = std::max(s.intervalS, t->loudness.curveIntervalS);
    for (const TrackProfile* t : tracks) {
        if (t == nullptr)
            continue;
        const Series one = at(loudnessSeries(*t), s.intervalS);
        if (s.db.size() < one.db.size())
            s.db.resize(one.db.size(), kFloorDb);
        for (std::size_t i = 0; i < one.db.size(); ++i)
            s.db[i] = dbOf(powerOf(s.db[i]) + powerOf(one.db[i]));
    }
    return s;
}

std::optional<double> evidence(const std::vector<Evidence>& list, const char* measure)
{
    for (const auto& e : list)
        if (e.measure == measure && std::isfinite(e.value))
            return e.value;
    return std::nullopt;
}

std::string hz(double f)
{
    return f >= 1000.0 ? strprintf("%.3g kHz", f / 1000.0) : strprintf("%.0f Hz", f);
}

void placeWindow(ListenPlan& plan, const Series& series, double durationS, double lengthS, const std::string& what)
{
    const double length = std::min(lengthS, durationS > 0.0 ? durationS : lengthS);
    plan.startS = std::clamp(loudestWindowStartS(series.db, series.intervalS, length), 0.0,
                             std::max(0.0, durationS - length));
    plan.endS = plan.startS + length;
    plan.why = strprintf("the loudest %.0f s of %s", length, what.c_str());
}

std::optional<std::pair<double, double>> octaveAround(double f)
{
    return std::pair{f / std::sqrt(2.0), std::min(20000.0, f * std::sqrt(2.0))};
}

}  // namespace

double loudestWindowStartS(const std::vector<double>& valuesDb, double intervalS, double lengthS)
{
    if (valuesDb.empty() || intervalS <= 0.0)
        return 0.0;
    const auto width = std::max<std::size_t>(1, static_cast<std::size_t>(std::lround(lengthS / intervalS)));
    if (valuesDb.size() <= width)
        return 0.0;
    double sum = 0.0;
    for (std::size_t i = 0; i < width; ++i)
        sum += powerOf(valuesDb[i]);
    double best = sum;
    std::size_t bestStart = 0;
    for (std::size_t i = width; i < valuesDb.size(); ++i) {
        sum += powerOf(valuesDb[i]) - powerOf(valuesDb[i - width]);
        if (sum > best * (1.0 + 1e-12)) {
            best = sum;
            bestStart = i + 1 - width;
        }
    }
    return static_cast<double>(bestStart) * intervalS;
}

ListenPlan listenPlanFor(const Suggestion& s, const std::vector<const TrackProfile*>& session, double lengthS)
{
    ListenPlan plan;
    const bool sessionWide = s.target.kind == SuggestionTarget::Kind::Session || s.target.tracks.empty();
    const TrackProfile* t = sessionWide ? nullptr : findTrack(session, s.target.tracks.front());
    const double duration = t != nullptr ? t->file.format.durationS() : durationOf(session);
    if (t == nullptr) {  // the session (or a track no longer there): the loud passage of the mix
        placeWindow(plan, summedLoudness(session), duration, lengthS, "the session");
        return plan;
    }
    const std::string filter = [&] {
        const SuggestionParameter* p = s.parameter("filter");
        return p != nullptr && std::holds_alternative<std::string>(p->value) ? std::get<std::string>(p->value)
                                                                              : std::string();
    }();
    const std::optional<double> f = s.number("frequency_hz");

    if (s.target.kind == SuggestionTarget::Kind::Pair && s.target.tracks.size() >= 2) {
        // Masking: both tracks, the overlap band, where both are loud in it.
        const TrackProfile* other = findTrack(session, s.target.tracks[1]);
        plan.tracks = {s.target.tracks[0], s.target.tracks[1]};
        const double lo = evidence(s.evidence, "overlap_low_hz").value_or(s.bandLowHz > 0.0 ? s.bandLowHz : 20.0);
        const double hi = evidence(s.evidence, "overlap_high_hz").value_or(s.bandHighHz > 0.0 ? s.bandHighHz : 20000.0);
        plan.bandHz = std::pair{lo, hi};
        const Series a = bandSeries(*t, lo, hi);
        placeWindow(plan, other != nullptr ? lowerOf(a, bandSeries(*other, lo, hi)) : a,
                    std::max(duration, other != nullptr ? other->file.format.durationS() : 0.0), lengthS,
                    strprintf("%s–%s where %s and %s both play", hz(lo).c_str(), hz(hi).c_str(),
                              s.target.tracks[0].c_str(), s.target.tracks[1].c_str()));
        return plan;
    }

    plan.tracks = {t->name};
    if (s.type == SuggestionType::Level) {
        plan.tracks.clear();  // a level is judged in the mix
        placeWindow(plan, loudnessSeries(*t), duration, lengthS, t->name + " in the mix");
        return plan;
    }
    if (s.type == SuggestionType::DeEsser) {
        plan.bandHz = std::pair{kSibilantLowHz, kSibilantHighHz};
        placeWindow(plan, bandSeries(*t, kSibilantLowHz, kSibilantHighHz), duration, lengthS,
                    "4.5–10 kHz (sibilance) on " + t->name);
        return plan;
    }
    if (filter == "high_pass" && f) {
        plan.bandHz = std::pair{20.0, *f};
        placeWindow(plan, bandSeries(*t, 20.0, *f), duration, lengthS,
                    strprintf("what lies below %s on %s", hz(*f).c_str(), t->name.c_str()));
        return plan;
    }
    if (filter == "low_pass" && f) {
        plan.bandHz = std::pair{*f, 20000.0};
        placeWindow(plan, bandSeries(*t, *f, 20000.0), duration, lengthS,
                    strprintf("what lies above %s on %s", hz(*f).c_str(), t->name.c_str()));
        return plan;
    }
    if (!filter.empty() && f) {  // bell or shelf: the band it works on
        plan.bandHz = s.direction != 0 && s.bandHighHz > s.bandLowHz ? std::optional(std::pair{s.bandLowHz, s.bandHighHz})
                                                                      : octaveAround(*f);
        placeWindow(plan, bandSeries(*t, plan.bandHz->first, plan.bandHz->second), duration, lengthS,
                    strprintf("%s–%s on %s", hz(plan.bandHz->first).c_str(), hz(plan.bandHz->second).c_str(),
                              t->name.c_str()));
        return plan;
    }
    if (s.type == SuggestionType::Stereo) {
        if (s.number("width_percent") && f) {  // mono below f: hear the side of the lows
            plan.bandHz = std::pair{20.0, *f};
            plan.listen = ListenMode::Side;
            placeWindow(plan, bandSeries(*t, 20.0, *f), duration, lengthS,
                        strprintf("the side below %s on %s", hz(*f).c_str(), t->name.c_str()));
        } else {  // a polarity problem: hear what cancels in mono
            plan.listen = ListenMode::Mono;
            placeWindow(plan, loudnessSeries(*t), duration, lengthS, t->name + " in mono");
        }
        return plan;
    }
    placeWindow(plan, loudnessSeries(*t), duration, lengthS, t->name);
    return plan;
}

ListenPlan listenPlanFor(const TrackIssue& issue, const TrackProfile& t, double lengthS)
{
    ListenPlan plan;
    plan.tracks = {t.name};
    const double duration = t.file.format.durationS();
    const std::string& code = issue.code;
    if (code == "sibilance") {
        plan.bandHz = std::pair{kSibilantLowHz, kSibilantHighHz};
        placeWindow(plan, bandSeries(t, kSibilantLowHz, kSibilantHighHz), duration, lengthS,
                    "4.5–10 kHz (sibilance) on " + t.name);
    } else if (code == "resonance" && evidence(issue.evidence, "resonance_hz")) {
        const double f = *evidence(issue.evidence, "resonance_hz");
        plan.bandHz = octaveAround(f);
        placeWindow(plan, bandSeries(t, plan.bandHz->first, plan.bandHz->second), duration, lengthS,
                    "the octave around " + hz(f) + " on " + t.name);
    } else if (code == "low_end_phase") {
        plan.bandHz = std::pair{20.0, 250.0};
        plan.listen = ListenMode::Mono;
        placeWindow(plan, bandSeries(t, 20.0, 250.0), duration, lengthS, "the low end of " + t.name + " in mono");
    } else if (code == "phase_correlation" || code == "mono_compatibility") {
        plan.listen = ListenMode::Mono;
        placeWindow(plan, loudnessSeries(t), duration, lengthS, t.name + " in mono");
    } else if (code == "trailing_silence") {
        const double length = std::min(lengthS, duration);
        plan.startS = std::max(0.0, duration - length);
        plan.endS = duration;
        plan.why = "the end of " + t.name;
    } else if (code == "leading_silence" || code == "silent" || code == "near_silent" || code == "truncated"
               || code == "non_finite_samples" || code == "dc_offset") {
        plan.startS = 0.0;
        plan.endS = std::min(lengthS, duration);
        plan.why = "the start of " + t.name;
    } else {  // levels and dynamics: the loudest passage
        placeWindow(plan, loudnessSeries(t), duration, lengthS, t.name);
    }
    return plan;
}

}  // namespace stemwise::core
