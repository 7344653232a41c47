#pragma once
// The session's stems summed at unity gain, measured: will they clip the mix bus, and does
// the sum survive mono? Profiles cannot answer either: the true peak of a sum depends on how
// the stems' waveforms line up in time, and the sum's correlation on how their channels
// combine. So this is a second, cheap pass over the files (decode and add; no FFT):
//  - every stem starts at time 0 (bounced stems of one session are aligned);
//  - a mono stem goes to both channels at unity (a centred pan with a 0 dB pan law: the
//    loudest case, which is what a headroom check wants); stereo stems keep L and R; with
//    more channels, the first two;
//  - every pair of stems is correlated (their mono fold-downs, at lag 0: bounced stems are
//    aligned), so two stems of one source in opposite polarity are found (OpposedStems);
//  - pairs that may carry one source picked up twice (sameSourceCandidates(): a bass DI and
//    its amp, a kick's inside and outside mics) are cross-correlated over ±kMaxAlignLagMs,
//    so a stem that arrives late against its twin is found (DelayedStems): their mono
//    fold-downs' spectra, block by block (8192 frames, zero-padded to twice that, so the
//    correlation within each block is linear), accumulated over the blocks where both
//    sound, then one inverse FFT per pair;
//  - the sum is metered with the BS.1770-4 Annex 2 true-peak meter (dsp/truepeak.h), and its
//    L/R correlation and mono fold-down loss are measured like StereoAnalyzer's.
// With the DAW session's faders (MixPlacement, from the session the stems came from): each
// stem is scaled by its level (fader, trim and VCAs) and panned by balance, the far side
// falling linearly to silence at a hard pan and the near side kept at unity (0 dB at the
// centre, as above: the loudest case); a muted track is left out of the sum, and while any
// track is soloed so is every track that is not (as the DAW's bus then plays); their files
// still count in the pair correlations, which are about the files.
// Without the pass, the summed true peak can only be bounded: |Σ xᵢ| ≤ Σ |xᵢ| at every
// instant, also between samples, so 20·log10(Σ 10^(tpᵢ/20)) bounds the sum's true peak from
// the tracks' own true peaks (summedTruePeakBoundDbtp); a bound at or below 0 dBTP proves
// no clipping without reading a file.
//
// Threading: measureSessionMix() blocks its caller and reads the files on it; `cancel` is
// polled between blocks.

#include "analysis/trackprofile.h"
#include "util/result.h"

#include <atomic>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

namespace stemwise::core {

/// Two stems whose signals cancel: the zero-lag correlation of their mono fold-downs, and how
/// much their sum loses against the power sum of the two (a snare top and a polarity-flipped
/// bottom mic, a DI and an amp in opposite polarity).
struct OpposedStems {
    int first = 0;   ///< indices into the files
    int second = 0;
    double correlation = 0.0;  ///< -1..0
    double sumLossDb = 0.0;    ///< 10·log10((E₁ + E₂) / E(x₁ + x₂)), + when the sum loses
    double firstEnergyDb = 0.0;   ///< mean power of each, dB re full scale
    double secondEnergyDb = 0.0;
};

/// Two stems of one source heard at different times: the lag within ±kMaxAlignLagMs at which
/// their mono fold-downs correlate most (in magnitude), the correlation there and at lag 0.
struct DelayedStems {
    int first = 0;  ///< indices into the files
    int second = 0;
    double lagMs = 0.0;              ///< > 0: `second` arrives that much after `first`
    double correlation = 0.0;        ///< at the lag, -1..1 (< 0: also in opposite polarity)
    double zeroLagCorrelation = 0.0;
    /// How much louder their sum is lined up (and flipped when opposed) than at lag 0 in the
    /// better polarity: 10·log10((E₁ + E₂ + 2·|c|·√(E₁E₂)) / (E₁ + E₂ + 2·|c₀|·√(E₁E₂))) with c
    /// and c₀ the correlations at the lag and at 0; what lining up gains over a flip alone.
    double alignedGainDb = 0.0;
};

struct SessionMixMeasure {
    OptDouble truePeakDbtp;  ///< of the unity-gain sum
    OptDouble peakDbfs;      ///< sample peak of the sum
    OptDouble correlation;   ///< L/R Pearson correlation of the sum
    OptDouble monoLossDb;    ///< level change of the mono fold-down vs the stereo mean level (+ = loses)
    double durationS = 0.0;
    int stems = 0;
    /// Summed at the DAW session's fader gains and pans (MixPlacement), not at unity.
    bool atFaders = false;
    /// Pairs of stems with a correlation at or below kOpposedCorrelation, most opposed first,
    std::vector<OpposedStems> opposed;
    static constexpr double kOpposedCorrelation = -0.2;
    /// …measured over at least this much time where both sound (blocks of 8192 frames above
    /// -80 dBFS): two takes of a tenth of a second correlate by chance.
    static constexpr double kMinOpposedOverlapS = 1.0;
    /// The candidate pairs (see measureSessionMix) whose correlation peaks at least
    /// kMinAlignLagMs off 0 at a magnitude of at least kMinAlignCorrelation, most correlated first.
    std::vector<DelayedStems> delayed;
    static constexpr double kMaxAlignLagMs = 10.0;  ///< 3.4 m of air, or a plug-in chain's latency
    static constexpr double kMinAlignLagMs = 0.05;
    static constexpr double kMinAlignCorrelation = 0.4;
    /// Pairs of stems (indices, the lower first) that are one source picked up twice — a snare's
    /// top and bottom mics, a bass's DI and amp, a kick's inside and outside mics: their mono
    /// fold-downs correlate at least kSameSourceCorrelation in magnitude at lag 0 (any pair,
    /// over kMinOpposedOverlapS where both sound) or at the lag found (the candidate pairs).
    /// Two parts, even in unison, correlate far less: their notes' phases and timbres differ.
    std::vector<std::pair<int, int>> sameSource;
    static constexpr double kSameSourceCorrelation = 0.5;
};

/// Where a stem sits on the mix bus: its DAW channel's level and pan.
struct MixPlacement {
    double gainDb = 0.0;  ///< fader + trim + VCAs; −infinity: silent
    double pan = 0.0;     ///< −1 left … +1 right
    bool mute = false;
    bool solo = false;  ///< while any track is soloed, only the soloed ones reach the bus (as the DAW plays them)
};

/// Sums the files and measures the sum: at unity, or with `placements` (one per file) at those
/// gains and pans. Stems of another sample rate are converted to the rate most stems have, as
/// the mixdown converts them (audio/mixdown.h, unitySumRateHz). `alignPairs` (indices into
/// the files) are searched for a lag (DelayedStems). Errors: a file that cannot be read,
/// placements not one per file, cancellation.
[[nodiscard]] Result<SessionMixMeasure> measureSessionMix(const std::vector<std::filesystem::path>& files,
                                                          const std::atomic<bool>* cancel = nullptr,
                                                          const std::vector<MixPlacement>& placements = {},
                                                          const std::vector<std::pair<int, int>>& alignPairs = {});

/// Pairs of tracks (indices) that may carry one source picked up twice, to search for a lag:
/// tracks of one type, or two drums, whose onsets coincide (at least kSameSourceOnsetShare of
/// the sparser track's onsets have one of the other's within kSameSourceOnsetS, with at least
/// 4 onsets each); the most alike in band balance first (a kit's hat coincides with every
/// drum, a kick's two mics sound alike), at most kMaxAlignPairs of them (each costs the pass
/// a spectrum multiply per block; a stem's spectrum is taken once for all its pairs).
[[nodiscard]] std::vector<std::pair<int, int>> sameSourceCandidates(const std::vector<TrackProfile>& tracks);
inline constexpr double kSameSourceOnsetShare = 0.7;
inline constexpr double kSameSourceOnsetS = 0.025;
inline constexpr std::size_t kMaxAlignPairs = 16;

/// The upper bound of the sum's true peak from the tracks' true peaks (see above); empty if
/// no track has one.
[[nodiscard]] std::optional<double> summedTruePeakBoundDbtp(const std::vector<TrackProfile>& tracks);

}  // namespace stemwise::core
