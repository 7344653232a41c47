// The unity-gain sum of a session's stems, measured (see sessionmix.h).
#include "suggest/sessionmix.h"

#include "analysis/tracktype.h"
#include "audio/mixdown.h"
#include "dsp/fftplan.h"
#include "dsp/stereofigures.h"
#include "dsp/truepeak.h"
#include "util/strprintf.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <cstring>

namespace stemwise::core {

namespace {

constexpr std::size_t kBlockFrames = 8192;
constexpr double kSoundingPower = 1e-8;  // mean square of a block: -80 dBFS
constexpr double kMaxCoherence = 0.99;   // the lag search's weights stay finite (see delayOf)

// Four partial sums, so the loop vectorises without -ffast-math.
double dotProduct(const float* x, const float* y, std::size_t count)
{
    double partial[4] = {};
    std::size_t i = 0;
    for (; i + 4 <= count; i += 4)
        for (std::size_t lane = 0; lane < 4; ++lane)
            partial[lane] += static_cast<double>(x[i + lane]) * static_cast<double>(y[i + lane]);
    for (; i < count; ++i)
        partial[0] += static_cast<double>(x[i]) * static_cast<double>(y[i]);
    return (partial[0] + partial[1]) + (partial[2] + partial[3]);
}

// Share of the sparser list's onsets with one of the other's within kSameSourceOnsetS.
double coincidingOnsetShare(const std::vector<double>& a, const std::vector<double>& b)
{
    const bool aSparser = a.size() <= b.size();
    const std::vector<double>& sparse = aSparser ? a : b;
    std::vector<double> dense = aSparser ? b : a;
    std::sort(dense.begin(), dense.end());
    std::size_t matched = 0;
    for (const double t : sparse) {
        const auto it = std::lower_bound(dense.begin(), dense.end(), t - kSameSourceOnsetS);
        matched += it != dense.end() && *it <= t + kSameSourceOnsetS ? 1 : 0;
    }
    return sparse.empty() ? 0.0 : static_cast<double>(matched) / static_cast<double>(sparse.size());
}

// The lag search of one candidate pair: the cross-spectrum of the two mono fold-downs summed
// over the blocks where both sound, with the energies of those blocks.
struct AlignPair {
    std::size_t a = 0;
    std::size_t b = 0;
    std::vector<std::complex<double>> cross;
    std::vector<double> powerA;  // each one's power spectrum over the same blocks
    std::vector<double> powerB;
    double energyA = 0.0;
    double energyB = 0.0;
    std::int64_t frames = 0;
};

// The pair's lag from its accumulated spectra, by the generalised cross-correlation with the
// maximum-likelihood weighting (C. H. Knapp and G. C. Carter, "The generalized correlation
// method for estimation of time delay", IEEE Trans. ASSP 24(4), 1976): each frequency's phase
// weighs by its coherence γ² as γ² / (1 − γ²), γ² measured over the blocks (at most 0.99), so
// every frequency the two share counts alike whatever its level, and what they do not share
// (distortion, bleed, noise) hardly at all. A delay, a phase that turns linearly with
// frequency across the shared band, stands out; a polarity flip, or the phase a filter turns
// in one band (a bottom mic's high-pass on a snare's body), does not pass for one, as it does
// for the plain correlation. Then the plain correlation there and at lag 0 (two inverse FFTs
// in all); the caller keeps what qualifies.
std::optional<DelayedStems> delayOf(const AlignPair& p, const RealFft& fft, double rateHz)
{
    const double norm = std::sqrt(p.energyA * p.energyB);
    if (norm <= 0.0 || static_cast<double>(p.frames) / rateHz < SessionMixMeasure::kMinOpposedOverlapS)
        return std::nullopt;
    const auto size = static_cast<std::size_t>(fft.size());
    const std::size_t bins = size / 2 + 1;
    FftBuffer spectrumBuffer(bins * sizeof(std::complex<float>));
    FftBuffer plainBuffer(size * sizeof(float));
    FftBuffer phatBuffer(size * sizeof(float));
    auto* spectrum = static_cast<std::complex<float>*>(spectrumBuffer.data());
    auto* plain = static_cast<float*>(plainBuffer.data());
    auto* phat = static_cast<float*>(phatBuffer.data());
    // Scaled to about 1 before the single-precision transform.
    for (std::size_t k = 0; k < bins; ++k)
        spectrum[k] = std::complex<float>(p.cross[k] / norm);
    fft.inverse(spectrum, plain);
    // The weighted phases over 20 Hz to 90 % of Nyquist.
    const auto lowBin = static_cast<std::size_t>(std::ceil(20.0 / rateHz * static_cast<double>(size)));
    const auto highBin = static_cast<std::size_t>(0.9 * static_cast<double>(bins - 1));
    for (std::size_t k = 0; k < bins; ++k) {
        const double magnitude = std::abs(p.cross[k]);
        const double powers = p.powerA[k] * p.powerB[k];
        spectrum[k] = {};
        if (k < lowBin || k > highBin || magnitude <= 0.0 || powers <= 0.0)
            continue;
        const double coherence = std::min(magnitude * magnitude / powers, kMaxCoherence);
        spectrum[k] = std::complex<float>(p.cross[k] / magnitude * (coherence / (1.0 - coherence)));
    }
    fft.inverse(spectrum, phat);
    // x[τ] (circular index): Σ a[n + τ]·b[n]; b late by D peaks at τ = -D.
    const auto at = [size](const float* x, long tau) {
        return static_cast<double>(x[static_cast<std::size_t>((tau + static_cast<long>(size)) % static_cast<long>(size))]);
    };
    const auto c = [&](long tau) { return at(plain, tau) / static_cast<double>(size); };
    const auto maxLag = static_cast<long>(std::floor(SessionMixMeasure::kMaxAlignLagMs / 1000.0 * rateHz));
    long best = 0;
    for (long tau = -maxLag; tau <= maxLag; ++tau)
        if (std::abs(at(phat, tau)) > std::abs(at(phat, best)))
            best = tau;
    double offset = 0.0;
    if (best > -maxLag && best < maxLag) {  // a parabola through the peak and its neighbours
        const double y0 = std::abs(at(phat, best - 1)), y1 = std::abs(at(phat, best)), y2 = std::abs(at(phat, best + 1));
        const double denominator = y0 - 2.0 * y1 + y2;
        if (denominator < 0.0)
            offset = std::clamp(0.5 * (y0 - y2) / denominator, -0.5, 0.5);
    }
    DelayedStems d;
    d.first = static_cast<int>(p.a);
    d.second = static_cast<int>(p.b);
    d.lagMs = -(static_cast<double>(best) + offset) / rateHz * 1000.0;
    d.correlation = c(best);
    d.zeroLagCorrelation = c(0);
    const double apart = p.energyA + p.energyB;
    // Against the better of the pair at lag 0 as it is and flipped: a flip alone may do.
    d.alignedGainDb = 10.0 * std::log10((apart + 2.0 * std::abs(d.correlation) * norm)
                                        / (apart + 2.0 * std::abs(d.zeroLagCorrelation) * norm));
    return d;
}

}  // namespace

std::vector<std::pair<int, int>> sameSourceCandidates(const std::vector<TrackProfile>& tracks)
{
    struct Scored {
        int a;
        int b;
        double alike;  // 1 - half the summed difference of their 7 band shares: 1 the same balance
    };
    std::vector<Scored> scored;
    for (std::size_t a = 0; a < tracks.size(); ++a) {
        for (std::size_t b = a + 1; b < tracks.size(); ++b) {
            const TrackProfile& x = tracks[a];
            const TrackProfile& y = tracks[b];
            const bool alike = x.type == y.type || (isDrumType(x.type) && isDrumType(y.type));
            if (!alike || x.rhythm.onsetTimesS.size() < 4 || y.rhythm.onsetTimesS.size() < 4)
                continue;
            if (coincidingOnsetShare(x.rhythm.onsetTimesS, y.rhythm.onsetTimesS) < kSameSourceOnsetShare)
                continue;
            double difference = 0.0;
            for (std::size_t band = 0; band < x.spectrum.bands.size(); ++band)
                difference += std::abs(x.spectrum.bands[band].share - y.spectrum.bands[band].share);
            scored.push_back({static_cast<int>(a), static_cast<int>(b), 1.0 - 0.5 * difference});
        }
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& l, const Scored& r) { return l.alike > r.alike; });
    std::vector<std::pair<int, int>> out;
    for (std::size_t i = 0; i < scored.size() && i < kMaxAlignPairs; ++i)
        out.emplace_back(scored[i].a, scored[i].b);
    return out;
}

std::optional<double> summedTruePeakBoundDbtp(const std::vector<TrackProfile>& tracks)
{
    double sum = 0.0;
    bool any = false;
    for (const TrackProfile& t : tracks) {
        if (!t.loudness.truePeakDbtp)
            continue;
        sum += std::pow(10.0, *t.loudness.truePeakDbtp / 20.0);
        any = true;
    }
    if (!any || sum <= 0.0)
        return std::nullopt;
    return 20.0 * std::log10(sum);
}

Result<SessionMixMeasure> measureSessionMix(const std::vector<std::filesystem::path>& files, const std::atomic<bool>* cancel,
                                            const std::vector<MixPlacement>& placements,
                                            const std::vector<std::pair<int, int>>& alignPairs)
{
    SessionMixMeasure m;
    if (files.empty())
        return Error{"no files to sum"};
    if (!placements.empty() && placements.size() != files.size())
        return Error{strprintf("%zu fader placements for %zu files", placements.size(), files.size())};
    m.atFaders = !placements.empty();
    // Stems of another rate are converted to the rate most stems have, as the mixdown does.
    auto opened = StemBlocks::open(files, kBlockFrames);
    if (!opened)
        return opened.error();
    StemBlocks& blocks = opened.value();
    const double rate = blocks.rateHz();
    const std::size_t n = blocks.stems();
    // Each stem's gains on the bus (unity without placements).
    std::vector<float> gainLeft(n, 1.0f), gainRight(n, 1.0f);
    const bool anySolo = std::any_of(placements.begin(), placements.end(), [](const MixPlacement& p) { return p.solo; });
    for (std::size_t k = 0; k < placements.size(); ++k) {
        const MixPlacement& place = placements[k];
        const bool silenced = place.mute || (anySolo && !place.solo);
        const double gain = silenced || !std::isfinite(place.gainDb) ? 0.0 : std::pow(10.0, place.gainDb / 20.0);
        const double pan = std::clamp(place.pan, -1.0, 1.0);
        gainLeft[k] = static_cast<float>(gain * std::min(1.0, 1.0 - pan));
        gainRight[k] = static_cast<float>(gain * std::min(1.0, 1.0 + pan));
    }
    // Pair sums of the mono fold-downs (the mean of the first two channels): energy per stem,
    // dot product per pair (i < j).
    std::vector<std::vector<float>> mono(n, std::vector<float>(kBlockFrames, 0.0f));
    std::vector<double> energy(n, 0.0);
    std::vector<double> dot(n * n, 0.0);
    // Per pair, the frames of the blocks where both sound (above kSoundingPower): a correlation
    // measured over less than kMinOpposedOverlapS of sound together says nothing.
    std::vector<std::int64_t> bothSounding(n * n, 0);
    std::vector<double> blockEnergy(n, 0.0);

    // The lag search: a spectrum per block for each stem of a candidate pair, a summed
    // cross-spectrum per pair.
    const RealFft fft(static_cast<int>(2 * kBlockFrames));
    const std::size_t bins = kBlockFrames + 1;
    std::vector<AlignPair> align;
    std::vector<int> spectrumSlot(n, -1);
    std::size_t slots = 0;
    for (const auto& [first, second] : alignPairs) {
        if (first < 0 || second < 0 || first == second || static_cast<std::size_t>(first) >= n
            || static_cast<std::size_t>(second) >= n)
            continue;
        AlignPair p;
        p.a = static_cast<std::size_t>(first);
        p.b = static_cast<std::size_t>(second);
        p.cross.assign(bins, {});
        p.powerA.assign(bins, 0.0);
        p.powerB.assign(bins, 0.0);
        for (const std::size_t k : {p.a, p.b})
            if (spectrumSlot[k] < 0)
                spectrumSlot[k] = static_cast<int>(slots++);
        align.push_back(std::move(p));
    }
    std::vector<std::vector<std::complex<float>>> spectra(slots, std::vector<std::complex<float>>(bins));
    FftBuffer fftIn(2 * kBlockFrames * sizeof(float));
    FftBuffer fftOut(bins * sizeof(std::complex<float>));

    TruePeak meter(rate, 2);
    std::array<std::vector<float>, 2> sum{std::vector<float>(kBlockFrames), std::vector<float>(kBlockFrames)};
    const std::array<const float*, 2> sumPointers{sum[0].data(), sum[1].data()};
    double ll = 0.0, rr = 0.0, lr = 0.0, peak = 0.0;
    std::int64_t frames = 0;
    while (true) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return Error{"cancelled"};
        const std::size_t blockFrames = blocks.next();
        if (blockFrames == 0)
            break;
        std::fill(sum[0].begin(), sum[0].end(), 0.0f);
        std::fill(sum[1].begin(), sum[1].end(), 0.0f);
        for (std::size_t k = 0; k < n; ++k) {
            const float* stereo = blocks.stereo(k);
            for (std::size_t i = 0; i < blockFrames; ++i) {
                const float l = stereo[2 * i], r = stereo[2 * i + 1];
                sum[0][i] += gainLeft[k] * l;
                sum[1][i] += gainRight[k] * r;
                mono[k][i] = 0.5f * (l + r);
            }
        }
        for (std::size_t a = 0; a < n; ++a) {
            const float* x = mono[a].data();
            blockEnergy[a] = dotProduct(x, x, blockFrames);
            energy[a] += blockEnergy[a];
            for (std::size_t b = a + 1; b < n; ++b)
                dot[a * n + b] += dotProduct(x, mono[b].data(), blockFrames);
        }
        const double sounding = kSoundingPower * static_cast<double>(blockFrames);
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = a + 1; b < n; ++b)
                if (blockEnergy[a] > sounding && blockEnergy[b] > sounding)
                    bothSounding[a * n + b] += static_cast<std::int64_t>(blockFrames);
        for (std::size_t k = 0; k < n; ++k) {
            if (spectrumSlot[k] < 0 || blockEnergy[k] <= sounding)
                continue;
            auto* in = static_cast<float*>(fftIn.data());
            std::memcpy(in, mono[k].data(), blockFrames * sizeof(float));
            std::fill(in + blockFrames, in + 2 * kBlockFrames, 0.0f);
            fft.forward(in, static_cast<std::complex<float>*>(fftOut.data()));
            const auto* out = static_cast<const std::complex<float>*>(fftOut.data());
            std::copy(out, out + bins, spectra[static_cast<std::size_t>(spectrumSlot[k])].begin());
        }
        for (AlignPair& p : align) {
            if (blockEnergy[p.a] <= sounding || blockEnergy[p.b] <= sounding)
                continue;
            const auto& x = spectra[static_cast<std::size_t>(spectrumSlot[p.a])];
            const auto& y = spectra[static_cast<std::size_t>(spectrumSlot[p.b])];
            for (std::size_t i = 0; i < bins; ++i) {
                p.cross[i] += std::complex<double>(x[i] * std::conj(y[i]));
                p.powerA[i] += static_cast<double>(std::norm(x[i]));
                p.powerB[i] += static_cast<double>(std::norm(y[i]));
            }
            p.energyA += blockEnergy[p.a];
            p.energyB += blockEnergy[p.b];
            p.frames += static_cast<std::int64_t>(blockFrames);
        }
        meter.process(sumPointers, blockFrames);
        for (std::size_t i = 0; i < blockFrames; ++i) {
            const double l = sum[0][i], r = sum[1][i];
            ll += l * l;
            rr += r * r;
            lr += l * r;
            peak = std::max({peak, std::abs(l), std::abs(r)});
        }
        frames += static_cast<std::int64_t>(blockFrames);
    }
    meter.finish();
    m.stems = static_cast<int>(files.size());
    m.durationS = static_cast<double>(frames) / rate;
    if (meter.maxPeak() > 0.0f)
        m.truePeakDbtp = 20.0 * std::log10(static_cast<double>(meter.maxPeak()));
    if (peak > 0.0)
        m.peakDbfs = 20.0 * std::log10(peak);
    // Correlation and mono fold-down loss as StereoAnalyzer measures them on a track.
    const StereoFigures stereo = stereoFigures({ll, rr, lr});
    m.correlation = stereo.correlation;
    m.monoLossDb = stereo.monoLossDb;
    for (std::size_t a = 0; a < n; ++a) {
        for (std::size_t b = a + 1; b < n; ++b) {
            if (energy[a] <= 0.0 || energy[b] <= 0.0
                || static_cast<double>(bothSounding[a * n + b]) / rate < SessionMixMeasure::kMinOpposedOverlapS)
                continue;
            const double c = dot[a * n + b] / std::sqrt(energy[a] * energy[b]);
            if (std::abs(c) >= SessionMixMeasure::kSameSourceCorrelation)
                m.sameSource.emplace_back(static_cast<int>(a), static_cast<int>(b));
            if (c > SessionMixMeasure::kOpposedCorrelation)
                continue;
            const double together = std::max(energy[a] + energy[b] + 2.0 * dot[a * n + b], 1e-30);
            const double framesD = static_cast<double>(std::max<std::int64_t>(frames, 1));
            m.opposed.push_back({static_cast<int>(a), static_cast<int>(b), c,
                                 10.0 * std::log10((energy[a] + energy[b]) / together),
                                 10.0 * std::log10(energy[a] / framesD), 10.0 * std::log10(energy[b] / framesD)});
        }
    }
    std::sort(m.opposed.begin(), m.opposed.end(),
              [](const OpposedStems& x, const OpposedStems& y) { return x.correlation < y.correlation; });
    for (const AlignPair& p : align) {
        const auto d = delayOf(p, fft, rate);
        if (!d)
            continue;
        const std::pair<int, int> pair{std::min(d->first, d->second), std::max(d->first, d->second)};
        if (std::abs(d->correlation) >= SessionMixMeasure::kSameSourceCorrelation
            && std::find(m.sameSource.begin(), m.sameSource.end(), pair) == m.sameSource.end())
            m.sameSource.push_back(pair);
        if (std::abs(d->lagMs) >= SessionMixMeasure::kMinAlignLagMs
            && std::abs(d->correlation) >= SessionMixMeasure::kMinAlignCorrelation)
            m.delayed.push_back(*d);
    }
    std::sort(m.delayed.begin(), m.delayed.end(), [](const DelayedStems& x, const DelayedStems& y) {
        return std::abs(x.correlation) > std::abs(y.correlation);
    });
    return m;
}

}  // namespace stemwise::core
