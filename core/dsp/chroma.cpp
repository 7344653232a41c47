#include "dsp/chroma.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

namespace stemwise::core {

namespace {

// Peaks weaker than this relative to the frame's strongest are sidelobes, reverb tails and
// noise as often as notes.
constexpr float kPeakRangeAmplitude = 0.01f;  // −40 dB

}  // namespace

void PitchClassAccumulator::prepare(double binHz, std::size_t bins, double minHz, double maxHz,
                                    double silenceDbfs)
{
    m_binHz = binHz;
    // Two bins of margin on each side: a peak must beat its neighbours two bins away.
    m_firstBin = std::max<std::size_t>(2, static_cast<std::size_t>(std::ceil(minHz / binHz)));
    m_lastBin = std::min<std::size_t>(bins >= 3 ? bins - 3 : 0, static_cast<std::size_t>(maxHz / binHz));
    m_silenceAmplitude = static_cast<float>(std::pow(10.0, silenceDbfs / 20.0));
    m_peaks.clear();
    m_peaks.reserve(m_lastBin > m_firstBin ? (m_lastBin - m_firstBin) / 2 + 1 : 1);
    m_fine.fill(0.0);
    m_frames = 0;
}

bool PitchClassAccumulator::addFrame(std::span<const float> magnitude)
{
    m_peaks.clear();
    if (m_lastBin <= m_firstBin || magnitude.size() < m_lastBin + 3)
        return false;
    const float* m = magnitude.data();
    float strongest = 0.0f;
    for (std::size_t k = m_firstBin; k <= m_lastBin; ++k)
        strongest = std::max(strongest, m[k]);
    if (strongest < m_silenceAmplitude)
        return false;
    const float floor = strongest * kPeakRangeAmplitude;

    double total = 0.0;
    for (std::size_t k = m_firstBin; k <= m_lastBin; ++k) {
        const float v = m[k];
        // A Hann main lobe is four bins wide: beating the neighbours two bins away keeps
        // sidelobes and the shoulders of a partial from counting as peaks of their own.
        if (v < floor || v <= m[k - 1] || v < m[k + 1] || v <= m[k - 2] || v < m[k + 2])
            continue;
        // Parabolic interpolation of the log magnitude: within ~0.05 bin for a Hann window.
        const double a = std::log(std::max(m[k - 1], 1e-30f));
        const double b = std::log(v);
        const double c = std::log(std::max(m[k + 1], 1e-30f));
        const double curvature = a - 2.0 * b + c;
        const double offset = curvature < 0.0 ? std::clamp(0.5 * (a - c) / curvature, -0.5, 0.5) : 0.0;
        const double hz = (static_cast<double>(k) + offset) * m_binHz;
        // Semitones above C (A = 9), wrapped to one octave, in fine bins.
        double position = kBinsPerSemitone * (12.0 * std::log2(hz / 440.0) + 9.0);
        position = std::fmod(position, static_cast<double>(kFineBins));
        if (position < 0.0)
            position += kFineBins;
        m_peaks.push_back({static_cast<float>(hz), v, static_cast<float>(position)});
        total += v;
    }
    if (m_peaks.empty() || total <= 0.0) {
        m_peaks.clear();
        return false;
    }
    const double norm = 1.0 / total;
    for (const Peak& p : m_peaks) {
        // Split between the two nearest fine bins, so a peak's position survives the binning.
        const double lower = std::floor(static_cast<double>(p.position));
        const double frac = static_cast<double>(p.position) - lower;
        const auto i = static_cast<std::size_t>(lower) % kFineBins;
        const double w = static_cast<double>(p.amplitude) * norm;
        m_fine[i] += w * (1.0 - frac);
        m_fine[(i + 1) % kFineBins] += w * frac;
    }
    ++m_frames;
    return true;
}

TuningEstimate PitchClassAccumulator::tuning() const
{
    std::complex<double> sum;
    double total = 0.0;
    for (int i = 0; i < kFineBins; ++i) {
        const double angle = 2.0 * std::numbers::pi * (i % kBinsPerSemitone) / kBinsPerSemitone;
        sum += m_fine[static_cast<std::size_t>(i)] * std::polar(1.0, angle);
        total += m_fine[static_cast<std::size_t>(i)];
    }
    TuningEstimate t;
    if (total <= 0.0)
        return t;
    t.cents = 100.0 * std::arg(sum) / (2.0 * std::numbers::pi);
    t.coherence = std::abs(sum) / total;
    return t;
}

PitchClassAccumulator::Chroma PitchClassAccumulator::chroma(double tuningCents) const
{
    Chroma c{};
    double total = 0.0;
    for (int i = 0; i < kFineBins; ++i) {
        const double semitones = static_cast<double>(i) / kBinsPerSemitone - tuningCents / 100.0;
        const double nearest = std::round(semitones);
        const double w = m_fine[static_cast<std::size_t>(i)];
        auto classOf = [](double s) { return static_cast<std::size_t>(((static_cast<long>(s) % 12) + 12) % 12); };
        // A bin exactly between two classes (a quarter tone off the grid) is shared.
        if (std::abs(std::abs(semitones - nearest) - 0.5) < 1e-9) {
            c[classOf(std::floor(semitones))] += 0.5 * w;
            c[classOf(std::floor(semitones) + 1.0)] += 0.5 * w;
        } else {
            c[classOf(nearest)] += w;
        }
        total += w;
    }
    if (total > 0.0)
        for (double& v : c)
            v /= total;
    return c;
}

}  // namespace stemwise::core
