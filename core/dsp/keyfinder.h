#pragma once
// Key finding from a 12-class chroma by correlation with key profiles, over the 24 major
// and minor keys: the Krumhansl–Schmuckler algorithm (C. L. Krumhansl, "Cognitive
// Foundations of Musical Pitch", Oxford University Press 1990, ch. 4), with the probe-tone
// profiles of C. L. Krumhansl and E. J. Kessler, "Tracing the dynamic changes in perceived
// tonal organization in a spatial representation of musical keys", Psychological Review
// 89(4), 1982, averaged with those of D. Temperley, "What's key for key? The
// Krumhansl-Schmuckler key-finding algorithm reconsidered", Music Perception 17(1), 1999.
// Why both: Krumhansl–Kessler's minor profile weights the tonic triad strongly (good at
// telling A minor from C major), Temperley's raises the leading tone and the fourth
// (good at telling C major from G and F major); the mean keeps both strengths in our tests.
//
// Threading: pure functions.

#include <array>
#include <string>

namespace stemwise::core {

inline constexpr int kKeyCount = 24;

/// Key index: tonic pitch class (0 = C … 11 = B) for major keys, 12 + tonic for minor keys.
[[nodiscard]] constexpr int keyIndex(int tonic, bool minor) { return ((tonic % 12 + 12) % 12) + (minor ? 12 : 0); }
[[nodiscard]] constexpr int keyTonic(int key) { return key % 12; }
[[nodiscard]] constexpr bool keyIsMinor(int key) { return key >= 12; }
[[nodiscard]] constexpr int relativeKey(int key)
{
    return keyIsMinor(key) ? keyIndex(keyTonic(key) + 3, false) : keyIndex(keyTonic(key) + 9, true);
}
[[nodiscard]] constexpr int parallelKey(int key) { return keyIndex(keyTonic(key), !keyIsMinor(key)); }
[[nodiscard]] constexpr int fifthUpKey(int key) { return keyIndex(keyTonic(key) + 7, keyIsMinor(key)); }
[[nodiscard]] constexpr int fifthDownKey(int key) { return keyIndex(keyTonic(key) + 5, keyIsMinor(key)); }

/// "C major", "F# minor", "Eb major": spelled as the key signature usually is.
[[nodiscard]] std::string keyName(int key);

/// Pearson correlation of `chroma` (index 0 = C) with each key's profile, by key index.
/// All zero for a flat or empty chroma (nothing to correlate).
[[nodiscard]] std::array<double, kKeyCount> keyCorrelations(const std::array<double, 12>& chroma);

/// The key a chroma states, decided as the tonal analysis decides a track's
/// (analysis/tonalanalyzer.h): the best correlation, the relative pair decided by the tonic
/// triad that carries more of the chroma, a confidence from tonalness × margin × the pair's
/// clarity. One decision for a whole track and for one section of a song.
struct KeyEstimate {
    /// A key is reported at or above this confidence: on a fully tonal chroma with a clear
    /// relative-key decision, a correlation margin of ~0.035 over the runner-up.
    static constexpr double kMinConfidence = 0.4;

    int best = 0;             ///< key index
    int relative = 0;         ///< its relative key
    double confidence = 0.0;  ///< 0..1
    double tonalness = 0.0;   ///< 0..1: key-profile fit × chroma depth
    struct Candidate {
        int key = 0;
        double confidence = 0.0;  ///< 0..1
        const char* relation = "";  ///< "best", "relative", "parallel", "fifth_up", "fifth_down"
    };
    std::array<Candidate, 5> candidates{};  ///< best, relative, parallel, fifths

    [[nodiscard]] bool reported() const noexcept { return confidence >= kMinConfidence; }
};

/// The key of `chroma` (index 0 = C, any scale; a flat or empty chroma has tonalness 0).
[[nodiscard]] KeyEstimate estimateKey(const std::array<double, 12>& chroma);

}  // namespace stemwise::core
