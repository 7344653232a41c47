#pragma once
// The user's production style, learned from their references (issue 19, point 5): where the
// records they measure themselves against sit, as a distribution per feature, and where a track
// or a mix lies in it ("above 90 % of your references").
//
// Features of a whole track (keys, unit in the name):
//  - band_<band>_db: each of the seven bands' level (BandLevel::levelDb) minus the integrated
//    loudness, dB: the balance at equal loudness, as the target curve compares it;
//  - plr_db, lra_lu, width: the registry's figures (analysis/figures.h);
//  - band_<band>_share: each band's share of the 20 Hz–20 kHz energy (BandLevel::share, 0..1),
//    for the views that show shares (ui BandBalanceView) and the suggestions' band limits of a
//    mix; not judged by compareWithStyle() (the balance relative to the loudness says it).
// Features of a section of a type (its role: "chorus", "verse"…, analysis/sectionnames.h):
//  - band_<band>_db: the section's band level minus the section's own loudness, dB;
//  - lift_lu: the section's loudness minus the track's integrated loudness, LU (how far a
//    chorus rises above the song).
// A reference with several sections of one type counts once for it, with the mean of their
// values; sections without a role are no type.
//
// Distribution. Per feature, over the references that have it: the median and the 10th and 90th
// percentiles, linearly interpolated between ranks. Over the values sorted ascending, a value's
// rank is the weight up to its middle, C − w/2 (C the cumulative weight up to and including
// it), less the first value's half weight, over the total less the first and last values' half
// weights: 0 for the lowest, 1 for the highest. With equal weights that is the usual rank
// q·(n − 1) (util/stats.h, percentileOfSorted); a heavier value pulls the median towards it; a
// reference of weight 0 does not count. Weights are the user's ratings of the references
// (compare/targetcurve.h, styleWeightOfRating: "the sound I want" counts twice, "not my style"
// not at all), so several references blend into one target the ratings lean.
// A track's value is judged against a range of at least kStyleMinReferences references only:
// with fewer, the 10th and 90th percentiles are barely more than the extremes. It lies outside
// when it is at least one shown step (0.1 dB or LU, 0.01 of width) beyond the range.
//
// Threading: pure functions of their arguments.

#include "analysis/sessionsections.h"
#include "analysis/trackprofile.h"
#include "util/text.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

inline constexpr int kStyleMinReferences = 3;

/// The distribution of one feature over the references.
struct StyleRange {
    int count = 0;        ///< references that have the feature (weight > 0)
    double p10 = 0.0;
    double median = 0.0;
    double p90 = 0.0;
};

/// The distributions of one scope: a whole track, or the sections of one type.
struct StyleSet {
    std::map<std::string, StyleRange> ranges;  ///< by feature key
    int references = 0;                         ///< references that contribute to any of them
};

struct ReferenceStyle {
    std::vector<std::string> references;  ///< their names, with weight > 0
    StyleSet track;
    std::map<std::string, StyleSet> sectionTypes;  ///< by role: "chorus", "verse", …
    [[nodiscard]] bool empty() const { return track.references == 0 && sectionTypes.empty(); }
};

/// One reference: its profile, its sections (with roles) if the caller has them, its weight.
struct StyleExample {
    const TrackProfile* profile = nullptr;
    /// Null: found from the profile itself, as a mix alone (sectionsOfMix()).
    const SessionSections* sections = nullptr;
    double weight = 1.0;  ///< 0: not counted
};

/// The sections of one file on its own (a reference, a mix): its novelty, snapped to its own
/// tempo when it has one, named where its loudness and repetition say so.
[[nodiscard]] SessionSections sectionsOfMix(const TrackProfile& profile);

/// Weighted percentile (q in 0..1) of `values` with `weights` (see the header's top); values
/// of weight <= 0 are left out; 0 when none is left.
[[nodiscard]] double weightedPercentile(std::vector<double> values, std::vector<double> weights, double q);

/// The features of a whole track, by key (those it has).
[[nodiscard]] std::map<std::string, double> trackStyleFeatures(const TrackProfile& profile);
/// The features of a section of a track whose integrated loudness is `trackLufs`.
[[nodiscard]] std::map<std::string, double> sectionStyleFeatures(const Section& section, OptDouble trackLufs);

[[nodiscard]] ReferenceStyle learnReferenceStyle(const std::vector<StyleExample>& references);

/// Where a value lies in a range: below its 10th percentile, within, above its 90th.
enum class StylePosition { Below, Within, Above };

struct StyleDeviation {
    std::string key;          ///< feature key (above)
    std::string unit;         ///< "dB", "LU", "" (width)
    int decimals = 1;
    std::string sectionType;    ///< empty: the whole track; else the role ("chorus")
    std::vector<int> sections;  ///< the track's sections of the type (Section::index), in time order
    double value = 0.0;         ///< of a section type: the mean over its sections, as for a reference
    StyleRange range;
    StylePosition position = StylePosition::Within;
    double excessAbs = 0.0;   ///< how far beyond the nearer edge, in the unit; 0 within
    /// The sentence when outside; empty within, and for a section type's band that lies
    /// outside on the same side as the whole track's (which says it already).
    Text text;
    std::string message;      ///< its English
};

/// `track`'s features against `style`: one deviation per feature whose range has at least
/// kStyleMinReferences references, the whole track first, then each section type the track
/// and the references both have, in the order the track first plays them, with the mean of
/// its sections of the type (as a reference counts). `sections`: the track's sections (a
/// session's, with stems); null: none are compared. The track's name names it in the sentences.
[[nodiscard]] std::vector<StyleDeviation> compareWithStyle(const TrackProfile& track, const SessionSections* sections,
                                                           const ReferenceStyle& style);

/// A feature's words (English): "low mids (250–500 Hz)", "peak-to-loudness ratio", "loudness
/// relative to the song" (lift_lu).
[[nodiscard]] std::string styleFeatureLabel(const std::string& key);
/// "band_low_mids_share": the key of a band's share of the energy.
[[nodiscard]] std::string styleShareKey(std::size_t band);
/// The band of a band_<band>_db key (its index in kBands), or none.
[[nodiscard]] std::optional<std::size_t> styleFeatureBand(const std::string& key);

/// "above" / "below" / "within"
[[nodiscard]] const char* stylePositionKey(StylePosition position);

}  // namespace stemwise::core
