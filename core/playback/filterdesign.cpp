// Filter designs of the playback engine (see filterdesign.h).
#include "playback/filterdesign.h"

#include "util/strprintf.h"

#include <cmath>
#include <numbers>

namespace stemwise::core {

bool FilterChainDesign::add(const BiquadCoefficients& c) noexcept
{
    if (count >= kMaxSections)
        return false;
    sections[count++] = c;
    return true;
}

bool FilterChainDesign::append(const FilterChainDesign& other) noexcept
{
    if (count + other.count > kMaxSections)
        return false;
    for (std::size_t i = 0; i < other.count; ++i)
        sections[count++] = other.sections[i];
    return true;
}

double FilterChainDesign::magnitudeDb(double frequencyHz, double sampleRateHz) const noexcept
{
    double db = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        db += sections[i].magnitudeDb(frequencyHz, sampleRateHz);
    return db;
}

Result<int> butterworthOrder(double slopeDbPerOct)
{
    const double order = slopeDbPerOct / 6.0;
    if (!(order >= 1.0 && order <= 8.0) || std::fabs(order - std::round(order)) > 1e-9)
        return Error{strprintf("a slope of %g dB/oct cannot be built: 6, 12, 18, 24, 30, 36, 42 or 48 dB/oct",
                               slopeDbPerOct)};
    return static_cast<int>(std::lround(order));
}

FilterChainDesign butterworth(bool highPass, int order, double cornerHz, double sampleRateHz)
{
    FilterChainDesign chain;
    const auto kind = highPass ? Biquad::Kind::HighPass : Biquad::Kind::LowPass;
    if (order % 2 == 1) {
        // First-order section: the bilinear transform of 1/(s+1) (or s/(s+1)) pre-warped at
        // the corner, K = tan(π f / fs).
        const double k = std::tan(std::numbers::pi * cornerHz / sampleRateHz);
        BiquadCoefficients c;
        c.a1 = (k - 1.0) / (k + 1.0);
        if (highPass) {
            c.b0 = 1.0 / (1.0 + k);
            c.b1 = -c.b0;
        } else {
            c.b0 = k / (1.0 + k);
            c.b1 = c.b0;
        }
        c.b2 = 0.0;
        c.a2 = 0.0;
        chain.add(c);
        for (int k2 = 1; k2 <= (order - 1) / 2; ++k2) {
            const double q = 1.0 / (2.0 * std::cos(k2 * std::numbers::pi / order));
            chain.add(Biquad::coefficients(kind, sampleRateHz, cornerHz, q));
        }
    } else {
        for (int k2 = 1; k2 <= order / 2; ++k2) {
            const double q = 1.0 / (2.0 * std::cos((2 * k2 - 1) * std::numbers::pi / (2.0 * order)));
            chain.add(Biquad::coefficients(kind, sampleRateHz, cornerHz, q));
        }
    }
    return chain;
}

FilterChainDesign bandPass(double lowHz, double highHz, double sampleRateHz)
{
    FilterChainDesign chain;
    if (lowHz > 0.0)
        chain.append(butterworth(true, 8, lowHz, sampleRateHz));
    if (highHz < 0.49 * sampleRateHz)
        chain.append(butterworth(false, 8, highHz, sampleRateHz));
    return chain;
}

}  // namespace stemwise::core
