#pragma once
// The genre of a mix, estimated against the user's reference library tagged by genre (issue 19,
// point 4): "how far is this from the records I measure myself against", not a label from a
// model trained elsewhere. No built-in genre profiles: the user's own references are the only
// ones whose source is known.
//
// Features of a mix (what a genre's production shapes and a reference shows):
//  - its balance: each of the seven bands' level relative to the integrated loudness (dB);
//  - its dynamics: PLR (true peak minus integrated loudness, dB) and loudness range (LU);
//  - its tempo, in octaves (log2 BPM: 90 and 180 BPM are one octave apart, 120 and 126 about
//    a fourteenth of one).
// Each genre with references gets, per feature, the mean of its references and their spread
// (the sample standard deviation), never below the feature's floor (kBandFloorDb, kPlrFloorDb,
// kLraFloorLu, kTempoFloorOctaves: how far two records of one genre differ at least); a genre
// with a single reference gets twice the floors, since its spread is unknown. A mix's distance
// to a genre is the sum over the features both have of ((value − mean) / spread)², D; with
// equal priors the genre's probability is exp(−D/2) normalised over the genres (a Gaussian
// of independent features): the best one's probability is the confidence, the next one the
// runner-up.
// Uncertain, and said so, when the confidence is under kMinConfidence, when the best genre has
// fewer than kMinReferences references, or when the mix lies far from every genre (its mean
// squared z over the features above kMaxMeanSquaredZ: three spreads away on average).
//
// Threading: pure functions.

#include "analysis/trackprofile.h"

#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

/// One tagged reference: its genre (lower case) and its analysed profile.
struct GenreExample {
    std::string genre;
    const TrackProfile* profile = nullptr;
};

struct GenreScore {
    std::string genre;
    int references = 0;
    double distance = 0.0;     ///< D, the sum of squared z over `features`
    int features = 0;          ///< the features the mix and the genre both have
    double probability = 0.0;  ///< exp(−D/2), normalised over the genres
};

struct GenreEstimate {
    std::string genre;     ///< the nearest genre
    double confidence = 0.0;
    std::string runnerUp;  ///< empty with one genre
    bool uncertain = true;
    /// Why it is uncertain: "few_references", "close_runner_up", "far_from_all"; empty when not.
    std::vector<std::string> reasons;
    std::vector<GenreScore> scores;  ///< every genre, nearest first
};

inline constexpr double kGenreBandFloorDb = 1.5;
inline constexpr double kGenrePlrFloorDb = 1.0;
inline constexpr double kGenreLraFloorLu = 1.5;
inline constexpr double kGenreTempoFloorOctaves = 0.1;
inline constexpr double kGenreMinConfidence = 0.6;
inline constexpr int kGenreMinReferences = 2;
inline constexpr double kGenreMaxMeanSquaredZ = 9.0;

/// Empty when no example has a genre and features, or the mix has no features (silence, no
/// loudness). `tempoBpm` stands in for the mix's own tempo estimate when given (the session's).
[[nodiscard]] std::optional<GenreEstimate> estimateGenre(const TrackProfile& mix, const std::vector<GenreExample>& examples,
                                                         std::optional<double> tempoBpm = std::nullopt);

}  // namespace stemwise::core
