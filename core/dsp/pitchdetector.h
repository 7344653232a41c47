#pragma once
// YinPitchDetector: fundamental frequency, periodicity and harmonics-to-noise ratio of one
// frame of a monophonic signal.
//
// Estimator: YIN — A. de Cheveigné and H. Kawahara, "YIN, a fundamental frequency estimator
// for speech and music", J. Acoust. Soc. Am. 111(4), 2002. Steps 2–5 of the paper: the
// squared difference function d(τ) = Σ_{j<W} (x_j − x_{j+τ})², its cumulative-mean
// normalisation d′(τ) (which removes the τ = 0 dip and makes one threshold work at every
// level), the first dip of d′ below an absolute threshold (which prefers the period over
// its multiples, the classic octave-too-low error of plain autocorrelation), and parabolic
// interpolation for sub-sample precision. d(τ) = E₀ + E_τ − 2·r(τ) with the
// cross-correlation r(τ) taken from one FFT round trip, so a frame costs three real FFTs of
// the frame length instead of W·τ_max multiply-adds.
//
// Periodicity and HNR: P. Boersma, "Accurate short-term analysis of the fundamental
// frequency and the harmonics-to-noise ratio of a sampled sound", Proc. Institute of
// Phonetic Sciences 17, Univ. of Amsterdam, 1993: HNR = 10·log10(r / (1 − r)) with r the
// normalised autocorrelation at the period. Here r is the normalised square difference
// 1 − d(τ)/(E₀ + E_τ) (the NSDF of P. McLeod and G. Wyvill, "A smarter way to find pitch",
// ICMC 2005). Both halves of the comparison have the same length, so no window correction is
// needed, and for a periodic signal plus white noise of powers H and N it tends to
// H / (H + N): the harmonic share, which is what Boersma's r estimates.
//
// Memory: all buffers are made in the constructor; analyze() allocates nothing.
// Threading: one instance per thread (analyze() writes the instance's buffers). FFT plans
// come from the process-wide cache in fftplan.h.

#include "dsp/fftplan.h"

#include <complex>
#include <span>
#include <vector>

namespace stemwise::core {

struct PitchEstimate {
    /// Fundamental at the chosen period; 0 when the frame is silent or d′ has no local
    /// minimum inside the search range (e.g. a tone below minF0Hz).
    double f0Hz = 0.0;
    /// YIN's d′ at the period (interpolated): ~0 for a periodic frame, ~1 for noise.
    /// 1 when f0Hz is 0.
    double aperiodicity = 1.0;
    /// Boersma's r at the period, 0..1; 0 when f0Hz is 0.
    double periodicity = 0.0;
    /// Mean-square level of the frame (DC removed) in dB re full scale; a full-scale sine
    /// reads −3.01. −200 for digital silence.
    double rmsDbfs = -200.0;
};

class YinPitchDetector {
public:
    struct Settings {
        double minF0Hz = 50.0;
        double maxF0Hz = 2000.0;
        /// YIN's absolute threshold on d′: the first dip below it wins (the paper's 0.1
        /// misses breathy voices; 0.15 still never picks a multiple of a clean period).
        double threshold = 0.15;
        /// Frames quieter than this are not analysed (no FFT spent on silence).
        double silenceDbfs = -70.0;
    };

    /// `frameSize`: samples per analysed frame (even, ≥ 64). The lowest frequency actually
    /// searched is raised when the frame cannot hold the comparison window plus two
    /// periods' worth of lag (see minF0Hz()).
    YinPitchDetector(double sampleRateHz, int frameSize, Settings settings);
    explicit YinPitchDetector(double sampleRateHz, int frameSize)
        : YinPitchDetector(sampleRateHz, frameSize, Settings{})
    {
    }

    /// Analyses `frame` (exactly frameSize() samples, unwindowed). Allocates nothing.
    [[nodiscard]] PitchEstimate analyze(std::span<const float> frame);

    /// d(τ) of the last analysed (non-silent) frame, τ = 0 … maxLag() + 1, for tests.
    [[nodiscard]] std::span<const double> difference() const { return m_difference; }

    [[nodiscard]] int frameSize() const noexcept { return m_frameSize; }
    [[nodiscard]] int windowSize() const noexcept { return m_window; }  ///< W
    [[nodiscard]] int minLag() const noexcept { return m_minLag; }
    [[nodiscard]] int maxLag() const noexcept { return m_maxLag; }
    [[nodiscard]] double minF0Hz() const noexcept { return m_sampleRateHz / m_maxLag; }
    [[nodiscard]] double maxF0Hz() const noexcept { return m_sampleRateHz / m_minLag; }

private:
    void refine(std::size_t best, double& period, double& periodicity) const;

    double m_sampleRateHz;
    Settings m_settings;
    int m_frameSize;
    int m_minLag;
    int m_maxLag;
    int m_window;
    RealFft m_fft;
    FftBuffer m_time;       // frame, then its first W samples, then r(τ)·N
    FftBuffer m_spectrum;   // FFT of the whole frame, then the cross-spectrum
    FftBuffer m_windowSpectrum;
    std::vector<float> m_centred;   // the frame minus its mean
    std::vector<float> m_squares;   // m_centred squared
    std::vector<std::complex<float>> m_crossSpectrum;  // X·conj(Y), kept for refine()
    std::vector<double> m_energy;   // E₀ + E_τ
    std::vector<double> m_difference;
    std::vector<double> m_cumulative;  // Σ_{j≤τ} d(j)
};

}  // namespace stemwise::core
