#pragma once
// The genre of a mix, estimated against the user's reference library tagged by genre (issue 19,
// point 4): "how far is this from the records I measure myself against", not a label from a
// model trained elsewhere; and, where the library has fewer than kGenreMinReferences
// references of a genre, against a broad built-in profile of that genre (builtInGenreProfiles(),
// compare/genreprofiles.cpp: PLR, loudness range and tempo only, estimates whose sources and
// derivation are written there and in docs/guide.md), so an estimate exists with an empty
// library.
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
#include <span>
#include <string>
#include <string_view>
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
    bool builtIn = false;      ///< compared with the built-in profile, not with references
};

/// A broad built-in style profile: the centre and spread of the features it has (no band
/// balance). Every figure is an estimate; genreprofiles.cpp says how each was obtained.
struct GenreProfile {
    std::string_view genre;
    double plrDb = 0.0;
    double plrSpreadDb = 0.0;
    double lraLu = 0.0;
    double lraSpreadLu = 0.0;
    double tempoBpm = 0.0;
    double tempoSpreadOctaves = 0.0;
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

/// The same with `builtIn` profiles: a genre with at least kGenreMinReferences tagged references
/// is compared with them; any other genre of `builtIn` with its profile (its score says
/// builtIn; a nearest built-in profile is never "few_references"); a genre of one reference and
/// no profile with that reference. Empty only when the mix has no features.
[[nodiscard]] std::optional<GenreEstimate> estimateGenre(const TrackProfile& mix, const std::vector<GenreExample>& examples,
                                                         std::span<const GenreProfile> builtIn,
                                                         std::optional<double> tempoBpm = std::nullopt);

/// The broad built-in profiles, one per genre the suggestion rules know (suggest/knowledgebase.h
/// knownGenres(); a test holds the two lists equal).
[[nodiscard]] std::span<const GenreProfile> builtInGenreProfiles();

}  // namespace stemwise::core
