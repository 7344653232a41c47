#include "analysis/stereoanalyzer.h"

#include "analysis/trackprofile.h"
#include "dsp/float4.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace stemwise::core {

AnalyzerInfo StereoAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "stereo";
    i.version = 1;
    i.wantsBlocks = true;
    return i;
}

void StereoAnalyzer::prepare(const AnalysisContext& context)
{
    m_stereo = context.format.channels >= 2;
    const double rate = context.format.sampleRateHz;
    // Decimation to ~1.6 kHz through a Hann-windowed sinc low-pass evaluated only at the
    // output instants (a polyphase decimator): pass band to 350 Hz, stop band from 1.3 kHz,
    // the lowest frequency that folds back into the 20–300 Hz bands, at about -44 dB. It is
    // a vectorisable dot product per output sample, where a recursive filter would run at
    // the full rate.
    m_decimation = std::max(1, static_cast<int>(rate / 1600.0));
    const double cutoffHz = 0.5 * (350.0 + 1300.0);
    auto taps = static_cast<std::size_t>(std::ceil(3.3 * rate / (1300.0 - 350.0))) | 1u;
    m_fir.assign(taps, 0.0f);
    double gain = 0.0;
    for (std::size_t n = 0; n < taps; ++n) {
        const double t = static_cast<double>(n) - static_cast<double>(taps - 1) / 2.0;
        const double x = 2.0 * cutoffHz / rate * t;
        const double sinc = t == 0.0 ? 1.0 : std::sin(std::numbers::pi * x) / (std::numbers::pi * x);
        const double window = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * (static_cast<double>(n) + 1.0)
                                                   / static_cast<double>(taps + 1));
        m_fir[n] = static_cast<float>(sinc * window);
        gain += m_fir[n];
    }
    for (float& tap : m_fir)
        tap = static_cast<float>(tap / gain);
    m_bufferL.assign(taps - 1, 0.0f);
    m_bufferR.assign(taps - 1, 0.0f);
    m_phase = 0;
    const double lowRate = rate / m_decimation;
    const std::array<std::array<double, 2>, 3> edges{{{20.0, 80.0}, {80.0, 160.0}, {160.0, 300.0}}};
    for (std::size_t b = 0; b < m_bands.size(); ++b) {
        LowBand& band = m_bands[b];
        band.lowHz = edges[b][0];
        band.highHz = edges[b][1];
        for (Biquad* f : {&band.highPassL, &band.highPassR})
            f->design(Biquad::Kind::HighPass, lowRate, band.lowHz, 0.7071);
        for (Biquad* f : {&band.lowPassL, &band.lowPassR})
            f->design(Biquad::Kind::LowPass, lowRate, band.highHz, 0.7071);
    }
}

void StereoAnalyzer::process(const AudioBlock& block)
{
    if (!m_stereo)
        return;
    const float* left = block.channels[0];
    const float* right = block.channels[1];
    // Four partial sums each: independent chains the CPU can overlap (no -ffast-math needed).
    double ll[4] = {}, rr[4] = {}, lr[4] = {};
    std::size_t i = 0;
    for (; i + 4 <= block.frames; i += 4) {
        for (std::size_t j = 0; j < 4; ++j) {
            const double l = left[i + j];
            const double r = right[i + j];
            ll[j] += l * l;
            rr[j] += r * r;
            lr[j] += l * r;
        }
    }
    for (; i < block.frames; ++i) {
        ll[0] += static_cast<double>(left[i]) * left[i];
        rr[0] += static_cast<double>(right[i]) * right[i];
        lr[0] += static_cast<double>(left[i]) * right[i];
    }
    m_sums.ll += (ll[0] + ll[1]) + (ll[2] + ll[3]);
    m_sums.rr += (rr[0] + rr[1]) + (rr[2] + rr[3]);
    m_sums.lr += (lr[0] + lr[1]) + (lr[2] + lr[3]);

    const std::size_t taps = m_fir.size();
    const std::size_t kept = taps - 1;
    m_bufferL.resize(kept + block.frames);
    m_bufferR.resize(kept + block.frames);
    std::copy_n(left, block.frames, m_bufferL.begin() + static_cast<std::ptrdiff_t>(kept));
    std::copy_n(right, block.frames, m_bufferR.begin() + static_cast<std::ptrdiff_t>(kept));
    // An output falls on every m_decimation-th sample; m_phase samples have passed since the
    // last one. Output n uses samples n − taps + 1 … n, i.e. buffer[n … n + taps − 1].
    const auto decimation = static_cast<std::size_t>(m_decimation);
    for (std::size_t n = decimation - 1 - static_cast<std::size_t>(m_phase); n < block.frames; n += decimation) {
        const float* hl = m_bufferL.data() + n;
        const float* hr = m_bufferR.data() + n;
        float fl = 0.0f, fr = 0.0f;
        dotProduct2(m_fir.data(), hl, hr, taps, fl, fr);
        const double lowL = fl, lowR = fr;
        for (LowBand& band : m_bands) {
            const double bl = band.lowPassL.process(band.highPassL.process(lowL));
            const double br = band.lowPassR.process(band.highPassR.process(lowR));
            band.sums.add(bl, br);
        }
    }
    m_phase = static_cast<int>((static_cast<std::size_t>(m_phase) + block.frames) % decimation);
    // Keep the last taps − 1 samples as the next block's history.
    std::copy(m_bufferL.end() - static_cast<std::ptrdiff_t>(kept), m_bufferL.end(), m_bufferL.begin());
    std::copy(m_bufferR.end() - static_cast<std::ptrdiff_t>(kept), m_bufferR.end(), m_bufferR.begin());
    m_bufferL.resize(kept);
    m_bufferR.resize(kept);
}

const BandCorrelation* worstLowBand(const StereoProfile& st)
{
    const BandCorrelation* worst = nullptr;
    for (const BandCorrelation& b : st.lowBandCorrelation)
        if (b.correlation && (worst == nullptr || *b.correlation < *worst->correlation))
            worst = &b;
    return worst;
}

StereoVerdict judgeStereo(const StereoProfile& st)
{
    if (!st.isStereo || !st.correlation)
        return StereoVerdict::NotStereo;
    const double c = *st.correlation;
    if (c <= kInvertedCorrelation && st.monoLossDb.value_or(0.0) >= kInvertedMonoLossDb)
        return StereoVerdict::Inverted;
    const BandCorrelation* low = worstLowBand(st);
    if (low != nullptr && *low->correlation <= kInvertedCorrelation && c <= kWideCorrelation)
        return StereoVerdict::Inverted;
    return c > kWideCorrelation ? StereoVerdict::Correlated : StereoVerdict::Wide;
}

void StereoAnalyzer::finish(TrackProfile& profile)
{
    StereoProfile& st = profile.stereo;
    st.isStereo = m_stereo;
    if (!m_stereo)
        return;
    const StereoFigures figures = stereoFigures({m_sums.ll, m_sums.rr, m_sums.lr});
    st.correlation = figures.correlation;
    st.width = figures.width;
    st.monoLossDb = figures.monoLossDb;
    st.balanceDb = figures.balanceDb;
    const double total = m_sums.ll + m_sums.rr;
    st.lowBandCorrelation.clear();
    for (const LowBand& band : m_bands) {
        // A band holding under 1 % of the track's energy has no phase worth reporting.
        const bool audible = band.sums.ll + band.sums.rr > 1e-2 * total / m_decimation;
        st.lowBandCorrelation.push_back(
            {band.lowHz, band.highHz, audible ? stereoCorrelation({band.sums.ll, band.sums.rr, band.sums.lr}) : std::nullopt});
    }
}

}  // namespace stemwise::core
