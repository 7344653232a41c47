// The style learned from the references: distributions per feature and a track against them
// (see referencestyle.h).
#include "compare/referencestyle.h"

#include "analysis/figures.h"
#include "analysis/sectionnames.h"
#include "util/textcatalogue.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace stemwise::core {

namespace {

using A = TextArg;
using C = TextCode;

const char* const kScalarKeys[] = {"plr_db", "lra_lu", "width"};

std::string bandKey(std::size_t b)
{
    return std::string("band_") + std::string(kBands[b].key) + "_db";
}

// The values of one scope (the whole track, or one section type) over the references, each
// with its reference's weight.
struct Samples {
    std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> byKey;
    int references = 0;
    void add(const std::map<std::string, double>& features, double weight)
    {
        if (features.empty())
            return;
        ++references;
        for (const auto& [key, value] : features) {
            auto& [values, weights] = byKey[key];
            values.push_back(value);
            weights.push_back(weight);
        }
    }
    [[nodiscard]] StyleSet distributions() const
    {
        StyleSet set;
        set.references = references;
        for (const auto& [key, vw] : byKey) {
            StyleRange r;
            r.count = static_cast<int>(vw.first.size());
            r.p10 = weightedPercentile(vw.first, vw.second, 0.10);
            r.median = weightedPercentile(vw.first, vw.second, 0.50);
            r.p90 = weightedPercentile(vw.first, vw.second, 0.90);
            set.ranges.emplace(key, r);
        }
        return set;
    }
};

// The mean of each feature over the sections of one type.
std::map<std::string, std::map<std::string, double>> sectionTypeMeans(const SessionSections& sections, OptDouble trackLufs)
{
    std::map<std::string, std::map<std::string, std::pair<double, int>>> sums;
    for (const Section& sec : sections.sections) {
        if (sec.role.empty())
            continue;
        for (const auto& [key, value] : sectionStyleFeatures(sec, trackLufs)) {
            auto& [sum, n] = sums[sec.role][key];
            sum += value;
            ++n;
        }
    }
    std::map<std::string, std::map<std::string, double>> out;
    for (const auto& [role, keys] : sums)
        for (const auto& [key, sn] : keys)
            out[role][key] = sn.first / sn.second;
    return out;
}

Text positionText(StylePosition position, const std::string& sectionType)
{
    const bool above = position == StylePosition::Above;
    if (sectionType.empty())
        return Text{above ? C::StyleAbove : C::StyleBelow};
    return Text{above ? C::StyleSectionAbove : C::StyleSectionBelow, {A::nested(sectionRoleText(sectionType))}};
}

// The sentence of a deviation outside its range.
Text deviationText(const StyleDeviation& d, const std::string& trackName)
{
    const A track = A::string(trackName);
    const A where = A::nested(positionText(d.position, d.sectionType));
    const int dp = d.decimals;
    const A p10 = d.unit.empty() ? A::number(d.range.p10, dp) : A::signedNumber(d.range.p10, dp);
    const A p90 = d.unit.empty() ? A::number(d.range.p90, dp) : A::signedNumber(d.range.p90, dp);
    const A median = d.unit.empty() ? A::number(d.range.median, dp) : A::signedNumber(d.range.median, dp);
    const std::optional<std::size_t> band = styleFeatureBand(d.key);
    if (!d.sectionType.empty()) {
        const A type = A::nested(sectionRoleText(d.sectionType));
        if (band)
            return Text{C::StyleSectionBand,
                        {track, type, A::termOf(TermKind::Band, std::string(kBands[*band].key)),
                         A::hzRange(kBands[*band].lowHz, kBands[*band].highHz), A::signedNumber(d.value, dp), where, p10,
                         p90, median}};
        return Text{C::StyleSectionLift, {track, type, A::signedNumber(d.value, dp), where, p10, p90, median}};
    }
    if (band)
        return Text{C::StyleBand,
                    {track, A::termOf(TermKind::Band, std::string(kBands[*band].key)),
                     A::hzRange(kBands[*band].lowHz, kBands[*band].highHz), A::signedNumber(d.value, dp), where, p10, p90,
                     median}};
    const A value = A::number(d.value, dp);
    const A plain10 = A::number(d.range.p10, dp);
    const A plain90 = A::number(d.range.p90, dp);
    const A plainMedian = A::number(d.range.median, dp);
    const TextCode code = d.key == "plr_db" ? C::StylePlr : d.key == "lra_lu" ? C::StyleLra : C::StyleWidth;
    return Text{code, {track, value, where, plain10, plain90, plainMedian}};
}

StyleDeviation judge(const std::string& key, double value, const StyleRange& range)
{
    StyleDeviation d;
    d.key = key;
    if (key == "lra_lu" || key == "lift_lu")
        d.unit = "LU";
    else if (key == "width")
        d.unit = "";
    else
        d.unit = "dB";
    d.decimals = key == "width" ? 2 : 1;
    d.value = value;
    d.range = range;
    // Outside by less than the step it is shown in (0.1 dB or LU, 0.01 of width) is not outside:
    // "0.00, below 0.00 to 0.01" would say nothing anyone hears.
    const double step = std::pow(10.0, -d.decimals);
    if (value <= range.p10 - step) {
        d.position = StylePosition::Below;
        d.excessAbs = range.p10 - value;
    } else if (value >= range.p90 + step) {
        d.position = StylePosition::Above;
        d.excessAbs = value - range.p90;
    }
    return d;
}

}  // namespace

SessionSections sectionsOfMix(const TrackProfile& profile)
{
    StemActivity activity = stemActivityOf(profile);
    activity.type = "mix";
    return findSessionSections({activity}, profile.rhythm.tempoBpm);
}

double weightedPercentile(std::vector<double> values, std::vector<double> weights, double q)
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < values.size() && i < weights.size(); ++i)
        if (weights[i] > 0.0 && std::isfinite(values[i]))
            order.push_back(i);
    if (order.empty())
        return 0.0;
    std::sort(order.begin(), order.end(), [&values](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    if (order.size() == 1)
        return values[order[0]];
    double total = 0.0;
    for (const std::size_t i : order)
        total += weights[i];
    const double first = weights[order.front()] / 2.0;
    const double span = total - first - weights[order.back()] / 2.0;
    // Each value's rank: the weight up to its middle, from the first value's middle to the
    // last one's (0 … 1).
    std::vector<double> rank;
    double upTo = 0.0;
    for (const std::size_t i : order) {
        rank.push_back((upTo + weights[i] / 2.0 - first) / span);
        upTo += weights[i];
    }
    q = std::clamp(q, 0.0, 1.0);
    for (std::size_t k = 1; k < order.size(); ++k) {
        if (q <= rank[k] + 1e-12) {
            const double width = rank[k] - rank[k - 1];
            const double t = width > 0.0 ? (q - rank[k - 1]) / width : 1.0;
            return values[order[k - 1]] + std::clamp(t, 0.0, 1.0) * (values[order[k]] - values[order[k - 1]]);
        }
    }
    return values[order.back()];
}

std::map<std::string, double> trackStyleFeatures(const TrackProfile& p)
{
    std::map<std::string, double> out;
    const OptDouble lufs = p.loudness.integratedLufs;
    if (!lufs || !std::isfinite(*lufs))
        return out;  // no loudness: neither a balance relative to it nor dynamics to speak of
    for (std::size_t b = 0; b < kBandCount; ++b)
        if (const OptDouble level = p.spectrum.bands[b].levelDb; level && std::isfinite(*level) && *level > -150.0)
            out[bandKey(b)] = *level - *lufs;
    for (const char* key : kScalarKeys)
        if (const Figure* f = findFigure(key))
            if (const OptDouble v = f->get(p); v && std::isfinite(*v))
                out[key] = *v;
    for (std::size_t b = 0; b < kBandCount; ++b)
        if (p.spectrum.bands[b].levelDb)
            out[styleShareKey(b)] = p.spectrum.bands[b].share;
    return out;
}

std::map<std::string, double> sectionStyleFeatures(const Section& section, OptDouble trackLufs)
{
    std::map<std::string, double> out;
    if (!section.loudnessLufs || !std::isfinite(*section.loudnessLufs))
        return out;
    for (std::size_t b = 0; b < kBandCount; ++b)
        if (const OptDouble level = section.bandLevelDb[b]; level && std::isfinite(*level) && *level > -150.0)
            out[bandKey(b)] = *level - *section.loudnessLufs;
    if (trackLufs && std::isfinite(*trackLufs))
        out["lift_lu"] = *section.loudnessLufs - *trackLufs;
    return out;
}

ReferenceStyle learnReferenceStyle(const std::vector<StyleExample>& references)
{
    ReferenceStyle style;
    Samples track;
    std::map<std::string, Samples> types;
    for (const StyleExample& e : references) {
        if (e.profile == nullptr || !(e.weight > 0.0))
            continue;
        style.references.push_back(e.profile->name);
        track.add(trackStyleFeatures(*e.profile), e.weight);
        SessionSections own;
        const SessionSections* sections = e.sections;
        if (sections == nullptr) {
            own = sectionsOfMix(*e.profile);
            sections = &own;
        }
        for (const auto& [role, features] : sectionTypeMeans(*sections, e.profile->loudness.integratedLufs))
            types[role].add(features, e.weight);
    }
    style.track = track.distributions();
    for (const auto& [role, samples] : types)
        style.sectionTypes.emplace(role, samples.distributions());
    return style;
}

std::vector<StyleDeviation> compareWithStyle(const TrackProfile& track, const SessionSections* sections,
                                             const ReferenceStyle& style)
{
    std::vector<StyleDeviation> out;
    auto add = [&](const std::string& key, double value, const StyleSet& set, const std::string& type,
                   const std::vector<int>& indices) {
        const auto it = set.ranges.find(key);
        if (it == set.ranges.end() || it->second.count < kStyleMinReferences)
            return;
        StyleDeviation d = judge(key, value, it->second);
        d.sectionType = type;
        d.sections = indices;
        out.push_back(std::move(d));
    };
    // The whole track, in a fixed order: bands low to high, then PLR, LRA, width.
    const auto features = trackStyleFeatures(track);
    std::vector<std::string> order;
    for (std::size_t b = 0; b < kBandCount; ++b)
        order.push_back(bandKey(b));
    for (const char* key : kScalarKeys)
        order.emplace_back(key);
    for (const auto& key : order)
        if (const auto it = features.find(key); it != features.end())
            add(key, it->second, style.track, {}, {});
    const std::size_t wholeTrack = out.size();
    if (sections != nullptr) {
        // Each type as a reference counts it: the mean over its sections, in the order the
        // track first plays the types.
        const auto means = sectionTypeMeans(*sections, track.loudness.integratedLufs);
        std::vector<std::string> types;
        std::map<std::string, std::vector<int>> indices;
        for (const Section& sec : sections->sections) {
            if (sec.role.empty() || !style.sectionTypes.count(sec.role) || !means.count(sec.role))
                continue;
            if (indices[sec.role].empty())
                types.push_back(sec.role);
            indices[sec.role].push_back(sec.index);
        }
        std::vector<std::string> keys{"lift_lu"};
        for (std::size_t b = 0; b < kBandCount; ++b)
            keys.push_back(bandKey(b));
        for (const auto& type : types)
            for (const auto& key : keys)
                if (const auto it = means.at(type).find(key); it != means.at(type).end())
                    add(key, it->second, style.sectionTypes.at(type), type, indices.at(type));
    }
    // Sentences for what lies outside; a section type's band outside on the same side as the
    // whole track's says nothing the whole track's does not.
    for (std::size_t i = 0; i < out.size(); ++i) {
        StyleDeviation& d = out[i];
        if (d.position == StylePosition::Within)
            continue;
        if (i >= wholeTrack) {
            const auto same = std::find_if(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(wholeTrack),
                                           [&d](const StyleDeviation& w) { return w.key == d.key; });
            if (same != out.begin() + static_cast<std::ptrdiff_t>(wholeTrack) && same->position == d.position)
                continue;
        }
        d.text = deviationText(d, track.name);
        d.message = english(d.text);
    }
    return out;
}

std::string styleShareKey(std::size_t band)
{
    return std::string("band_") + std::string(kBands[band].key) + "_share";
}

std::optional<std::size_t> styleFeatureBand(const std::string& key)
{
    for (std::size_t b = 0; b < kBandCount; ++b)
        if (key == bandKey(b))
            return b;
    return std::nullopt;
}

std::string styleFeatureLabel(const std::string& key)
{
    if (const auto band = styleFeatureBand(key))
        return termEnglish(TermKind::Band, std::string(kBands[*band].key)) + " ("
               + hzRangeEnglish(kBands[*band].lowHz, kBands[*band].highHz) + ")";
    if (key == "lift_lu")
        return "loudness relative to the song";
    if (const Figure* f = findFigure(key))
        return std::string(f->label);
    return key;
}

const char* stylePositionKey(StylePosition position)
{
    switch (position) {
    case StylePosition::Below:
        return "below";
    case StylePosition::Above:
        return "above";
    case StylePosition::Within:
        break;
    }
    return "within";
}

}  // namespace stemwise::core
