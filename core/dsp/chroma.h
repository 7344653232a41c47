#pragma once
// PitchClassAccumulator: a tuning-robust pitch-class profile (chroma) of a whole track,
// accumulated from the spectral peaks of long STFT frames.
//
// Why peaks rather than summing every bin into its pitch class (the "chromagram" of
// T. Fujishima, "Realtime chord recognition of musical sound", ICMC 1999): noise and the
// skirts of loud partials would spread over every class. Following the harmonic pitch class
// profile of E. Gómez ("Tonal description of music audio signals", PhD thesis, UPF 2006,
// ch. 3), only local maxima of the magnitude spectrum within 40 dB of the frame's strongest
// count, each at its parabolically interpolated frequency, weighted by its magnitude.
//
// Why 10-cent bins: the track's tuning is not known until its end (a choir at A = 435 Hz,
// a detuned synth, a tape played slow). Peaks are kept at 10-cent resolution within the
// octave; at the end the tuning is the circular mean of their positions within a semitone,
// and the profile is folded to 12 classes around it (Gómez 2006, sec. 3.2, estimates the
// reference frequency the same way, from the deviation histogram of the peaks).
//
// Why from 100 Hz: the pitched tails of kick drums and toms (45–100 Hz sines) would
// otherwise give a drum loop a "key"; bass notes still count through their harmonics.
//
// Every frame that counts contributes the same total weight, so a quiet verse weighs as much
// as a loud chorus and a few loud frames cannot dominate the profile.
//
// Memory: prepare() allocates; addFrame() allocates nothing.
// Threading: one instance per thread.

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace stemwise::core {

struct TuningEstimate {
    double cents = 0.0;      ///< offset of the pitch grid from A = 440 Hz equal temperament, −50..50
    double coherence = 0.0;  ///< 0..1: how tightly the peaks sit on one grid (≈0 for noise)
};

class PitchClassAccumulator {
public:
    static constexpr int kBinsPerSemitone = 10;
    static constexpr int kFineBins = 12 * kBinsPerSemitone;
    using Chroma = std::array<double, 12>;  ///< index 0 = C … 11 = B

    /// `binHz`, `bins`: geometry of the magnitude spectra passed to addFrame(). Peaks are
    /// taken between `minHz` and `maxHz`; frames whose strongest peak is below
    /// `silenceDbfs` (amplitude re full scale) are skipped.
    void prepare(double binHz, std::size_t bins, double minHz = 100.0, double maxHz = 5000.0,
                 double silenceDbfs = -70.0);

    /// Adds one magnitude spectrum (scaled so a sine of amplitude A reads A at its peak).
    /// Returns whether the frame counted. Allocates nothing.
    bool addFrame(std::span<const float> magnitude);

    struct Peak {
        float hz;
        float amplitude;
        float position;  ///< fine bin, 0 ≤ position < kFineBins
    };
    /// The peaks of the last frame that counted (valid until the next addFrame()).
    [[nodiscard]] std::span<const Peak> lastPeaks() const noexcept { return m_peaks; }

    [[nodiscard]] int framesCounted() const noexcept { return m_frames; }
    [[nodiscard]] const std::array<double, kFineBins>& fine() const noexcept { return m_fine; }
    [[nodiscard]] TuningEstimate tuning() const;
    /// The profile folded to 12 classes around `tuningCents`, summing to 1 (all 0 when no
    /// frame counted).
    [[nodiscard]] Chroma chroma(double tuningCents) const;

private:
    double m_binHz = 0.0;
    std::size_t m_firstBin = 0;
    std::size_t m_lastBin = 0;
    float m_silenceAmplitude = 0.0f;
    std::vector<Peak> m_peaks;  // scratch for one frame; capacity set in prepare()
    std::array<double, kFineBins> m_fine{};
    int m_frames = 0;
};

}  // namespace stemwise::core
