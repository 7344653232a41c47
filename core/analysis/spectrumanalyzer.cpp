#include "analysis/spectrumanalyzer.h"

#include "analysis/trackprofile.h"
#include "dsp/float4.h"
#include "util/stats.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace stemwise::core {

namespace {

constexpr double kHannEnbwBins = 1.5;
// A frame quieter than this (mean power, i.e. -80 dBFS RMS) does not vote on persistence.
constexpr double kActiveFramePower = 1e-8;

struct Range {
    std::size_t first = 0;
    std::size_t last = 0;  // inclusive
};

}  // namespace

std::vector<bool> bandActiveIntervals(const BandActivity& activity, std::size_t band)
{
    const std::vector<double>& levels = activity.levelDb[band];
    std::vector<double> sorted = levels;
    const double loudDb = percentile(sorted, 0.9);
    const double thresholdDb = std::max(loudDb - BandActivity::kActiveRangeDb, BandActivity::kActiveFloorDb);
    std::vector<bool> active(levels.size());
    for (std::size_t i = 0; i < levels.size(); ++i)
        active[i] = levels[i] >= thresholdDb;
    return active;
}

AnalyzerInfo SpectrumAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "spectrum";
    i.version = 2;  // 2: band activity
    i.wantsLongFrames = true;
    i.wantsShortFrames = true;
    return i;
}

void SpectrumAnalyzer::prepare(const AnalysisContext& context)
{
    m_geometry = context.longStft;
    const auto bins = static_cast<std::size_t>(m_geometry.bins());
    m_powerSum.assign(bins, 0.0);
    m_shareSum.assign(bins, 0.0);
    m_shareHistogram.assign(bins * kShareBuckets, 0);
    m_persistenceFirstBin = std::min(bins, static_cast<std::size_t>(kMinResonanceHz / m_geometry.binHz()));
    m_persistenceLastBin = std::min(bins - 1, static_cast<std::size_t>(kMaxResonanceHz / m_geometry.binHz()) + 2);
    m_frames = 0;
    m_activeFrames = 0;

    for (std::size_t b = 0; b < kBandCount; ++b)
        m_bandFirstBin[b] = std::min(bins, static_cast<std::size_t>(std::ceil(kBands[b].lowHz / m_geometry.binHz())));
    m_bandFirstBin[kBandCount] = std::min({bins, static_cast<std::size_t>(std::ceil(kBands.back().highHz / m_geometry.binHz())),
                                           static_cast<std::size_t>(std::ceil(m_geometry.sampleRateHz / 2.0 / m_geometry.binHz()))});
    m_intervalPower.fill(0.0);
    m_intervalFrames = 0;
    m_interval = 0;
    m_durationS = std::max(0.0, context.format.durationS());
    for (auto& series : m_activityDb) {
        series.clear();
        series.reserve(static_cast<std::size_t>(m_durationS / kActivityIntervalS) + 2);
    }

    m_shortGeometry = context.shortStft;
    const auto shortBins = static_cast<std::size_t>(m_shortGeometry.bins());
    m_sibilantFirstBin = std::min(shortBins, static_cast<std::size_t>(std::ceil(4500.0 / m_shortGeometry.binHz())));
    m_sibilantLastBin = std::min(shortBins, static_cast<std::size_t>(std::ceil(10000.0 / m_shortGeometry.binHz())));
    m_sibilantPowerSum.assign(shortBins, 0.0);
    m_shortActive = m_shortSibilant = 0;
    m_activeLevelSumDb = m_sibilantLevelSumDb = 0.0;
}

void SpectrumAnalyzer::processShortFrame(const SpectrumFrame& frame)
{
    const double total = sumOf(frame.power.data() + 1, frame.power.size() - 1);
    const double meanPower = total / (2.0 * kHannEnbwBins);
    if (meanPower < kActiveFramePower * 100.0)  // -60 dBFS: breaths and bleed do not count
        return;
    const double band = sumOf(frame.power.data() + m_sibilantFirstBin, m_sibilantLastBin - m_sibilantFirstBin);
    const double levelDb = 10.0 * std::log10(meanPower);
    ++m_shortActive;
    m_activeLevelSumDb += levelDb;
    if (band < kSibilantShare * total || m_sibilantLastBin <= m_sibilantFirstBin)
        return;
    ++m_shortSibilant;
    m_sibilantLevelSumDb += levelDb;
    for (std::size_t k = m_sibilantFirstBin; k < m_sibilantLastBin; ++k)
        m_sibilantPowerSum[k] += frame.power[k];
}

void SpectrumAnalyzer::closeActivityInterval()
{
    for (std::size_t b = 0; b < kBandCount; ++b) {
        const double power = m_intervalFrames > 0 ? m_intervalPower[b] / static_cast<double>(m_intervalFrames) : 0.0;
        m_activityDb[b].push_back(powerToDb(power / (2.0 * kHannEnbwBins), kFloorDb));
    }
    m_intervalPower.fill(0.0);
    m_intervalFrames = 0;
    ++m_interval;
}

void SpectrumAnalyzer::processLongFrame(const SpectrumFrame& frame)
{
    const std::size_t bins = frame.power.size();
    // Band activity: a frame belongs to the interval holding its centre. (The last frames,
    // centred past the end of the file, fall into the last interval or one just after it.)
    const auto interval = static_cast<std::int64_t>(std::max(0.0, frame.timeS) / kActivityIntervalS);
    while (m_interval < interval)
        closeActivityInterval();
    for (std::size_t b = 0; b < kBandCount; ++b) {
        // Bands above the Nyquist frequency are empty (their edges may even cross).
        const std::size_t first = m_bandFirstBin[b], last = m_bandFirstBin[b + 1];
        if (last > first)
            m_intervalPower[b] += sumOf(frame.power.data() + first, last - first);
    }
    ++m_intervalFrames;
    // Four partial sums: one running double sum is a serial chain the compiler may not
    // reorder (no -ffast-math); four independent ones vectorise.
    double partial[4] = {};
    std::size_t k = 0;
    for (; k + 4 <= bins; k += 4) {
        for (std::size_t lane = 0; lane < 4; ++lane) {
            m_powerSum[k + lane] += frame.power[k + lane];
            partial[lane] += frame.power[k + lane];
        }
    }
    for (; k < bins; ++k) {
        m_powerSum[k] += frame.power[k];
        partial[0] += frame.power[k];
    }
    const double total = (partial[0] + partial[1]) + (partial[2] + partial[3]);
    ++m_frames;
    if (total / (2.0 * kHannEnbwBins) < kActiveFramePower)
        return;
    ++m_activeFrames;
    // Each bin's share of this frame's power, in 3 dB steps (the binary exponent), for the
    // persistence test of resonances (see the header).
    // Only the bins where resonances are looked for; the histogram is bucket-major so that
    // neighbouring bins, whose shares are alike, update neighbouring counters.
    const auto inverse = static_cast<float>(1.0 / total);
    for (k = m_persistenceFirstBin; k < m_persistenceLastBin; ++k) {
        const float q = frame.power[k] * inverse;
        m_shareSum[k] += q;
        // The binary exponent of q, read from its bits: q in [2^e, 2^(e+1)) lands in bucket −e.
        std::uint32_t bits = 0;
        std::memcpy(&bits, &q, sizeof bits);
        const int exponent = static_cast<int>((bits >> 23) & 0xffu) - 127;
        const int bucket = std::clamp(-exponent, 0, kShareBuckets - 1);
        ++m_shareHistogram[static_cast<std::size_t>(bucket) * m_shareSum.size() + k];
    }
}

double SpectrumAnalyzer::persistence(std::size_t k) const
{
    if (m_activeFrames == 0)
        return 0.0;
    // Frames where the bin holds at least about a quarter of its mean share: the 3 dB buckets
    // [2^-(b+1), 2^-b) that reach above that threshold.
    const double threshold = 0.25 * m_shareSum[k] / static_cast<double>(m_activeFrames);
    std::uint64_t frames = 0;
    for (int b = 0; b < kShareBuckets && std::ldexp(1.0, -b) > threshold; ++b)
        frames += m_shareHistogram[static_cast<std::size_t>(b) * m_shareSum.size() + k];
    return static_cast<double>(frames) / static_cast<double>(m_activeFrames);
}

void SpectrumAnalyzer::finish(TrackProfile& profile)
{
    SpectrumProfile& sp = profile.spectrum;
    if (m_intervalFrames > 0)
        closeActivityInterval();
    // The frame centred on the last sample may open an interval that holds less than a
    // tenth of a second of the file: drop it rather than report a near-empty interval.
    const auto wanted = static_cast<std::size_t>(std::max(1.0, std::ceil(m_durationS / kActivityIntervalS - 0.1)));
    sp.bandActivity.intervalS = kActivityIntervalS;
    for (std::size_t b = 0; b < kBandCount; ++b) {
        sp.bandActivity.levelDb[b] = m_activityDb[b];
        if (m_durationS > 0.0 && sp.bandActivity.levelDb[b].size() > wanted)
            sp.bandActivity.levelDb[b].resize(wanted);
        const std::vector<bool> active = bandActiveIntervals(sp.bandActivity, b);
        const auto count = std::count(active.begin(), active.end(), true);
        sp.bandActivity.activeFraction[b] = active.empty() ? 0.0 : static_cast<double>(count) / static_cast<double>(active.size());
    }
    if (m_shortActive > 0) {
        sp.sibilance.fraction = static_cast<double>(m_shortSibilant) / static_cast<double>(m_shortActive);
        if (m_shortSibilant > 0) {
            const auto peak = std::max_element(m_sibilantPowerSum.begin() + static_cast<std::ptrdiff_t>(m_sibilantFirstBin),
                                               m_sibilantPowerSum.begin() + static_cast<std::ptrdiff_t>(m_sibilantLastBin));
            sp.sibilance.peakHz = static_cast<double>(peak - m_sibilantPowerSum.begin()) * m_shortGeometry.binHz();
            sp.sibilance.excessDb = m_sibilantLevelSumDb / static_cast<double>(m_shortSibilant)
                                    - m_activeLevelSumDb / static_cast<double>(m_shortActive);
        }
    }
    if (m_frames == 0)
        return;
    const double binHz = m_geometry.binHz();
    const std::size_t bins = m_powerSum.size();
    std::vector<double> mean(bins);
    for (std::size_t k = 0; k < bins; ++k)
        mean[k] = m_powerSum[k] / static_cast<double>(m_frames);
    auto binOf = [binHz](double hz) { return static_cast<std::size_t>(std::ceil(hz / binHz)); };
    const double topHz = std::min(20000.0, m_geometry.sampleRateHz / 2.0);
    const Range audible{binOf(20.0), std::min(bins - 1, binOf(topHz) - 1)};

    double total = 0.0, weighted = 0.0, logSum = 0.0;
    for (std::size_t k = audible.first; k <= audible.last; ++k) {
        total += mean[k];
        weighted += mean[k] * static_cast<double>(k) * binHz;
        logSum += std::log(std::max(mean[k], 1e-30));
    }
    const double count = static_cast<double>(audible.last - audible.first + 1);

    // Bands (the air band is cut at Nyquist for low sample rates).
    for (std::size_t b = 0; b < kBandCount; ++b) {
        double band = 0.0;
        for (std::size_t k = binOf(kBands[b].lowHz); k < std::min(audible.last + 1, binOf(kBands[b].highHz)); ++k)
            band += mean[k];
        sp.bands[b].share = total > 0.0 ? band / total : 0.0;
        if (band > 0.0)
            sp.bands[b].levelDb = powerToDb(band / (2.0 * kHannEnbwBins), kFloorDb);
    }
    if (total <= 0.0)
        return;  // silence: no centroid, no peaks; the LTAS stays empty rather than all floor

    sp.centroidHz = weighted / total;
    double running = 0.0;
    for (std::size_t k = audible.first; k <= audible.last; ++k) {
        running += mean[k];
        if (running >= 0.85 * total) {
            sp.rolloff85Hz = static_cast<double>(k) * binHz;
            break;
        }
    }
    sp.flatness = std::exp(logSum / count) / (total / count);

    // LTAS on a 1/24-octave grid: the mean bin power over each point's 1/24-octave band,
    // interpolated between bins where the band is narrower than a bin (low frequencies).
    sp.ltasFrequencyHz.clear();
    sp.ltasDb.clear();
    for (int i = 0;; ++i) {
        const double f = 20.0 * std::pow(2.0, static_cast<double>(i) / kLtasPointsPerOctave);
        if (f > topHz)
            break;
        const double lo = f * std::pow(2.0, -0.5 / kLtasPointsPerOctave);
        const double hi = f * std::pow(2.0, 0.5 / kLtasPointsPerOctave);
        const std::size_t k0 = binOf(lo);
        const std::size_t k1 = std::min(bins, binOf(hi));
        double value = 0.0;
        if (k1 > k0) {
            for (std::size_t k = k0; k < k1; ++k)
                value += mean[k];
            value /= static_cast<double>(k1 - k0);
        } else {
            const double pos = f / binHz;
            const auto k = std::min(bins - 2, static_cast<std::size_t>(pos));
            const double t = pos - static_cast<double>(k);
            value = mean[k] * (1.0 - t) + mean[k + 1] * t;
        }
        sp.ltasFrequencyHz.push_back(f);
        sp.ltasDb.push_back(powerToDb(value, kFloorDb));
    }

    // Peaks of the mean spectrum, with the median level around them as their surround.
    std::vector<double> db(bins);
    for (std::size_t k = 0; k < bins; ++k)
        db[k] = powerToDb(mean[k], kFloorDb);
    struct Candidate {
        std::size_t bin;
        double frequencyHz;
        double levelDb;
        double gainDb;
    };
    // The surround of a frequency is the median level from a fifth below to a fifth above
    // it (f/1.5 to 1.5f), wide enough that a broad resonance does not raise its own
    // reference. Medians are taken on a 1/24-octave grid and interpolated in between.
    std::vector<double> gridHz, gridMedianDb, window;
    for (double f = 20.0; f <= topHz * 1.0001; f *= std::pow(2.0, 1.0 / kLtasPointsPerOctave)) {
        const std::size_t lo = std::min(bins - 1, static_cast<std::size_t>(f / 1.5 / binHz));
        const std::size_t hi = std::min(bins, std::max(lo + 5, static_cast<std::size_t>(f * 1.5 / binHz) + 1));
        window.assign(db.begin() + static_cast<std::ptrdiff_t>(lo), db.begin() + static_cast<std::ptrdiff_t>(hi));
        const auto middle = window.begin() + static_cast<std::ptrdiff_t>(window.size() / 2);
        std::nth_element(window.begin(), middle, window.end());
        gridHz.push_back(f);
        gridMedianDb.push_back(*middle);
    }
    auto surroundAt = [&](double f) {
        const double pos = std::log2(std::max(f, 20.0) / 20.0) * kLtasPointsPerOctave;
        const auto i = std::min(gridHz.size() - 1, static_cast<std::size_t>(pos));
        if (i + 1 >= gridHz.size())
            return gridMedianDb.back();
        const double t = pos - static_cast<double>(i);
        return gridMedianDb[i] * (1.0 - t) + gridMedianDb[i + 1] * t;
    };
    std::vector<Candidate> candidates;
    for (std::size_t k = std::max<std::size_t>(audible.first, 2); k + 2 <= audible.last; ++k) {
        if (!(db[k] > db[k - 1] && db[k] >= db[k + 1] && db[k] >= db[k - 2] && db[k] >= db[k + 2]))
            continue;
        const double surround = surroundAt(static_cast<double>(k) * binHz);
        // Parabolic interpolation on the dB values for the true peak between bins.
        const double a = db[k - 1], b = db[k], c = db[k + 1];
        const double denom = a - 2.0 * b + c;
        const double delta = denom < 0.0 ? 0.5 * (a - c) / denom : 0.0;
        candidates.push_back({k, (static_cast<double>(k) + delta) * binHz, b - 0.25 * (a - c) * delta,
                              b - surround});
    }

    // Dominant: the strongest peaks that stand out (≥ 3 dB over their surround), each at
    // least 1/6 octave from a stronger one, so neighbouring bins of one peak count once.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& x, const Candidate& y) { return x.levelDb > y.levelDb; });
    auto farFrom = [](double f, double g) { return std::abs(std::log2(f / g)) >= 1.0 / 6.0; };
    sp.dominant.clear();
    for (const Candidate& cand : candidates) {
        if (sp.dominant.size() >= kMaxDominant)
            break;
        if (cand.gainDb < 3.0)
            continue;
        if (std::all_of(sp.dominant.begin(), sp.dominant.end(),
                        [&](const SpectralPeak& p) { return farFrom(p.frequencyHz, cand.frequencyHz); }))
            sp.dominant.push_back({cand.frequencyHz, cand.levelDb});
    }

    // Resonances: narrow, prominent and persistent.
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& x, const Candidate& y) { return x.gainDb > y.gainDb; });
    sp.resonances.clear();
    for (const Candidate& cand : candidates) {
        if (sp.resonances.size() >= kMaxResonances || cand.gainDb < kMinResonanceGainDb)
            break;
        if (cand.frequencyHz < kMinResonanceHz || cand.frequencyHz > kMaxResonanceHz || m_activeFrames == 0)
            continue;
        const std::size_t k = cand.bin;
        if (std::max({persistence(k - 1), persistence(k), persistence(k + 1)}) < kMinPersistence)
            continue;
        // -3 dB bandwidth by walking down both flanks, interpolating the crossing.
        const double target = db[k] - 3.0;
        auto crossing = [&](int step) {
            std::size_t j = k;
            while (j > 0 && j + 1 < bins && db[j] > target)
                j = static_cast<std::size_t>(static_cast<long>(j) + step);
            const auto prev = static_cast<std::size_t>(static_cast<long>(j) - step);
            const double t = (db[prev] - target) / std::max(1e-9, db[prev] - db[j]);
            return (static_cast<double>(prev) + t * step) * binHz;
        };
        const double bandwidth = crossing(1) - crossing(-1);
        const double q = bandwidth > 0.0 ? cand.frequencyHz / bandwidth : 0.0;
        if (q < kMinResonanceQ || q > kMaxResonanceQ)
            continue;
        if (std::all_of(sp.resonances.begin(), sp.resonances.end(),
                        [&](const Resonance& r) { return farFrom(r.frequencyHz, cand.frequencyHz); }))
            sp.resonances.push_back({cand.frequencyHz, cand.gainDb, q});
    }
}

}  // namespace stemwise::core
