// Designs of the previewed moves (see movedesign.h).
#include "playback/movedesign.h"

#include "util/strprintf.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

namespace stemwise::core {

namespace {

double onePole(double timeMs, double sampleRateHz)
{
    return std::exp(-1.0 / (timeMs * 1e-3 * sampleRateHz));
}

std::complex<double> response(const BiquadCoefficients& c, double frequencyHz, double sampleRateHz)
{
    const double w = 2.0 * std::numbers::pi * frequencyHz / sampleRateHz;
    const std::complex<double> z1 = std::polar(1.0, -w);
    const std::complex<double> z2 = z1 * z1;
    return (c.b0 + c.b1 * z1 + c.b2 * z2) / (1.0 + c.a1 * z1 + c.a2 * z2);
}

std::complex<double> response(const FilterChainDesign& chain, double frequencyHz, double sampleRateHz)
{
    std::complex<double> h = 1.0;
    for (std::size_t i = 0; i < chain.count; ++i)
        h *= response(chain.sections[i], frequencyHz, sampleRateHz);
    return h;
}

Result<bool> checkFrequency(double frequencyHz, double sampleRateHz)
{
    if (!(frequencyHz > 0.0 && frequencyHz < 0.49 * sampleRateHz))
        return Error{strprintf("%g Hz cannot be filtered at a sample rate of %g Hz (it must lie below %g Hz)",
                               frequencyHz, sampleRateHz, 0.49 * sampleRateHz)};
    return true;
}

}  // namespace

double CompressorDesign::staticGainDb(double levelDb) const noexcept
{
    const double over = levelDb - thresholdDb;
    if (2.0 * over < -kneeDb)
        return 0.0;
    if (kneeDb > 0.0 && 2.0 * std::fabs(over) <= kneeDb) {
        const double x = over + kneeDb / 2.0;
        return (1.0 / ratio - 1.0) * x * x / (2.0 * kneeDb);
    }
    return (1.0 / ratio - 1.0) * over;
}

double DeEsserDesign::staticReductionDb(double bandLevelDb, double broadbandLevelDb) const noexcept
{
    const double threshold = relative ? broadbandLevelDb + kRelativeDb : thresholdDb;
    return std::clamp(bandLevelDb - threshold, 0.0, rangeDb);
}

bool MoveDesign::isLinear() const noexcept
{
    switch (kind) {
    case MoveKind::HighPass:
    case MoveKind::LowPass:
    case MoveKind::Bell:
    case MoveKind::LowShelf:
    case MoveKind::HighShelf:
    case MoveKind::Gain:
        return true;
    default:
        return false;
    }
}

double MoveDesign::magnitudeDb(double frequencyHz, double reductionDb) const
{
    switch (kind) {
    case MoveKind::Gain:
        return 20.0 * std::log10(gain);
    case MoveKind::DeEsser: {
        const double g = std::pow(10.0, -reductionDb / 20.0);
        return 20.0 * std::log10(std::abs(1.0 + (g - 1.0) * response(deEsser.band, frequencyHz, sampleRateHz)));
    }
    case MoveKind::MonoBelow:
        return 20.0 * std::log10(std::abs(response(filterHigh, frequencyHz, sampleRateHz)
                                          + width * response(filter, frequencyHz, sampleRateHz)));
    default:
        return filter.magnitudeDb(frequencyHz, sampleRateHz);
    }
}

Result<MoveDesign> designMove(const Move& move, double sampleRateHz)
{
    MoveDesign d;
    d.kind = move.kind;
    d.sampleRateHz = sampleRateHz;
    switch (move.kind) {
    case MoveKind::HighPass:
    case MoveKind::LowPass: {
        if (auto ok = checkFrequency(move.frequencyHz, sampleRateHz); !ok)
            return ok.error();
        auto order = butterworthOrder(move.slopeDbPerOct);
        if (!order)
            return order.error();
        d.filter = butterworth(move.kind == MoveKind::HighPass, order.value(), move.frequencyHz, sampleRateHz);
        break;
    }
    case MoveKind::Bell:
    case MoveKind::LowShelf:
    case MoveKind::HighShelf: {
        if (auto ok = checkFrequency(move.frequencyHz, sampleRateHz); !ok)
            return ok.error();
        const auto kind = move.kind == MoveKind::Bell       ? Biquad::Kind::Peak
                          : move.kind == MoveKind::LowShelf ? Biquad::Kind::LowShelf
                                                            : Biquad::Kind::HighShelf;
        d.filter.add(Biquad::coefficients(kind, sampleRateHz, move.frequencyHz, move.q, move.gainDb));
        break;
    }
    case MoveKind::Gain:
        d.gain = std::pow(10.0, move.gainDb / 20.0);
        break;
    case MoveKind::Compressor:
        d.compressor.thresholdDb = move.thresholdDb.value_or(0.0);
        d.compressor.ratio = move.ratio;
        d.compressor.kneeDb = move.kneeDb;
        d.compressor.makeupDb = move.makeupDb;
        d.compressor.attackCoeff = onePole(move.attackMs, sampleRateHz);
        d.compressor.releaseCoeff = onePole(move.releaseMs, sampleRateHz);
        d.compressor.detectorCoeff = onePole(CompressorDesign::kDetectorMs, sampleRateHz);
        break;
    case MoveKind::DeEsser:
        if (auto ok = checkFrequency(move.frequencyHz, sampleRateHz); !ok)
            return ok.error();
        d.deEsser.band = Biquad::coefficients(Biquad::Kind::BandPass, sampleRateHz, move.frequencyHz,
                                              DeEsserDesign::kDeEsserQ);
        d.deEsser.relative = !move.thresholdDb.has_value();
        d.deEsser.thresholdDb = move.thresholdDb.value_or(0.0);
        d.deEsser.rangeDb = move.rangeDb;
        d.deEsser.attackCoeff = onePole(DeEsserDesign::kAttackMs, sampleRateHz);
        d.deEsser.releaseCoeff = onePole(DeEsserDesign::kReleaseMs, sampleRateHz);
        d.deEsser.detectorCoeff = onePole(DeEsserDesign::kDeEsserDetectorMs, sampleRateHz);
        break;
    case MoveKind::Saturation:
        d.drive = std::pow(10.0, move.driveDb / 20.0);
        d.mix = move.mixPercent / 100.0;
        break;
    case MoveKind::MonoBelow:
        if (auto ok = checkFrequency(move.frequencyHz, sampleRateHz); !ok)
            return ok.error();
        d.filter = butterworth(false, 2, move.frequencyHz, sampleRateHz);
        d.filter.append(butterworth(false, 2, move.frequencyHz, sampleRateHz));
        d.filterHigh = butterworth(true, 2, move.frequencyHz, sampleRateHz);
        d.filterHigh.append(butterworth(true, 2, move.frequencyHz, sampleRateHz));
        d.width = move.widthPercent / 100.0;
        break;
    case MoveKind::InvertOneChannel:
        break;
    }
    return d;
}

}  // namespace stemwise::core
