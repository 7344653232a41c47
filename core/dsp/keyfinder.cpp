#include "dsp/keyfinder.h"

#include <cmath>

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

}  // namespace stemwise::core
