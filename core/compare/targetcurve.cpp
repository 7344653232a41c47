// makeTargetCurve(): mean and spread of loudness-normalised references (see targetcurve.h).
#include "compare/targetcurve.h"

#include "analysis/figures.h"
#include "util/strprintf.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

namespace {

struct MeanSpread {
    double sum = 0.0;
    double sumSquares = 0.0;
    int count = 0;
    void add(double v)
    {
        sum += v;
        sumSquares += v * v;
        ++count;
    }
    [[nodiscard]] OptDouble mean() const { return count > 0 ? OptDouble(sum / count) : std::nullopt; }
    [[nodiscard]] double spread() const
    {
        if (count < 2)
            return 0.0;
        const double m = sum / count;
        return std::sqrt(std::max(0.0, sumSquares / count - m * m));
    }
};

OptDouble meanOf(const std::vector<TrackProfile>& refs, OptDouble (*get)(const TrackProfile&))
{
    MeanSpread m;
    for (const auto& r : refs)
        if (const OptDouble v = get(r); v && std::isfinite(*v))
            m.add(*v);
    return m.mean();
}

}  // namespace

std::optional<std::string> whyNotAReference(const TrackProfile& p)
{
    if (p.dynamics.nonFiniteSamples > 0)
        return strprintf("%.0f of its samples are not numbers (NaN or infinity) or lie beyond +120 dBFS: a broken "
                         "export, not a mix to compare with",
                         static_cast<double>(p.dynamics.nonFiniteSamples));
    if (!p.dynamics.peakDbfs)
        return std::string("it is digital silence: there is no level or spectrum to compare with");
    if (!p.loudness.integratedLufs || !std::isfinite(*p.loudness.integratedLufs))
        return std::string("it has no integrated loudness (too quiet or too short, under 0.4 s of audio above the "
                           "gate): there is no level to match");
    if (p.spectrum.ltasFrequencyHz.empty() || p.spectrum.ltasDb.size() != p.spectrum.ltasFrequencyHz.size())
        return std::string("it has no long-term spectrum to compare with");
    return std::nullopt;
}

Result<TargetCurve> makeTargetCurve(const std::vector<TrackProfile>& given, const std::string& name,
                                    const std::vector<double>& givenWeights)
{
    if (given.empty())
        return Error{"a target curve needs at least one reference"};
    // A reference of weight 0 (rated "not my style") does not count anywhere in the target.
    std::vector<TrackProfile> counted;
    std::vector<double> weights;
    for (std::size_t i = 0; i < given.size(); ++i) {
        const double w = i < givenWeights.size() ? givenWeights[i] : 1.0;
        if (w > 0.0) {
            counted.push_back(given[i]);
            weights.push_back(w);
        }
    }
    if (counted.empty())
        return Error{"every reference is rated 'not my style': none is left to make a target of"};
    const std::vector<TrackProfile>& references = counted;
    double topHz = 1e12;
    for (const auto& r : references) {
        if (!r.loudness.integratedLufs)
            return Error{"reference '" + r.name + "' has no integrated loudness (is it silent?)"};
        if (r.spectrum.ltasFrequencyHz.empty() || r.spectrum.ltasDb.size() != r.spectrum.ltasFrequencyHz.size())
            return Error{"reference '" + r.name + "' has no spectrum"};
        topHz = std::min(topHz, r.spectrum.ltasFrequencyHz.back());
    }

    TargetCurve t;
    TrackProfile& m = t.mean;
    m.name = name.empty() ? strprintf("Target (%zu reference%s)", references.size(), references.size() == 1 ? "" : "s")
                          : name;
    m.type = "reference";
    m.typeSource = "user";
    for (const auto& r : references)
        t.spread.references.push_back(r.name);

    MeanSpread loudness;
    for (const auto& r : references)
        loudness.add(*r.loudness.integratedLufs);
    const double meanLufs = *loudness.mean();

    // Spectrum: shapes at equal loudness, averaged in dB, placed at the mean loudness.
    for (int k = 0;; ++k) {
        const double f = 20.0 * std::exp2(k / 24.0);
        if (f > topHz * (1.0 + 1e-9))
            break;
        MeanSpread point;
        for (const auto& r : references)
            point.add(*interpolateLogFrequency(r.spectrum.ltasFrequencyHz, r.spectrum.ltasDb, f)
                      - *r.loudness.integratedLufs);
        m.spectrum.ltasFrequencyHz.push_back(f);
        m.spectrum.ltasDb.push_back(*point.mean() + meanLufs);
        t.spread.frequencyHz.push_back(f);
        t.spread.spreadDb.push_back(point.spread());
    }
    for (std::size_t i = 0; i < kBandCount; ++i) {
        MeanSpread level;
        MeanSpread share;
        for (const auto& r : references) {
            share.add(r.spectrum.bands[i].share);
            if (r.spectrum.bands[i].levelDb)
                level.add(*r.spectrum.bands[i].levelDb - *r.loudness.integratedLufs);
        }
        m.spectrum.bands[i].share = share.mean().value_or(0.0);
        if (level.count > 0) {
            m.spectrum.bands[i].levelDb = *level.mean() + meanLufs;
            t.spread.bandSpreadDb[i] = level.spread();
        }
    }

    // Every figure with the Target role (analysis/figures.h), averaged over the references
    // (the integrated loudness among them: meanLufs).
    for (const Figure* f : figuresWith(FigureRole::Target))
        if (f->set != nullptr)
            f->set(m, meanOf(references, f->get));
    m.stereo.isStereo = std::any_of(references.begin(), references.end(),
                                    [](const TrackProfile& p) { return p.stereo.isStereo; });

    std::vector<StyleExample> examples;
    for (std::size_t i = 0; i < references.size(); ++i)
        examples.push_back({&references[i], nullptr, weights[i]});
    t.style = learnReferenceStyle(examples);
    return t;
}

TrackComparison compareWithTarget(const TrackProfile& track, const TargetCurve& target, const ComparisonOptions& options,
                                  const SessionSections* trackSections)
{
    TrackComparison c = compareTracks(track, target.mean, options, &target.spread);
    if (target.style.empty() || !options.style)
        return c;
    SessionSections own;
    if (trackSections == nullptr && !target.style.sectionTypes.empty()) {
        own = sectionsOfMix(track);
        trackSections = &own;
    }
    c.style = compareWithStyle(track, trackSections, target.style);
    // What lies outside the references' range is a finding, after the others (before the moves).
    std::vector<ComparisonFinding> outside;
    for (const StyleDeviation& d : c.style) {
        if (d.message.empty())
            continue;
        std::string type = d.sectionType;
        std::replace(type.begin(), type.end(), '-', '_');  // "pre-chorus": codes are [a-z0-9_]
        outside.push_back({ComparisonFinding::Kind::Finding, "style_" + (type.empty() ? std::string() : type + "_") + d.key,
                           d.message, d.excessAbs, d.text});
    }
    const auto firstMove = std::find_if(c.findings.begin(), c.findings.end(), [](const ComparisonFinding& f) {
        return f.kind == ComparisonFinding::Kind::Suggestion;
    });
    c.findings.insert(firstMove, outside.begin(), outside.end());
    return c;
}

}  // namespace stemwise::core
