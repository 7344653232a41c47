#include "dsp/stft.h"

#include "dsp/frames.h"
#include "dsp/fftplan.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstring>
#include <numbers>

namespace stemwise::core {

struct Stft::Plan {
    explicit Plan(int size)
        : fft(size)
        , in(sizeof(float) * static_cast<std::size_t>(size))
        , out(sizeof(std::complex<float>) * static_cast<std::size_t>(size / 2 + 1))
    {
    }
    RealFft fft;
    FftBuffer in;
    FftBuffer out;
};

Stft::Stft(const StftGeometry& geometry, FrameHandler onFrame)
    : m_geometry(geometry)
    , m_onFrame(std::move(onFrame))
    , m_plan(std::make_unique<Plan>(geometry.fftSize))
    , m_history(static_cast<std::size_t>(geometry.fftSize), 0.0f)
    , m_window(static_cast<std::size_t>(geometry.fftSize))
    , m_power(static_cast<std::size_t>(geometry.bins()))
    , m_magnitude(static_cast<std::size_t>(geometry.bins()))
{
    // Periodic Hann: sums to N/2 and overlaps to a constant at hop N/4.
    const auto n = static_cast<std::size_t>(geometry.fftSize);
    double sum = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        m_window[i] = static_cast<float>(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i)
                                                              / static_cast<double>(n)));
        sum += m_window[i];
    }
    // A sine of amplitude A on a bin gives |X| = A·sum(w)/2: this scale makes it read A.
    m_scale = static_cast<float>(2.0 / sum);
    m_pending = n / 2;  // the zero padding before the first sample
}

Stft::~Stft() = default;

void Stft::push(const float* samples, std::size_t count)
{
    const auto n = static_cast<std::size_t>(m_geometry.fftSize);
    while (count > 0) {
        const std::size_t take = std::min(count, n - m_pending);
        std::memcpy(m_history.data() + m_pending, samples, take * sizeof(float));
        m_pending += take;
        samples += take;
        count -= take;
        m_samplesIn += static_cast<std::int64_t>(take);
        if (m_pending == n)
            emitFrame();
    }
}

void Stft::finish()
{
    const auto n = static_cast<std::size_t>(m_geometry.fftSize);
    // Emit every frame whose centre lies within the signal.
    while (m_samplesIn > 0 && m_frameIndex * m_geometry.hop < m_samplesIn) {
        std::fill(m_history.begin() + static_cast<std::ptrdiff_t>(m_pending), m_history.end(), 0.0f);
        m_pending = n;
        emitFrame();
    }
}

void Stft::emitFrame()
{
    const auto n = static_cast<std::size_t>(m_geometry.fftSize);
    auto* in = static_cast<float*>(m_plan->in.data());
    auto* out = static_cast<std::complex<float>*>(m_plan->out.data());
    for (std::size_t i = 0; i < n; ++i)
        in[i] = m_history[i] * m_window[i];
    m_plan->fft.forward(in, out);
    const std::size_t bins = m_power.size();
    for (std::size_t k = 0; k < bins; ++k) {
        const float re = out[k].real() * m_scale;
        const float im = out[k].imag() * m_scale;
        m_power[k] = re * re + im * im;
        m_magnitude[k] = std::sqrt(m_power[k]);
    }

    SpectrumFrame frame;
    frame.index = m_frameIndex;
    frame.timeS = static_cast<double>(m_frameIndex) * m_geometry.hop / m_geometry.sampleRateHz;
    frame.power = m_power;
    frame.magnitude = m_magnitude;
    frame.samples = m_history;  // valid for the duration of the call
    frame.geometry = &m_geometry;
    m_onFrame(frame);
    ++m_frameIndex;

    const auto hop = static_cast<std::size_t>(m_geometry.hop);
    std::memmove(m_history.data(), m_history.data() + hop, (n - hop) * sizeof(float));
    m_pending = n - hop;
}

}  // namespace stemwise::core
