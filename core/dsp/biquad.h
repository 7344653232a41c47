#pragma once
// Second-order IIR sections with coefficients from R. Bristow-Johnson, "Cookbook formulae
// for audio EQ biquad filter coefficients" (the Audio EQ Cookbook). Direct form I in double:
// cheap, and free of the coefficient-quantisation trouble of DF-II at low corner frequencies.
// The coefficients are a plain value (BiquadCoefficients) so a design made on one thread can
// be handed to a real-time thread in a message, and its response evaluated where it is tested.

#include <cmath>
#include <numbers>

namespace stemwise::core {

/// One section's coefficients, normalised so that a0 = 1:
/// H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2). The default passes the signal.
struct BiquadCoefficients {
    double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0;

    /// |H(e^jw)| in dB at `frequencyHz` for a section running at `sampleRateHz`.
    [[nodiscard]] double magnitudeDb(double frequencyHz, double sampleRateHz) const noexcept
    {
        const double w = 2.0 * std::numbers::pi * frequencyHz / sampleRateHz;
        const double c1 = std::cos(w);
        const double c2 = std::cos(2.0 * w);
        const double num = b0 * b0 + b1 * b1 + b2 * b2 + 2.0 * (b0 * b1 + b1 * b2) * c1 + 2.0 * b0 * b2 * c2;
        const double den = 1.0 + a1 * a1 + a2 * a2 + 2.0 * (a1 + a1 * a2) * c1 + 2.0 * a2 * c2;
        return 10.0 * std::log10(num / den);
    }
};

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
        setCoefficients(coefficients(kind, sampleRateHz, frequencyHz, q, gainDb));
    }

    /// The cookbook's coefficients for `kind` (q: the section's Q; gainDb: Peak and shelves).
    [[nodiscard]] static BiquadCoefficients coefficients(Kind kind, double sampleRateHz, double frequencyHz, double q,
                                                         double gainDb = 0.0)
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
        return {b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0};
    }

    /// Takes `c` and keeps the state (a change of parameters while running does not reset it).
    void setCoefficients(const BiquadCoefficients& c) noexcept
    {
        m_b0 = c.b0; m_b1 = c.b1; m_b2 = c.b2;
        m_a1 = c.a1; m_a2 = c.a2;
    }
    [[nodiscard]] BiquadCoefficients coefficients() const noexcept { return {m_b0, m_b1, m_b2, m_a1, m_a2}; }

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
