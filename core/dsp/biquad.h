#pragma once
// Second-order IIR sections with coefficients from R. Bristow-Johnson, "Cookbook formulae
// for audio EQ biquad filter coefficients" (the Audio EQ Cookbook). Direct form I in double:
// cheap, and free of the coefficient-quantisation trouble of DF-II at low corner frequencies.

#include <cmath>
#include <numbers>

namespace stemwise::core {

class Biquad {
public:
    enum class Kind { LowPass, HighPass, BandPass, Peak, LowShelf, HighShelf };

    Biquad() = default;
    Biquad(Kind kind, double sampleRateHz, double frequencyHz, double q, double gainDb = 0.0)
    {
        design(kind, sampleRateHz, frequencyHz, q, gainDb);
    }

    void design(Kind kind, double sampleRateHz, double frequencyHz, double q, double gainDb = 0.0)
    {
        const double w0 = 2.0 * std::numbers::pi * frequencyHz / sampleRateHz;
        const double cosW = std::cos(w0);
        const double alpha = std::sin(w0) / (2.0 * q);
        const double a = std::pow(10.0, gainDb / 40.0);
        double b0 = 0, b1 = 0, b2 = 0, a0 = 1, a1 = 0, a2 = 0;
        switch (kind) {
        case Kind::LowPass:
            b0 = (1 - cosW) / 2; b1 = 1 - cosW; b2 = b0;
            a0 = 1 + alpha; a1 = -2 * cosW; a2 = 1 - alpha;
            break;
        case Kind::HighPass:
            b0 = (1 + cosW) / 2; b1 = -(1 + cosW); b2 = b0;
            a0 = 1 + alpha; a1 = -2 * cosW; a2 = 1 - alpha;
            break;
        case Kind::BandPass:  // constant 0 dB peak gain
            b0 = alpha; b1 = 0; b2 = -alpha;
            a0 = 1 + alpha; a1 = -2 * cosW; a2 = 1 - alpha;
            break;
        case Kind::Peak:
            b0 = 1 + alpha * a; b1 = -2 * cosW; b2 = 1 - alpha * a;
            a0 = 1 + alpha / a; a1 = -2 * cosW; a2 = 1 - alpha / a;
            break;
        case Kind::LowShelf: {
            const double s = 2 * std::sqrt(a) * alpha;
            b0 = a * ((a + 1) - (a - 1) * cosW + s); b1 = 2 * a * ((a - 1) - (a + 1) * cosW);
            b2 = a * ((a + 1) - (a - 1) * cosW - s);
            a0 = (a + 1) + (a - 1) * cosW + s; a1 = -2 * ((a - 1) + (a + 1) * cosW);
            a2 = (a + 1) + (a - 1) * cosW - s;
            break;
        }
        case Kind::HighShelf: {
            const double s = 2 * std::sqrt(a) * alpha;
            b0 = a * ((a + 1) + (a - 1) * cosW + s); b1 = -2 * a * ((a - 1) + (a + 1) * cosW);
            b2 = a * ((a + 1) + (a - 1) * cosW - s);
            a0 = (a + 1) - (a - 1) * cosW + s; a1 = 2 * ((a - 1) - (a + 1) * cosW);
            a2 = (a + 1) - (a - 1) * cosW - s;
            break;
        }
        }
        m_b0 = b0 / a0; m_b1 = b1 / a0; m_b2 = b2 / a0;
        m_a1 = a1 / a0; m_a2 = a2 / a0;
    }

    double process(double x) noexcept
    {
        const double y = m_b0 * x + m_b1 * m_x1 + m_b2 * m_x2 - m_a1 * m_y1 - m_a2 * m_y2;
        m_x2 = m_x1; m_x1 = x;
        m_y2 = m_y1; m_y1 = y;
        return y;
    }

    void reset() noexcept { m_x1 = m_x2 = m_y1 = m_y2 = 0.0; }

private:
    double m_b0 = 1, m_b1 = 0, m_b2 = 0, m_a1 = 0, m_a2 = 0;
    double m_x1 = 0, m_x2 = 0, m_y1 = 0, m_y2 = 0;
};

}  // namespace stemwise::core
