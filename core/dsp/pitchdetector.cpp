#include "dsp/pitchdetector.h"

#include "dsp/float4.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stemwise::core {

namespace {

// The longest lag may take at most this share of the frame, so the comparison window
// W = frame − lag − 1 still spans ~0.8 of the longest period (at 48 kHz with 2048-sample
// frames the 50 Hz lag of 960 takes 47 %; only rates below ~40 kHz hit the limit).
constexpr double kMaxLagShare = 0.55;
// See the fallback in step 4.
constexpr double kNearlyDeepest = 0.05;
// Below this lag a parabola through three samples of d misses the true minimum: the
// higher partials of a short period turn by a large angle per sample. The lag and the
// periodicity are then refined on the band-limited r(τ) (Boersma 1993 interpolates r with
// sin(x)/x for the same reason); above it the parabola is within 0.01 % of the period.
constexpr std::size_t kRefineBelowLag = 96;

// Vertex of the parabola through (−1, a), (0, b), (1, c): offset and value.
struct Vertex {
    double offset;
    double value;
};
Vertex parabolicVertex(double a, double b, double c)
{
    const double curvature = a - 2.0 * b + c;
    if (curvature == 0.0)
        return {0.0, b};
    const double offset = std::clamp(0.5 * (a - c) / curvature, -1.0, 1.0);
    return {offset, b - 0.25 * (a - c) * offset};
}

}  // namespace

YinPitchDetector::YinPitchDetector(double sampleRateHz, int frameSize, Settings settings)
    : m_sampleRateHz(sampleRateHz)
    , m_settings(settings)
    , m_frameSize(frameSize)
    , m_minLag(std::max(2, static_cast<int>(std::floor(sampleRateHz / settings.maxF0Hz))))
    , m_maxLag(std::min(static_cast<int>(std::ceil(sampleRateHz / settings.minF0Hz)),
                        static_cast<int>(kMaxLagShare * (frameSize - 1))))
    , m_window(frameSize - m_maxLag - 1)
    , m_fft(frameSize)
    , m_time(sizeof(float) * static_cast<std::size_t>(frameSize))
    , m_spectrum(sizeof(std::complex<float>) * static_cast<std::size_t>(frameSize / 2 + 1))
    , m_windowSpectrum(sizeof(std::complex<float>) * static_cast<std::size_t>(frameSize / 2 + 1))
    , m_centred(static_cast<std::size_t>(frameSize))
    , m_squares(static_cast<std::size_t>(frameSize))
    , m_crossSpectrum(static_cast<std::size_t>(frameSize / 2 + 1))
    , m_energy(static_cast<std::size_t>(m_maxLag) + 2)
    , m_difference(static_cast<std::size_t>(m_maxLag) + 2)
    , m_cumulative(static_cast<std::size_t>(m_maxLag) + 2)
{
    m_minLag = std::min(m_minLag, m_maxLag - 2);
}

PitchEstimate YinPitchDetector::analyze(std::span<const float> frame)
{
    PitchEstimate estimate;
    const auto n = static_cast<std::size_t>(m_frameSize);
    if (frame.size() != n)
        return estimate;

    // DC cancels in d(τ) but not in E₀ + E_τ, where it would inflate the periodicity.
    // Distinct buffers: __restrict lets the compiler vectorise the loops below.
    const float* __restrict x = frame.data();
    float* __restrict centred = m_centred.data();
    float* __restrict squares = m_squares.data();
    const auto mean = static_cast<float>(sumOf(x, n) / static_cast<double>(n));
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {  // unrolled by hand: GCC's -O2 vectorises straight-line code only
        for (std::size_t j = i; j < i + 4; ++j) {
            const float v = x[j] - mean;
            centred[j] = v;
            squares[j] = v * v;
        }
    }
    for (; i < n; ++i) {
        const float v = x[i] - mean;
        centred[i] = v;
        squares[i] = v * v;
    }
    const double energy = sumOf(squares, n);
    const double meanSquare = energy / static_cast<double>(n);
    estimate.rmsDbfs = meanSquare > 1e-20 ? 10.0 * std::log10(meanSquare) : -200.0;
    if (estimate.rmsDbfs < m_settings.silenceDbfs)
        return estimate;

    // r(τ) = Σ_{j<W} x_j·x_{j+τ}: the cross-correlation of the first W samples with the
    // whole frame. Circular correlation of length n is exact for τ ≤ n − W, which covers
    // every lag searched, so no zero padding is needed.
    auto* time = static_cast<float*>(m_time.data());
    auto* spectrum = static_cast<std::complex<float>*>(m_spectrum.data());
    auto* windowSpectrum = static_cast<std::complex<float>*>(m_windowSpectrum.data());
    const auto w = static_cast<std::size_t>(m_window);
    std::copy(centred, centred + n, time);
    m_fft.forward(time, spectrum);
    std::fill(time + w, time + n, 0.0f);  // r2c out of place leaves its input intact
    m_fft.forward(time, windowSpectrum);
    const std::size_t bins = n / 2 + 1;
    // X·conj(Y) written out: std::complex's operator* guards against NaN/Inf and would
    // not vectorise.
    auto* xs = reinterpret_cast<float*>(spectrum);
    const auto* ys = reinterpret_cast<const float*>(windowSpectrum);
    for (std::size_t k = 0; k < bins; ++k) {
        const float xr = xs[2 * k], xi = xs[2 * k + 1], yr = ys[2 * k], yi = ys[2 * k + 1];
        xs[2 * k] = xr * yr + xi * yi;
        xs[2 * k + 1] = xi * yr - xr * yi;
    }
    std::copy(spectrum, spectrum + bins, m_crossSpectrum.begin());  // the inverse destroys its input
    m_fft.inverse(spectrum, time);

    // d(τ) (YIN step 2), E_τ sliding along, and the cumulative sums behind d′ (step 3):
    // d′(τ) = d(τ)·τ / Σ_{j≤τ} d(j), divided out only where it is needed.
    const double scale = 1.0 / static_cast<double>(n);
    const double e0 = sumOf(squares, w);
    const auto lags = static_cast<std::size_t>(m_maxLag) + 2;
    double running = 0.0;
    double eTau = e0;
    m_difference[0] = 0.0;
    m_cumulative[0] = 0.0;
    m_energy[0] = 2.0 * e0;
    for (std::size_t tau = 1; tau < lags; ++tau) {
        eTau += static_cast<double>(squares[tau + w - 1]) - squares[tau - 1];
        const double d = std::max(0.0, e0 + eTau - 2.0 * scale * time[tau]);
        m_energy[tau] = e0 + eTau;
        m_difference[tau] = d;
        running += d;
        m_cumulative[tau] = running;
    }
    auto normalized = [this](std::size_t tau) {
        return m_cumulative[tau] > 0.0 ? m_difference[tau] * static_cast<double>(tau) / m_cumulative[tau] : 1.0;
    };

    // Step 4: the first dip below the threshold, followed down to its minimum; failing
    // that, the global minimum (reported, with its high d′, as an unreliable estimate).
    const auto minLag = static_cast<std::size_t>(m_minLag);
    const auto maxLag = static_cast<std::size_t>(m_maxLag);
    const double threshold = m_settings.threshold;
    std::size_t best = 0;
    for (std::size_t tau = minLag; tau <= maxLag; ++tau) {
        if (m_difference[tau] * static_cast<double>(tau) < threshold * m_cumulative[tau]) {
            while (tau + 1 <= maxLag && normalized(tau + 1) < normalized(tau))
                ++tau;
            best = tau;
            break;
        }
    }
    if (best == 0) {
        // No dip below the threshold (a noisy or breathy frame): the first local minimum
        // nearly as deep as the global one. Noise makes the dips at T, 2T, 3T… equally deep,
        // and taking the deepest would pick a multiple of the period as often as not.
        double lowest = normalized(minLag);
        for (std::size_t tau = minLag + 1; tau <= maxLag; ++tau)
            lowest = std::min(lowest, normalized(tau));
        best = minLag;
        for (std::size_t tau = minLag; tau <= maxLag; ++tau) {
            const double v = normalized(tau);
            if (v <= lowest + kNearlyDeepest && normalized(tau - 1) > v && normalized(tau + 1) >= v) {
                best = tau;
                break;
            }
        }
    }
    // A minimum on the edge of the range is a period outside it (a 40 Hz tone keeps d′
    // falling up to the longest lag): no estimate rather than a wrong one.
    const double before = normalized(best - 1), at = normalized(best), after = normalized(best + 1);
    if (!(before > at && after >= at))
        return estimate;

    // Step 5: the lag from the parabola through d (the quadratic error itself; d′ carries
    // the slowly varying normalisation, which would bias the vertex), the values from the
    // parabolas through d′ and through the NSDF.
    const Vertex lag = parabolicVertex(m_difference[best - 1], m_difference[best], m_difference[best + 1]);
    const Vertex aperiodic = parabolicVertex(before, at, after);
    auto nsdf = [&](std::size_t tau) {
        return m_energy[tau] > 0.0 ? 1.0 - m_difference[tau] / m_energy[tau] : 0.0;
    };
    const Vertex periodic = parabolicVertex(nsdf(best - 1), nsdf(best), nsdf(best + 1));

    double period = static_cast<double>(best) + lag.offset;
    double periodicity = periodic.value;
    if (best < kRefineBelowLag)
        refine(best, period, periodicity);
    estimate.f0Hz = m_sampleRateHz / period;
    estimate.aperiodicity = std::clamp(aperiodic.value, 0.0, 1.0);
    estimate.periodicity = std::clamp(periodicity, 0.0, 1.0);
    return estimate;
}

void YinPitchDetector::refine(std::size_t best, double& period, double& periodicity) const
{
    // r(τ) = (1/n)·Σ_k P_k·e^{2πikτ/n} over the cross-spectrum P (Hermitian), with its first
    // two derivatives, at a fractional τ: the band-limited interpolation of r.
    const auto n = static_cast<std::size_t>(m_frameSize);
    const std::size_t half = n / 2;
    auto evaluate = [&](double tau, double& r, double& r1, double& r2) {
        const double step = 2.0 * std::numbers::pi * tau / static_cast<double>(n);
        const std::complex<double> rotate = std::polar(1.0, step);
        std::complex<double> z = rotate;
        double s0 = 0.0, s1 = 0.0, s2 = 0.0;
        for (std::size_t k = 1; k < half; ++k) {
            const std::complex<double> term = std::complex<double>(m_crossSpectrum[k]) * z;
            const double w = 2.0 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(n);
            s0 += term.real();
            s1 -= w * term.imag();
            s2 -= w * w * term.real();
            z *= rotate;
        }
        const double scale = 1.0 / static_cast<double>(n);
        const double nyquist = m_crossSpectrum[half].real() * std::cos(std::numbers::pi * tau);
        r = scale * (m_crossSpectrum[0].real() + 2.0 * s0 + nyquist);
        r1 = scale * 2.0 * s1;
        r2 = scale * 2.0 * s2;
    };
    double tau = period, r = 0.0, r1 = 0.0, r2 = 0.0;
    for (int iteration = 0; iteration < 2; ++iteration) {  // Newton on r′ = 0
        evaluate(tau, r, r1, r2);
        if (!(r2 < 0.0))
            return;  // not a maximum: keep the parabola's answer
        tau = std::clamp(tau - r1 / r2, static_cast<double>(best) - 1.0, static_cast<double>(best) + 1.0);
    }
    evaluate(tau, r, r1, r2);
    const auto lower = static_cast<std::size_t>(std::floor(tau));
    const double frac = tau - static_cast<double>(lower);
    const double energy = (1.0 - frac) * m_energy[lower] + frac * m_energy[lower + 1];
    if (energy <= 0.0)
        return;
    period = tau;
    periodicity = 2.0 * r / energy;
}

}  // namespace stemwise::core
