// Real-time filter chains and move processors (see moveprocessor.h). The designs they run
// are explained in movedesign.h.
#include "playback/moveprocessor.h"

#include <cmath>

namespace stemwise::core {

namespace {

constexpr double kTiny = 1e-20;  // keeps log10 of silence finite (-200 dB)

}  // namespace

void StereoFilterChain::set(const FilterChainDesign& design, bool reset) noexcept
{
    m_count = design.count;
    for (std::size_t i = 0; i < m_count; ++i)
        for (auto& channel : m_sections[i])
            channel.setCoefficients(design.sections[i]);
    if (reset)
        this->reset();
}

void StereoFilterChain::reset() noexcept
{
    for (auto& section : m_sections)
        for (auto& channel : section)
            channel.reset();
}

void StereoFilterChain::process(float* stereo, std::size_t frames) noexcept
{
    for (std::size_t i = 0; i < frames; ++i) {
        double l = stereo[2 * i];
        double r = stereo[2 * i + 1];
        for (std::size_t s = 0; s < m_count; ++s) {
            l = m_sections[s][0].process(l);
            r = m_sections[s][1].process(r);
        }
        stereo[2 * i] = static_cast<float>(l);
        stereo[2 * i + 1] = static_cast<float>(r);
    }
}

void MoveProcessor::set(const MoveDesign& design) noexcept
{
    m_design = design;
    m_chain.set(design.filter, true);
    m_chainHigh.set(design.filterHigh, true);
    for (auto& b : m_band)
        b.setCoefficients(design.deEsser.band);
    reset();
}

void MoveProcessor::reset() noexcept
{
    m_chain.reset();
    m_chainHigh.reset();
    for (auto& b : m_band)
        b.reset();
    m_detector = 0.0;
    m_detectorBroadband = 0.0;
    m_reductionDb = 0.0;
}

void MoveProcessor::process(const float* in, float* out, std::size_t frames) noexcept
{
    const MoveDesign& d = m_design;
    const std::size_t samples = 2 * frames;
    switch (d.kind) {
    case MoveKind::HighPass:
    case MoveKind::LowPass:
    case MoveKind::Bell:
    case MoveKind::LowShelf:
    case MoveKind::HighShelf:
        if (out != in)
            for (std::size_t i = 0; i < samples; ++i)
                out[i] = in[i];
        m_chain.process(out, frames);
        break;
    case MoveKind::Gain: {
        const auto g = static_cast<float>(d.gain);
        for (std::size_t i = 0; i < samples; ++i)
            out[i] = in[i] * g;
        break;
    }
    case MoveKind::Compressor: {
        const CompressorDesign& c = d.compressor;
        for (std::size_t i = 0; i < frames; ++i) {
            const double l = in[2 * i];
            const double r = in[2 * i + 1];
            m_detector = c.detectorCoeff * m_detector + (1.0 - c.detectorCoeff) * 0.5 * (l * l + r * r);
            const double levelDb = 10.0 * std::log10(m_detector + kTiny);
            const double target = -c.staticGainDb(levelDb);
            const double coeff = target > m_reductionDb ? c.attackCoeff : c.releaseCoeff;
            m_reductionDb = coeff * m_reductionDb + (1.0 - coeff) * target;
            const double g = std::pow(10.0, (c.makeupDb - m_reductionDb) / 20.0);
            out[2 * i] = static_cast<float>(l * g);
            out[2 * i + 1] = static_cast<float>(r * g);
        }
        break;
    }
    case MoveKind::DeEsser: {
        const DeEsserDesign& e = d.deEsser;
        for (std::size_t i = 0; i < frames; ++i) {
            const double l = in[2 * i];
            const double r = in[2 * i + 1];
            const double bl = m_band[0].process(l);
            const double br = m_band[1].process(r);
            m_detector = e.detectorCoeff * m_detector + (1.0 - e.detectorCoeff) * 0.5 * (bl * bl + br * br);
            m_detectorBroadband = e.detectorCoeff * m_detectorBroadband + (1.0 - e.detectorCoeff) * 0.5 * (l * l + r * r);
            const double target = e.staticReductionDb(10.0 * std::log10(m_detector + kTiny),
                                                      10.0 * std::log10(m_detectorBroadband + kTiny));
            const double coeff = target > m_reductionDb ? e.attackCoeff : e.releaseCoeff;
            m_reductionDb = coeff * m_reductionDb + (1.0 - coeff) * target;
            const double gm1 = std::pow(10.0, -m_reductionDb / 20.0) - 1.0;
            out[2 * i] = static_cast<float>(l + gm1 * bl);
            out[2 * i + 1] = static_cast<float>(r + gm1 * br);
        }
        break;
    }
    case MoveKind::Saturation: {
        const double drive = d.drive;
        const double mix = d.mix;
        for (std::size_t i = 0; i < samples; ++i) {
            const double x = in[i];
            out[i] = static_cast<float>((1.0 - mix) * x + mix * std::tanh(drive * x) / drive);
        }
        break;
    }
    case MoveKind::MonoBelow: {
        // The side through the crossover's two halves on the chains' left lanes (the right
        // lanes idle).
        for (std::size_t i = 0; i < frames; ++i) {
            const double l = in[2 * i];
            const double r = in[2 * i + 1];
            const double mid = 0.5 * (l + r);
            const auto side = static_cast<float>(0.5 * (l - r));
            float low[2] = {side, 0.0f};
            float high[2] = {side, 0.0f};
            m_chain.process(low, 1);
            m_chainHigh.process(high, 1);
            const double kept = high[0] + d.width * low[0];
            out[2 * i] = static_cast<float>(mid + kept);
            out[2 * i + 1] = static_cast<float>(mid - kept);
        }
        break;
    }
    case MoveKind::InvertOneChannel:
        for (std::size_t i = 0; i < frames; ++i) {
            out[2 * i] = in[2 * i];
            out[2 * i + 1] = -in[2 * i + 1];
        }
        break;
    }
}

}  // namespace stemwise::core
