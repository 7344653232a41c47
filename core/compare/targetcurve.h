#pragma once
// TargetCurve: the mean and spread of several reference tracks (commercial mixes of a
// genre), to compare a mix with "where records like this sit" rather than with one record.
// Each reference's spectrum and band levels are first moved to equal integrated loudness
// (their shapes are averaged, not their mastering levels), then averaged in dB; the spread
// is the population standard deviation across references, point by point and band by band.
// The mean is then placed at the references' mean integrated loudness. Scalar figures
// (loudness, true peak, LRA, crest, width, …) are plain means of the references that have
// them.
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
};

/// Errors: no references; a reference without integrated loudness or spectrum (silence).
/// Why `profile` cannot serve as a reference, in words ("it is digital silence: …"), or
/// nothing when it can: it needs an integrated loudness, a long-term spectrum and samples that
/// are all numbers.
[[nodiscard]] std::optional<std::string> whyNotAReference(const TrackProfile& profile);

[[nodiscard]] Result<TargetCurve> makeTargetCurve(const std::vector<TrackProfile>& references,
                                                  const std::string& name = {});

/// `track` − the target's mean, with the spread beside every band and spectrum point.
[[nodiscard]] TrackComparison compareWithTarget(const TrackProfile& track, const TargetCurve& target,
                                                const ComparisonOptions& options = {});

}  // namespace stemwise::core
