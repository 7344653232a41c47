#include "analysis/stereoanalyzer.h"

#include "analysis/trackprofile.h"

#include <algorithm>
#include <cmath>

namespace stemwise::core {

namespace {

OptDouble correlationOf(double ll, double rr, double lr)
{
    if (ll <= 0.0 || rr <= 0.0)
        return std::nullopt;
    return std::clamp(lr / std::sqrt(ll * rr), -1.0, 1.0);
}

}  // namespace

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
    // Butterworth 4th order as two 2nd-order sections (Q 0.541 and 1.307).
    for (auto* chain : {&m_antiAliasL, &m_antiAliasR}) {
        (*chain)[0].design(Biquad::Kind::LowPass, rate, 300.0, 0.5412);
        (*chain)[1].design(Biquad::Kind::LowPass, rate, 300.0, 1.3066);
    }
    m_decimation = std::max(1, static_cast<int>(rate / 1600.0));
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
    Sums sums;
    double mm = 0.0, ss = 0.0;
    for (std::size_t i = 0; i < block.frames; ++i) {
        const double l = left[i];
        const double r = right[i];
        sums.add(l, r);
        const double m = 0.5 * (l + r);
        const double s = 0.5 * (l - r);
        mm += m * m;
        ss += s * s;

        const double lowL = m_antiAliasL[1].process(m_antiAliasL[0].process(l));
        const double lowR = m_antiAliasR[1].process(m_antiAliasR[0].process(r));
        if (++m_phase < m_decimation)
            continue;
        m_phase = 0;
        for (LowBand& band : m_bands) {
            const double bl = band.lowPassL.process(band.highPassL.process(lowL));
            const double br = band.lowPassR.process(band.highPassR.process(lowR));
            band.sums.add(bl, br);
        }
    }
    m_sums.ll += sums.ll;
    m_sums.rr += sums.rr;
    m_sums.lr += sums.lr;
    m_mm += mm;
    m_ss += ss;
}

void StereoAnalyzer::finish(TrackProfile& profile)
{
    StereoProfile& st = profile.stereo;
    st.isStereo = m_stereo;
    if (!m_stereo)
        return;
    st.correlation = correlationOf(m_sums.ll, m_sums.rr, m_sums.lr);
    const double total = m_sums.ll + m_sums.rr;
    if (total > 0.0) {
        st.width = m_mm > m_ss / kMaxWidth ? m_ss / m_mm : kMaxWidth;
        const double mean = 0.5 * total;
        st.monoLossDb = m_mm > mean * std::pow(10.0, -kMaxMonoLossDb / 10.0)
                            ? 10.0 * std::log10(mean / m_mm)
                            : kMaxMonoLossDb;
        if (m_sums.ll <= 0.0)
            st.balanceDb = -kMaxBalanceDb;
        else if (m_sums.rr <= 0.0)
            st.balanceDb = kMaxBalanceDb;
        else
            st.balanceDb = std::clamp(10.0 * std::log10(m_sums.ll / m_sums.rr), -kMaxBalanceDb, kMaxBalanceDb);
    }
    st.lowBandCorrelation.clear();
    for (const LowBand& band : m_bands) {
        // A band holding under 1 % of the track's energy has no phase worth reporting.
        const bool audible = band.sums.ll + band.sums.rr > 1e-2 * total / m_decimation;
        st.lowBandCorrelation.push_back(
            {band.lowHz, band.highHz, audible ? correlationOf(band.sums.ll, band.sums.rr, band.sums.lr) : std::nullopt});
    }
}

}  // namespace stemwise::core
