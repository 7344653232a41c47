#pragma once
// Stereo image of the first two channels: correlation, width, balance, mono compatibility,
// and the correlation of the low end in three bands (where phase trouble costs the most
// when a mix is summed to mono: kick, bass, sub).
//
// Definitions (M = (L+R)/2, S = (L−R)/2, sums over the whole file; computed by
// dsp/stereofigures.h, as the live meter and the session's measured sum compute them):
// - correlation = Σ L·R / sqrt(Σ L² · Σ R²) — the correlation meter's long-term reading
//   (no mean removal, as a meter does); +1 identical, 0 uncorrelated, −1 inverted.
// - width = Σ S² / Σ M²: 0 mono, 1 for uncorrelated channels of equal level; capped at
//   kMaxWidth where M vanishes (inverted channels).
// - balanceDb = 10·log10(Σ L² / Σ R²), + when left is louder, clamped to ±kMaxBalanceDb.
// - monoLossDb = level lost when summed to mono, 10·log10(mean(Σ L², Σ R²) / Σ M²):
//   0 for identical channels, 3.01 for uncorrelated ones, clamped at kMaxMonoLossDb.
// Mono files have none of these (isStereo = false, values empty).
//
// The verdict (judgeStereo) that the issues and the suggestions share: a channel is taken
// for polarity-inverted only on strong evidence: the whole track strongly negative
// (correlation <= kInvertedCorrelation) with a large mono loss (>= kInvertedMonoLossDb), or
// a low band that carries energy strongly negative (<= kInvertedCorrelation) while the track
// as a whole is not clearly correlated (<= kWideCorrelation). The low end of
// any natural recording, sample or reverb correlates: the wavelengths are longer than any mic
// spacing, so only a flipped channel (or a widener that flips one) makes it cancel. Wide,
// decorrelated material (a stereo pad, a spaced-pair piano, a reverb: correlation near 0,
// the low end still positive) is Wide: worth a look in mono, not a polarity flip.
//
// Low-band correlation: L and R are decimated to about 1.6 kHz through a windowed-sinc
// low-pass, then split by 2nd-order band-passes into 20–80, 80–160 and 160–300 Hz. A band
// with under 1 % of the track's energy reports no correlation.
// Memory: constant. Threading: see Analyzer.

#include "analysis/analyzer.h"
#include "analysis/trackprofile.h"
#include "dsp/biquad.h"
#include "dsp/stereofigures.h"

#include <array>
#include <vector>

namespace stemwise::core {

enum class StereoVerdict {
    NotStereo,   ///< mono file, or one silent channel
    Correlated,  ///< correlation above kWideCorrelation: folds to mono without trouble
    Wide,        ///< decorrelated (a stereo pad, a reverb): loses some level in mono, not inverted
    Inverted,    ///< one channel's polarity looks flipped (see the header)
};
inline constexpr double kInvertedCorrelation = -0.5;
inline constexpr double kInvertedMonoLossDb = 6.0;
inline constexpr double kWideCorrelation = 0.3;
[[nodiscard]] StereoVerdict judgeStereo(const StereoProfile& stereo);
/// The low band with the lowest correlation (empty when no band reports one).
[[nodiscard]] const BandCorrelation* worstLowBand(const StereoProfile& stereo);

class StereoAnalyzer final : public Analyzer {
public:
    static constexpr double kMaxWidth = kMaxStereoWidth;
    static constexpr double kMaxBalanceDb = core::kMaxBalanceDb;
    static constexpr double kMaxMonoLossDb = core::kMaxMonoLossDb;

    [[nodiscard]] AnalyzerInfo info() const override;
    void prepare(const AnalysisContext& context) override;
    void process(const AudioBlock& block) override;
    void finish(TrackProfile& profile) override;

private:
    struct Sums {
        double ll = 0.0, rr = 0.0, lr = 0.0;
        void add(double l, double r) { ll += l * l; rr += r * r; lr += l * r; }
    };
    struct LowBand {
        double lowHz = 0.0, highHz = 0.0;
        Biquad highPassL, highPassR, lowPassL, lowPassR;
        Sums sums;
    };

    bool m_stereo = false;
    Sums m_sums;
    std::vector<float> m_fir;                   // decimation low-pass, symmetric
    // The last taps − 1 samples of the previous blocks, then the current block: every
    // output's taps are contiguous without a per-sample ring update. Grows to the largest
    // block once.
    std::vector<float> m_bufferL, m_bufferR;
    std::array<LowBand, 3> m_bands;
    int m_decimation = 1;
    int m_phase = 0;
};

}  // namespace stemwise::core
