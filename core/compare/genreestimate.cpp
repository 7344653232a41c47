#include "compare/genreestimate.h"

#include "dsp/bands.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <utility>

namespace stemwise::core {

namespace {

constexpr std::size_t kFeatureCount = kBandCount + 3;  // bands, PLR, LRA, tempo

using Features = std::array<std::optional<double>, kFeatureCount>;

double floorOf(std::size_t feature)
{
    if (feature < kBandCount)
        return kGenreBandFloorDb;
    if (feature == kBandCount)
        return kGenrePlrFloorDb;
    if (feature == kBandCount + 1)
        return kGenreLraFloorLu;
    return kGenreTempoFloorOctaves;
}

Features featuresOf(const TrackProfile& p, std::optional<double> tempoBpm)
{
    Features f;
    const auto& lufs = p.loudness.integratedLufs;
    if (lufs && std::isfinite(*lufs))
        for (std::size_t b = 0; b < kBandCount; ++b)
            if (const auto& level = p.spectrum.bands[b].levelDb; level && std::isfinite(*level))
                f[b] = *level - *lufs;
    if (p.dynamics.plrDb && std::isfinite(*p.dynamics.plrDb))
        f[kBandCount] = *p.dynamics.plrDb;
    if (p.loudness.lraLu && std::isfinite(*p.loudness.lraLu))
        f[kBandCount + 1] = *p.loudness.lraLu;
    const std::optional<double> bpm = tempoBpm ? tempoBpm : p.rhythm.tempoBpm;
    if (bpm && *bpm > 0.0 && std::isfinite(*bpm))
        f[kBandCount + 2] = std::log2(*bpm);
    return f;
}

bool anyFeature(const Features& f)
{
    return std::any_of(f.begin(), f.end(), [](const auto& v) { return v.has_value(); });
}


// One genre as the estimate sees it: per feature, a mean and a spread (or nothing).
struct GenreModel {
    std::array<std::optional<std::pair<double, double>>, kFeatureCount> feature;
    int references = 0;
    bool builtIn = false;
};

GenreModel modelOfReferences(const std::vector<Features>& refs)
{
    GenreModel m;
    m.references = static_cast<int>(refs.size());
    for (std::size_t k = 0; k < kFeatureCount; ++k) {
        std::vector<double> values;
        for (const Features& r : refs)
            if (r[k])
                values.push_back(*r[k]);
        if (values.empty())
            continue;
        double mean = 0.0;
        for (double v : values)
            mean += v;
        mean /= static_cast<double>(values.size());
        double spread = 2.0 * floorOf(k);
        if (values.size() >= 2) {
            double ss = 0.0;
            for (double v : values)
                ss += (v - mean) * (v - mean);
            spread = std::max(floorOf(k), std::sqrt(ss / static_cast<double>(values.size() - 1)));
        }
        m.feature[k] = std::make_pair(mean, spread);
    }
    return m;
}

GenreModel modelOfProfile(const GenreProfile& p)
{
    GenreModel m;
    m.builtIn = true;
    m.feature[kBandCount] = std::make_pair(p.plrDb, p.plrSpreadDb);
    m.feature[kBandCount + 1] = std::make_pair(p.lraLu, p.lraSpreadLu);
    m.feature[kBandCount + 2] = std::make_pair(std::log2(p.tempoBpm), p.tempoSpreadOctaves);
    return m;
}

std::optional<GenreEstimate> estimateFrom(const Features& x, const std::map<std::string, GenreModel>& models)
{
    GenreEstimate out;
    for (const auto& [genre, model] : models) {
        GenreScore s;
        s.genre = genre;
        s.references = model.references;
        s.builtIn = model.builtIn;
        for (std::size_t k = 0; k < kFeatureCount; ++k) {
            if (!x[k] || !model.feature[k])
                continue;
            const double z = (*x[k] - model.feature[k]->first) / model.feature[k]->second;
            s.distance += z * z;
            ++s.features;
        }
        if (s.features > 0)
            out.scores.push_back(s);
    }
    if (out.scores.empty())
        return std::nullopt;
    // Genres compared on different feature sets (a reference without a tempo, a built-in
    // profile without bands) are put on one scale: the mean squared z times the most features
    // any genre was compared on.
    int most = 0;
    for (const GenreScore& s : out.scores)
        most = std::max(most, s.features);
    for (GenreScore& s : out.scores)
        s.distance *= static_cast<double>(most) / static_cast<double>(s.features);
    std::sort(out.scores.begin(), out.scores.end(), [](const GenreScore& a, const GenreScore& b) { return a.distance < b.distance; });
    // exp(−D/2) relative to the nearest one (no underflow for a far mix).
    double sum = 0.0;
    for (GenreScore& s : out.scores) {
        s.probability = std::exp(-0.5 * (s.distance - out.scores.front().distance));
        sum += s.probability;
    }
    for (GenreScore& s : out.scores)
        s.probability /= sum;
    const GenreScore& best = out.scores.front();
    out.genre = best.genre;
    out.confidence = best.probability;
    if (out.scores.size() >= 2)
        out.runnerUp = out.scores[1].genre;
    if (!best.builtIn && best.references < kGenreMinReferences)
        out.reasons.emplace_back("few_references");
    if (out.confidence < kGenreMinConfidence)
        out.reasons.emplace_back("close_runner_up");
    if (best.distance / static_cast<double>(most) > kGenreMaxMeanSquaredZ)
        out.reasons.emplace_back("far_from_all");
    out.uncertain = !out.reasons.empty();
    return out;
}

std::map<std::string, std::vector<Features>> featuresByGenre(const std::vector<GenreExample>& examples)
{
    std::map<std::string, std::vector<Features>> byGenre;
    for (const GenreExample& e : examples) {
        if (e.genre.empty() || e.profile == nullptr)
            continue;
        Features f = featuresOf(*e.profile, std::nullopt);
        if (anyFeature(f))
            byGenre[e.genre].push_back(f);
    }
    return byGenre;
}

}  // namespace

std::optional<GenreEstimate> estimateGenre(const TrackProfile& mix, const std::vector<GenreExample>& examples,
                                           std::optional<double> tempoBpm)
{
    const Features x = featuresOf(mix, tempoBpm);
    if (!anyFeature(x))
        return std::nullopt;
    std::map<std::string, GenreModel> models;
    for (const auto& [genre, refs] : featuresByGenre(examples))
        models[genre] = modelOfReferences(refs);
    return estimateFrom(x, models);
}

std::optional<GenreEstimate> estimateGenre(const TrackProfile& mix, const std::vector<GenreExample>& examples,
                                           std::span<const GenreProfile> builtIn, std::optional<double> tempoBpm)
{
    const Features x = featuresOf(mix, tempoBpm);
    if (!anyFeature(x))
        return std::nullopt;
    std::map<std::string, GenreModel> models;
    for (const auto& [genre, refs] : featuresByGenre(examples))
        if (static_cast<int>(refs.size()) >= kGenreMinReferences)
            models[genre] = modelOfReferences(refs);
    for (const GenreProfile& p : builtIn)
        if (!models.contains(std::string(p.genre)))
            models[std::string(p.genre)] = modelOfProfile(p);
    // A genre of one reference and no profile still counts (and is uncertain if nearest).
    for (const auto& [genre, refs] : featuresByGenre(examples))
        if (!models.contains(genre))
            models[genre] = modelOfReferences(refs);
    return estimateFrom(x, models);
}

}  // namespace stemwise::core
