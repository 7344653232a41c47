#pragma once
// TargetCurve: the mean and spread of several reference tracks (commercial mixes of a
// genre), to compare a mix with "where records like this sit" rather than with one record.
// Each reference's spectrum and band levels are first moved to equal integrated loudness
// (their shapes are averaged, not their mastering levels), then averaged in dB; the spread
// is the population standard deviation across references, point by point and band by band.
// The mean is then placed at the references' mean integrated loudness. Scalar figures
// (loudness, true peak, LRA, crest, width, …) are plain means of the references that have
// them.
// Beside the mean, the references' distributions (compare/referencestyle.h): median and 10–90 %
// range of the balance, PLR, LRA and width, and per section type of each reference's own
// sections (found from the mix, named where its loudness and repetition say so), so a track is
// also judged "above 90 % of your references".
//
// Threading: pure functions of their arguments.

#include "compare/trackcomparison.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

struct TargetCurve {
    TrackProfile mean;       ///< name: "Target (N references)" unless named
    ReferenceSpread spread;  ///< with the references' names
    ReferenceStyle style;    ///< the references' distributions (weights: makeTargetCurve's)
};

/// Errors: no references; a reference without integrated loudness or spectrum (silence).
/// Why `profile` cannot serve as a reference, in words ("it is digital silence: …"), or
/// nothing when it can: it needs an integrated loudness, a long-term spectrum and samples that
/// are all numbers.
[[nodiscard]] std::optional<std::string> whyNotAReference(const TrackProfile& profile);

/// How much a reference the user rated counts in the style (the ratings of
/// store/referencerepository.h: 1 "the sound I want", 0 not rated, -1 "not my style"): twice,
/// once, not at all. A rating moves the blend by moving the weighted percentiles
/// (compare/referencestyle.h); "not my style" leaves the reference out of the target as well.
inline constexpr double kSoundIWantWeight = 2.0;
[[nodiscard]] constexpr double styleWeightOfRating(int rating)
{
    return rating > 0 ? kSoundIWantWeight : (rating < 0 ? 0.0 : 1.0);
}

/// `weights`: each reference's in the style's distributions (empty: 1 each). A reference of
/// weight 0 is left out of the target altogether (mean, spread and style); the mean and spread
/// of the others are unweighted. Error too when every reference has weight 0.
[[nodiscard]] Result<TargetCurve> makeTargetCurve(const std::vector<TrackProfile>& references,
                                                  const std::string& name = {},
                                                  const std::vector<double>& weights = {});

/// `track` − the target's mean, with the spread beside every band and spectrum point, and the
/// track against the references' style (TrackComparison::style, and a finding for each feature
/// outside their 10–90 % range). `trackSections`: the track's sections (a session's, found
/// from its stems); null: found from the track itself as a mix, when the style has section
/// types.
[[nodiscard]] TrackComparison compareWithTarget(const TrackProfile& track, const TargetCurve& target,
                                                const ComparisonOptions& options = {},
                                                const SessionSections* trackSections = nullptr);

}  // namespace stemwise::core
