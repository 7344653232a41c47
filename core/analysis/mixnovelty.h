#pragma once
// Where a mix alone changes, with no stems to go by: the novelty of its harmony, timbre and
// level, from what the analysis of the file keeps (nothing re-reads the audio). The sections
// (analysis/sessionsections.h) pick its peaks, snap them to bars and group the sections.
//
// Features, a point per interval (1 s up to 68 minutes; analysis/boundedseries.h):
// - level: the power sum of the seven bands (SpectrumProfile::bandActivity), dB, held at no
//   less than kLevelRangeDb below the mix's loud level (its 90th percentile), so a silence is
//   "30 dB down", not −150 dB;
// - timbre: the band shape, each band's level against the interval's level (dB, held at no
//   less than kShapeRangeDb below it), where the interval sounds (within kLevelRangeDb of the
//   loud level and above −70 dBFS);
// - harmony: the chroma (TonalProfile::chromaSeries) as a distribution (the classes sum to 1),
//   where the interval sounds and at least kMinChromaShare of its frames had peaks.
//
// Novelty (J. Foote, "Automatic audio segmentation using a measure of audio novelty", ICME
// 2000). On a matrix of squared Euclidean distances, Foote's checkerboard kernel (the mean
// distance across an edge less the mean distance within each side) is exactly the squared
// distance between the two sides' means, so for timbre and level it is computed as that: the
// mean over the cycle before the edge against the mean over the cycle after. Harmony cannot be
// read so: a verse and a chorus often use the same chords in another order (I–V–vi–IV against
// vi–IV–I–V), their means are alike, and the chords changing within a section move the means
// as much as the sections do. So harmony is compared in sequence, as the structure features of
// J. Serrà, M. Müller, P. Grosche and J. Ll. Arcos ("Unsupervised music structure annotation by
// time series structure features and segment similarity", IEEE Trans. Multimedia 16(5), 2014)
// compare a point with the one a lag earlier: at an edge, the cycle after it against the cycle
// before it, point by point (the kernel's cross block along its diagonal at that lag). Within a
// section that repeats its progression every cycle the two are alike whatever the chords; across
// a boundary they differ; the mean distance rises to a peak at the boundary and falls over a
// cycle on either side. The lower of the distances at one cycle and at two (a progression of
// eight bars), less the song's floor (the 20th percentile over its edges: melody and voicing
// that never repeat exactly).
//
// The cycle: 4 bars when the tempo is known; else the lag from kMinCycleS to kMaxCycleS at which
// the chroma repeats best (the lowest mean distance of each point to the one that lag earlier);
// kDefaultCycleS without chroma.
//
// Units. Each change is divided by its unit and the three combined as a Euclidean norm (so a
// change of one unit in one feature is a novelty of 1): kLevelUnitDb of level, kTimbreUnitDb of
// band shape (Euclidean over the bands), kHarmonyUnit of chroma distance (a C major triad
// against A minor, the classes held equally, is 0.47).
//
// Threading: a value; const member functions may be called from any thread.

#include "analysis/trackprofile.h"

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace stemwise::core {

struct StemActivity;

/// What of the mix changes across one interval edge, each in its own unit, and the novelty
/// that combines them.
struct MixChange {
    double harmony = 0.0;   ///< chroma distance of the cycle after from the cycle before, less the floor (0..√2)
    double timbreDb = 0.0;  ///< Euclidean distance of the mean band shapes, dB
    double levelDb = 0.0;   ///< mean level after minus before, dB
    double novelty = 0.0;   ///< √((harmony/kHarmonyUnit)² + (timbreDb/kTimbreUnitDb)² + (levelDb/kLevelUnitDb)²)
};

class MixNovelty {
public:
    static constexpr double kLevelRangeDb = 30.0;
    static constexpr double kShapeRangeDb = 60.0;
    static constexpr double kMinChromaShare = 0.25;
    static constexpr double kLevelUnitDb = 6.0;
    static constexpr double kTimbreUnitDb = 6.0;
    static constexpr double kHarmonyUnit = 0.2;
    static constexpr double kFloorPercentile = 0.2;
    static constexpr double kMinCycleS = 4.0;
    static constexpr double kMaxCycleS = 16.0;
    static constexpr double kDefaultCycleS = 8.0;

    /// The novelty of `mix` (its band levels, level per interval and chroma over time); `barS`
    /// a bar of the song's tempo, if known. A mix without band levels has no timbre, one
    /// without chroma no harmony; a silent one no novelty at all.
    MixNovelty(const StemActivity& mix, std::optional<double> barS);

    [[nodiscard]] std::size_t intervals() const { return m_level.size(); }
    [[nodiscard]] double intervalS() const { return m_intervalS; }
    [[nodiscard]] std::size_t cycle() const { return m_cycle; }  ///< in intervals
    /// At each interval edge 0…intervals() (edge t lies between intervals t − 1 and t; the
    /// ends have none).
    [[nodiscard]] const std::vector<MixChange>& edges() const { return m_edges; }
    /// How two stretches of the mix ([a0, a1) and [b0, b1), intervals) differ, in the same
    /// units: their mean level and band shape, and their chroma point by point from their starts
    /// (the best of a shift by up to one interval), less the floor. For grouping sections.
    [[nodiscard]] MixChange difference(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) const;

private:
    [[nodiscard]] double alignedChromaDistance(std::size_t a, std::size_t b, std::size_t count) const;
    [[nodiscard]] std::size_t foundCycle() const;

    double m_intervalS = 1.0;
    std::size_t m_cycle = 1;
    double m_harmonyFloor = 0.0;
    std::vector<double> m_level;
    std::vector<bool> m_sounding;
    bool m_hasShape = false;
    std::vector<std::array<double, kBandCount>> m_shape;
    std::vector<bool> m_tonal;
    std::vector<std::array<double, 12>> m_chroma;
    std::vector<MixChange> m_edges;
};

/// Combines a change's three parts in their units (see MixChange::novelty).
[[nodiscard]] double mixNoveltyOf(const MixChange& change);

}  // namespace stemwise::core
