#pragma once
// The knowledge base of the suggestion rules: per track type, the expected band balance,
// level and dynamics ranges, and the settings engineers start the usual moves from (high-pass
// corner range, compressor ratio/attack/release, de-esser range), plus genre adjustments.
//
// Every figure's source is given where it is defined (knowledgebase.cpp) and summarised in
// docs/suggestions.md. In short: band limits that the issue detector also uses come from
// analysis/typenorms.h (Stemwise defaults, calibrated on the demo session and typical
// multitracks); frequency regions and compressor starting points are the common rules of
// thumb of the mixing literature (B. Owsinski, "The Mixing Engineer's Handbook"; R. Izhaki,
// "Mixing Audio"; M. Senior, "Mixing Secrets for the Small Studio"); level and headroom
// figures come from ITU-R BS.1770-4 / EBU R 128 and the "-18 dBFS = 0 VU" gain-staging
// convention. They are starting points: the learning system personalises how much the
// rules built on them are trusted (learn/learnedmodel.h).
//
// Threading: immutable data.

#include "analysis/trackprofile.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace stemwise::core {

struct ShareRange {
    double min = 0.0;  ///< below: too little (0 = not checked)
    double max = 1.0;  ///< above: too much
};

struct TypeKnowledge {
    std::string_view type;
    /// The share of the energy per band the rules check (kBands order): only where a figure
    /// exists (max 1 and min 0: not checked).
    std::array<ShareRange, kBandCount> bands;
    /// The share of the energy per band expected of the type, in every band from 20 Hz to
    /// 20 kHz (0 <= min < max <= 1; min 0: from nothing): what the spectrum, band balance and
    /// heat map views shade and outline. Where `bands` checks a limit it is that limit (what is
    /// shaded and what is flagged agree); elsewhere it is measured (knowledgebase.cpp,
    /// kMeasuredShares: the spread of the advice benchmark's rendered stems, widened).
    std::array<ShareRange, kBandCount> expected;
    /// High-pass: whether the type has no useful content at the bottom, the corner's range,
    /// and the lowest useful content when it cannot be measured (no pitch).
    bool highPass = false;
    double highPassMinHz = 0.0;
    double highPassMaxHz = 0.0;
    double lowestContentHz = 0.0;
    /// Integrated loudness of a well-staged stem (about -18 dBFS RMS, peaks below -6 dBFS).
    double stemLufsLow = -30.0;
    double stemLufsHigh = -12.0;
    /// Crest factor (peak - RMS) range: below, over-compressed; above, uncontrolled peaks.
    double crestLowDb = 6.0;
    double crestHighDb = 20.0;
    /// Loudness range above which the part needs levelling (compression or riding).
    double lraMaxLu = 12.0;
    /// Compressor starting points.
    double ratio = 3.0;
    double attackMs = 10.0;
    double releaseBeats = 0.5;  ///< release as a fraction of a beat at the session tempo
    double kneeDb = 6.0;
    /// A voice: de-essing applies; the sibilant-frame fraction it starts at.
    bool voice = false;
    double sibilanceFraction = 0.04;
    /// Who keeps a band when two tracks mask each other there (higher keeps it).
    std::array<int, kBandCount> bandOwnership{};
    /// The expected loudness relative to the session's loudest stem (LU), for the balance rule.
    double relativeLevelLu = -6.0;
    /// Limits taken from the user's references (withReferenceStyle()) instead of the table:
    /// a band's maximum share, the loudness range's maximum.
    std::array<bool, kBandCount> bandMaxFromReferences{};
    bool lraMaxFromReferences = false;
};

/// The distribution of one feature over the user's references (compare/referencestyle.h's
/// StyleRange, copied as plain values: suggest does not use compare).
struct StyleTarget {
    int references = 0;  ///< how many references have the feature (with weight > 0)
    double p10 = 0.0;
    double median = 0.0;
    double p90 = 0.0;
};

/// The user's references' style as the rules use it, by feature key ("band_low_mids_share",
/// "lra_lu", …; compare/referencestyle.h names them). The caller gives only features of at
/// least three references (kStyleMinReferences): with fewer, the 90th percentile is barely
/// more than the highest reference.
struct StyleTargets {
    std::string genre;  ///< the references' genre; empty: the whole library
    std::map<std::string, StyleTarget> features;
};

/// `k` (a mix's: a reference is a whole record, so only a track of type "mix" is held to them)
/// with the limits the rules check replaced by the references' 90th percentiles where `style`
/// has the feature: each band's maximum share that the table checks (max < 1; the references'
/// band_<band>_share) and the loudness range's maximum (lra_lu). The references' style both
/// loosens a limit their records exceed and tightens one they stay well within.
[[nodiscard]] TypeKnowledge withReferenceStyle(TypeKnowledge k, const StyleTargets& style);
/// The key of a band's share in StyleTargets: "band_low_mids_share".
[[nodiscard]] std::string styleShareFeature(std::size_t band);

/// The entry for `type` ("other" for unknown types), with genre adjustments applied.
[[nodiscard]] TypeKnowledge typeKnowledge(std::string_view type, const std::optional<std::string>& genre = {});

/// The genres the knowledge base adjusts for (lower case); others get the neutral table.
[[nodiscard]] std::array<std::string_view, 8> knownGenres();

}  // namespace stemwise::core
