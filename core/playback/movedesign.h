#pragma once
// MoveDesign: a Move (move.h) designed for one sample rate — filter coefficients, detector
// and smoothing constants — as a trivially copyable value that travels to the audio
// callback in a message, and the response each design promises (what the tests measure the
// engine against).
//
// The designs:
// - high-/low-pass: Butterworth of the move's slope (filterdesign.h);
// - bell, shelves: the Audio EQ Cookbook's peaking and shelving sections (dsp/biquad.h);
// - gain: a constant;
// - compressor: feed-forward, stereo-linked. Detector: the RMS level, a one-pole mean of the
//   channels' squares with a kDetectorMs time constant, in dB re full scale (a sine of peak
//   A reads 20·log10(A/√2)). Gain computer: the static curve with a quadratic soft knee of
//   D. Giannoulis, M. Massberg, J. D. Reiss, "Digital Dynamic Range Compressor Design — A
//   Tutorial and Analysis", JAES 60(6), 2012, eq. (4). The gain reduction is smoothed in
//   the log domain by a branching one-pole (attack while it grows, release while it falls;
//   attack_ms and release_ms are the 1/e time constants), then make-up is added;
// - de-esser: split-band. The sibilant band is the cookbook band-pass (0 dB at its centre,
//   Q kDeEsserQ) at frequency_hz; its RMS level (one-pole, kDeEsserDetectorMs) above the
//   threshold — absolute when threshold_db is given, else kDeEsserRelativeDb under the
//   broadband RMS level — is taken out of the band, up to range_db (attack 1 ms, release
//   60 ms): y = x + (g − 1)·band(x), so at g = 1 the signal passes untouched and at the
//   band's centre the level drops by exactly the reduction;
// - saturation: y = (1 − mix)·x + mix·tanh(d·x)/d with d the drive (unity gain for small
//   signals: the move adds harmonics, not level);
// - mono below: the side signal S = (L − R)/2 is split at the frequency by a 4th-order
//   Linkwitz-Riley crossover (two Butterworth sections in series on each side, whose two
//   halves add up to an all-pass) and its low half kept at `width`: S' = HP(S) + width·LP(S);
//   the mid stays;
// - invert one channel: the right channel's polarity flips.
//
// Threading: plain values.

#include "playback/filterdesign.h"
#include "playback/move.h"

namespace stemwise::core {

struct CompressorDesign {
    static constexpr double kDetectorMs = 10.0;
    double thresholdDb = 0.0;
    double ratio = 1.0;
    double kneeDb = 0.0;
    double makeupDb = 0.0;
    double attackCoeff = 0.0;    ///< exp(−1 / (attack × rate))
    double releaseCoeff = 0.0;
    double detectorCoeff = 0.0;  ///< exp(−1 / (kDetectorMs × rate))

    /// The gain computer: gain in dB (≤ 0, make-up not included) at detector level `levelDb`.
    [[nodiscard]] double staticGainDb(double levelDb) const noexcept;
};

struct DeEsserDesign {
    static constexpr double kDeEsserQ = 1.0;
    static constexpr double kDeEsserDetectorMs = 2.0;
    static constexpr double kAttackMs = 1.0;
    static constexpr double kReleaseMs = 60.0;
    static constexpr double kRelativeDb = -6.0;
    BiquadCoefficients band;
    bool relative = true;
    double thresholdDb = 0.0;  ///< absolute mode
    double rangeDb = 0.0;
    double attackCoeff = 0.0;
    double releaseCoeff = 0.0;
    double detectorCoeff = 0.0;

    /// The reduction in dB (0 … range) the detector levels (dB) call for once settled.
    [[nodiscard]] double staticReductionDb(double bandLevelDb, double broadbandLevelDb) const noexcept;
};

struct MoveDesign {
    MoveKind kind = MoveKind::Gain;
    double sampleRateHz = 48000.0;
    FilterChainDesign filter;  ///< pass/bell/shelf sections; mono below: the side's low-pass
    FilterChainDesign filterHigh;  ///< mono below: the side's high-pass
    double gain = 1.0;         ///< gain change (linear)
    CompressorDesign compressor;
    DeEsserDesign deEsser;
    double drive = 1.0;        ///< saturation (linear)
    double mix = 1.0;          ///< saturation: wet share 0…1
    double width = 0.0;        ///< mono below: side kept below the frequency, 0…1

    /// True for the moves whose effect is a fixed frequency response (filters, gain).
    [[nodiscard]] bool isLinear() const noexcept;
    /// The designed |H| in dB at `frequencyHz`: of a linear move; of the de-esser holding
    /// `reductionDb`; of mono below on the side signal (the mid passes at 0 dB).
    [[nodiscard]] double magnitudeDb(double frequencyHz, double reductionDb = 0.0) const;
};

/// Designs `move` at `sampleRateHz`. Errors: a frequency at or above Nyquist, a slope that
/// cannot be built.
[[nodiscard]] Result<MoveDesign> designMove(const Move& move, double sampleRateHz);

}  // namespace stemwise::core
