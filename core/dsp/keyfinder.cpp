#include "dsp/keyfinder.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace stemwise::core {

namespace {

using Profile = std::array<double, 12>;

// Probe-tone ratings, tonic first (Krumhansl & Kessler 1982; Krumhansl 1990, ch. 2).
constexpr Profile kKrumhanslMajor{6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
constexpr Profile kKrumhanslMinor{6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};
// Temperley 1999 (the revised profiles of his key-finding model).
constexpr Profile kTemperleyMajor{5.0, 2.0, 3.5, 2.0, 4.5, 4.0, 2.0, 4.5, 2.0, 3.5, 1.5, 4.0};
constexpr Profile kTemperleyMinor{5.0, 2.0, 3.5, 4.5, 2.0, 4.0, 2.0, 4.5, 3.5, 2.0, 1.5, 4.0};

// Each profile scaled to zero mean and unit norm before averaging, so neither set's rating
// scale dominates the mean.
Profile standardize(const Profile& p)
{
    double mean = 0.0;
    for (double v : p)
        mean += v / 12.0;
    double norm = 0.0;
    for (double v : p)
        norm += (v - mean) * (v - mean);
    norm = std::sqrt(norm);
    Profile out{};
    for (std::size_t i = 0; i < 12; ++i)
        out[i] = (p[i] - mean) / norm;
    return out;
}

Profile combined(const Profile& a, const Profile& b)
{
    const Profile sa = standardize(a);
    const Profile sb = standardize(b);
    Profile sum{};
    for (std::size_t i = 0; i < 12; ++i)
        sum[i] = sa[i] + sb[i];
    return standardize(sum);
}

const Profile& majorProfile()
{
    static const Profile p = combined(kKrumhanslMajor, kTemperleyMajor);
    return p;
}

const Profile& minorProfile()
{
    static const Profile p = combined(kKrumhanslMinor, kTemperleyMinor);
    return p;
}

// Softmax temperature over the 24 correlations for the candidates' confidences: a
// correlation 0.1 below the best has e^(-2.5) = 8 % of its weight.
constexpr double kKeyTemperature = 0.04;
// Tonalness scales (see estimateKey()).
constexpr double kMinKeyShape = 0.5;
constexpr double kFullKeyShape = 0.4;
constexpr double kFullVariation = 0.3;
// The relative key is "close" when its correlation is within this of the best's; its
// tonic triad then decides, and a triad lead of 10 % of the pair's weight is full certainty.
constexpr double kRelativeWindow = 0.2;
constexpr double kTriadMargin = 0.1;

}  // namespace

std::string keyName(int key)
{
    static constexpr std::array<const char*, 12> kMajorTonics{"C", "Db", "D", "Eb", "E", "F",
                                                              "F#", "G", "Ab", "A", "Bb", "B"};
    static constexpr std::array<const char*, 12> kMinorTonics{"C", "C#", "D", "Eb", "E", "F",
                                                              "F#", "G", "G#", "A", "Bb", "B"};
    const auto tonic = static_cast<std::size_t>(keyTonic(key));
    return keyIsMinor(key) ? std::string(kMinorTonics[tonic]) + " minor"
                           : std::string(kMajorTonics[tonic]) + " major";
}

std::array<double, kKeyCount> keyCorrelations(const std::array<double, 12>& chroma)
{
    std::array<double, kKeyCount> out{};
    double mean = 0.0;
    for (double v : chroma)
        mean += v / 12.0;
    std::array<double, 12> centred{};
    double norm = 0.0;
    for (std::size_t i = 0; i < 12; ++i) {
        centred[i] = chroma[i] - mean;
        norm += centred[i] * centred[i];
    }
    norm = std::sqrt(norm);
    if (!(norm > 1e-12 * std::max(1.0, std::abs(mean))))
        return out;
    for (int key = 0; key < kKeyCount; ++key) {
        const Profile& p = keyIsMinor(key) ? minorProfile() : majorProfile();
        const int tonic = keyTonic(key);
        double dot = 0.0;
        for (int i = 0; i < 12; ++i)
            dot += centred[static_cast<std::size_t>((tonic + i) % 12)] * p[static_cast<std::size_t>(i)];
        out[static_cast<std::size_t>(key)] = dot / norm;  // profiles have zero mean and unit norm
    }
    return out;
}

KeyEstimate estimateKey(const std::array<double, 12>& chroma)
{
    const std::array<double, kKeyCount> correlation = keyCorrelations(chroma);
    auto corr = [&](int key) { return correlation[static_cast<std::size_t>(key)]; };

    std::array<int, kKeyCount> order{};
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return corr(a) > corr(b); });

    // Tonalness: how strongly the chroma is concentrated in a key's pattern. Both the shape
    // (the best key's correlation: white noise, a drum loop and a kick's falling pitch
    // reach 0.2-0.5, tonal music 0.6-0.95) and the depth (the coefficient of variation of
    // the 12 classes: a diatonic scale played evenly has 0.85) must be there; a flat chroma
    // can correlate well by chance, and a deep one of a single class is no key.
    double mean = 0.0;
    for (double v : chroma)
        mean += v / 12.0;
    double variance = 0.0;
    for (double v : chroma)
        variance += (v - mean) * (v - mean) / 12.0;
    const double variation = mean > 0.0 ? std::sqrt(variance) / mean : 0.0;
    KeyEstimate out;
    out.tonalness = std::clamp((corr(order[0]) - kMinKeyShape) / kFullKeyShape, 0.0, 1.0)
                    * std::clamp(variation / kFullVariation, 0.0, 1.0);

    // A key and its relative share their scale, so the profiles barely separate them when
    // the music sits on the shared notes (i-VI-III-VII is C major's notes in A minor). Then
    // the tonic triad that carries more of the chroma decides, and how clearly it does
    // bounds the confidence.
    int best = order[0];
    int relative = relativeKey(best);
    double pairCertainty = 1.0;
    if (corr(relative) >= corr(best) - kRelativeWindow) {
        auto triad = [&](int key) {
            const int tonic = keyTonic(key);
            const int third = tonic + (keyIsMinor(key) ? 3 : 4);
            return chroma[static_cast<std::size_t>(tonic)] + chroma[static_cast<std::size_t>(third % 12)]
                   + chroma[static_cast<std::size_t>((tonic + 7) % 12)];
        };
        if (triad(relative) > triad(best))
            std::swap(best, relative);
        const double a = triad(best), b = triad(relative);
        pairCertainty = a + b > 0.0 ? std::clamp((a - b) / (a + b) / kTriadMargin, 0.0, 1.0) : 0.0;
    }
    // The scale's margin: the better of the pair over the best key outside it.
    double runnerUp = -1.0;
    for (int key : order) {
        if (key != best && key != relative) {
            runnerUp = corr(key);
            break;
        }
    }
    const double margin = std::max(corr(best), corr(relative)) - runnerUp;
    out.best = best;
    out.relative = relative;
    out.confidence = out.tonalness * std::tanh(margin / (2.0 * kKeyTemperature)) * pairCertainty;

    // Candidates' confidences: a softmax over the correlations, scaled by tonalness; the
    // pair's joint share is split by the triad decision, so the best never trails its relative.
    const double top = corr(order[0]);
    double partition = 0.0;
    for (int key = 0; key < kKeyCount; ++key)
        partition += std::exp((corr(key) - top) / kKeyTemperature);
    auto share = [&](int key) { return std::exp((corr(key) - top) / kKeyTemperature) / partition; };
    const double pairShare = share(best) + share(relative);
    auto candidateConfidence = [&](int key) {
        if (key == best)
            return out.tonalness * pairShare * (0.5 + 0.5 * pairCertainty);
        if (key == relative)
            return out.tonalness * pairShare * (0.5 - 0.5 * pairCertainty);
        return out.tonalness * share(key);
    };
    const std::array<std::pair<int, const char*>, 5> related{{{best, "best"},
                                                              {relative, "relative"},
                                                              {parallelKey(best), "parallel"},
                                                              {fifthUpKey(best), "fifth_up"},
                                                              {fifthDownKey(best), "fifth_down"}}};
    for (std::size_t i = 0; i < related.size(); ++i)
        out.candidates[i] = {related[i].first, candidateConfidence(related[i].first), related[i].second};
    return out;
}

}  // namespace stemwise::core
