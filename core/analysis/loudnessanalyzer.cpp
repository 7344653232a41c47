#include "analysis/loudnessanalyzer.h"

#include "analysis/trackprofile.h"
#include "audio/resampler.h"
#include "dsp/truepeak.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <numeric>

// How the figures are taken. libebur128 K-weights the channels (and sums them with their
// BS.1770 weights); every "reading" (10 ms) we ask it for the mean-square energy of the
// last reading's frames, ebur128_loudness_window(). Every other figure is a mean of those
// energies, because all of BS.1770's windows tile exactly into readings:
//   momentary   = mean of the last 40 readings (400 ms), every reading;
//   short-term  = mean of the last 300 readings (3 s), every reading;
//   gating block j of the integrated loudness = the momentary value at 400 ms + j·100 ms
//                 (400 ms blocks, 75 % overlap);
//   loudness range input = the short-term value every 100 ms (Tech 3342: at least 10 Hz).
// Why not libebur128's own momentary/short-term/integrated/range: asking for the short-term
// loudness re-sums 3 s of audio each time (30x the filtering work at 10 Hz), its gating
// blocks re-sum 400 ms every 100 ms, its range samples the short-term loudness at 1 Hz where
// Tech 3342 asks for 10 Hz, and its histogram mode rounds every block to a 0.1 LU bin.
// Here integrated loudness and range come from 0.01 LU histograms that also keep the exact
// energy sum of each bin, so the gated mean is exact but for the bin that holds the
// relative threshold. Measured on stereo 48 kHz noise: 1206x realtime for the K-weighting
// and readings alone, against 666x with libebur128's M+S+I+LRA modes.

namespace stemwise::core {

namespace {

constexpr double kAbsoluteGateLufs = -70.0;       // BS.1770-4 eq. (6); Tech 3342 §3.1
constexpr double kIntegratedRelativeGateLu = -10.0;  // BS.1770-4 eq. (6)
constexpr double kRangeRelativeGateLu = -20.0;    // Tech 3342 §3.1
constexpr double kRangeLowPercentile = 0.10;      // Tech 3342 §3.1
constexpr double kRangeHighPercentile = 0.95;
constexpr double kKWeightingOffsetDb = -0.691;    // BS.1770-4 eq. (2)

// Streams under this rate are metered resampled to kResampledRateHz (see the header).
constexpr double kLowestMeteredRateHz = 22050.0;
constexpr unsigned long kResampledRateHz = 48000;
constexpr std::size_t kResampleChunkFrames = 4096;  // frames handed to and taken from libsoxr

// Histograms of block loudness: 0.01 LU bins from the absolute gate up to +130 LUFS. A float
// file may go far over full scale: the samples the analysis keeps stay under +120.4 dBFS
// (audio/brokensamples.h), the K-weighting's shelf adds 4 dB, and more channels add their
// sum; anything louder still lands in the top bin, which then counts as above any gate.
constexpr double kBinLu = 0.01;
constexpr double kHistogramTopLufs = 130.0;
constexpr std::size_t kHistogramBins =
    static_cast<std::size_t>((kHistogramTopLufs - kAbsoluteGateLufs) / kBinLu);

double energyToLufs(double energy)
{
    return kKWeightingOffsetDb + 10.0 * std::log10(energy);
}

double lufsToEnergy(double lufs)
{
    return std::pow(10.0, (lufs - kKWeightingOffsetDb) / 10.0);
}

// Energy (mean square, K-weighted, channel-weighted) at or above the absolute gate?
bool aboveAbsoluteGate(double energy)
{
    static const double gate = lufsToEnergy(kAbsoluteGateLufs);
    return energy >= gate;
}

std::size_t binOf(double lufs)
{
    const double index = std::floor((lufs - kAbsoluteGateLufs) / kBinLu);
    return static_cast<std::size_t>(std::clamp(index, 0.0, static_cast<double>(kHistogramBins - 1)));
}

double binCentreLufs(std::size_t bin)
{
    return kAbsoluteGateLufs + (static_cast<double>(bin) + 0.5) * kBinLu;
}

// First bin whose centre is at or above `lufs` (bins straddling a threshold go by their
// centre: at most half a bin, 0.005 LU, of misplacement), and never past the top bin: a gate
// above the histogram's top lies among that bin's blocks, which are above or at it.
std::size_t firstBinAtOrAbove(double lufs)
{
    const double index = std::ceil((lufs - kAbsoluteGateLufs) / kBinLu - 0.5);
    return static_cast<std::size_t>(std::clamp(index, 0.0, static_cast<double>(kHistogramBins - 1)));
}

// BS.1770-4 Table 3 for the layouts we can name; the WAV/SMPTE channel order.
void setChannelWeights(ebur128_state* state, std::size_t channels)
{
    for (std::size_t c = 0; c < channels; ++c)  // weight 1 (libebur128 leaves 4+ unused)
        ebur128_set_channel(state, static_cast<unsigned>(c), EBUR128_CENTER);
    if (channels == 5 || channels == 6) {
        ebur128_set_channel(state, 0, EBUR128_LEFT);
        ebur128_set_channel(state, 1, EBUR128_RIGHT);
        ebur128_set_channel(state, 2, EBUR128_CENTER);
        const unsigned surround = channels == 6 ? 4 : 3;
        if (channels == 6)
            ebur128_set_channel(state, 3, EBUR128_UNUSED);  // LFE: not in BS.1770
        ebur128_set_channel(state, surround, EBUR128_LEFT_SURROUND);  // +1.5 dB (1.41)
        ebur128_set_channel(state, surround + 1, EBUR128_RIGHT_SURROUND);
    }
}

}  // namespace

struct LoudnessAnalyzer::Meter {
    ebur128_state* state = nullptr;
    unsigned long readingMs = 0;
    // Gated loudness (BS.1770-4 eqs. 5-7): block counts and exact energy sums per bin.
    std::vector<std::uint32_t> blockCount;
    std::vector<double> blockEnergy;
    ~Meter() { ebur128_destroy(&state); }
};

struct LoudnessAnalyzer::Resampling {
    explicit Resampling(Resampler r) : resampler(std::move(r)) {}
    Resampler resampler;
    std::vector<float> out;  // kResampleChunkFrames interleaved frames at the meter's rate
};

LoudnessAnalyzer::LoudnessAnalyzer() = default;
LoudnessAnalyzer::~LoudnessAnalyzer() = default;

AnalyzerInfo LoudnessAnalyzer::info() const
{
    AnalyzerInfo i;
    i.id = "loudness";
    i.version = 2;  // 2: rates under 22.05 kHz metered at 48 kHz; blocks over +30 LUFS gated
    i.wantsBlocks = true;
    return i;
}

void LoudnessAnalyzer::prepare(const AnalysisContext& context)
{
    m_meter.reset();
    m_resampler.reset();
    m_truePeak.reset();
    m_channels = context.format.channels > 0 ? static_cast<std::size_t>(context.format.channels) : 0;
    m_framesSinceReading = 0;
    m_readings = 0;
    m_rangeEnergySum = 0.0;
    m_rangeCount = 0;
    m_momentaryMaxLufs.reset();
    m_shortTermMaxLufs.reset();

    const double rateHz = context.format.sampleRateHz;
    if (m_channels == 0 || !(rateHz >= 1.0) || rateHz > 1e7)
        return;
    const bool resample = rateHz < kLowestMeteredRateHz;
    const auto rate = resample ? kResampledRateHz : static_cast<unsigned long>(std::lround(rateHz));
    // Read every 10 ms where that is a whole number of frames (44.1, 48, 88.2, 96 kHz...),
    // otherwise every 100 ms (22.05 kHz; an odd rate's 100 ms rounds down to whole frames).
    // Rates under kLowestMeteredRateHz are read at kResampledRateHz.
    const unsigned long readingMs = rate % 100 == 0 ? 10 : 100;
    m_readingFrames = rate * readingMs / 1000;  // as ebur128_loudness_window() counts
    if (m_readingFrames == 0)
        return;

    // Mode M keeps the last 400 ms of K-weighted audio, enough for 10 or 100 ms readings;
    // histogram mode so that nothing in it allocates per block should I or LRA be enabled.
    ebur128_state* state = ebur128_init(static_cast<unsigned>(m_channels), rate,
                                        EBUR128_MODE_M | EBUR128_MODE_HISTOGRAM);
    if (state == nullptr)
        return;
    if (resample) {
        auto resampler = Resampler::create(rateHz, static_cast<double>(rate), static_cast<unsigned>(m_channels));
        if (!resampler) {
            ebur128_destroy(&state);
            return;  // no loudness rather than a wrong one
        }
        m_resampler = std::make_unique<Resampling>(std::move(resampler.value()));
        m_resampler->out.assign(kResampleChunkFrames * m_channels, 0.0f);
    }
    m_meter = std::make_unique<Meter>();
    m_meter->state = state;
    m_meter->readingMs = readingMs;
    m_meter->blockCount.assign(kHistogramBins, 0);
    m_meter->blockEnergy.assign(kHistogramBins, 0.0);
    setChannelWeights(state, m_channels);

    m_readingsPerMomentary = 400 / readingMs;
    m_readingsPerShortTerm = 3000 / readingMs;
    m_readingsPer100ms = 100 / readingMs;
    m_readingsPerSecond = 1000 / readingMs;
    m_interleaved.assign((m_resampler ? kResampleChunkFrames : m_readingFrames) * m_channels, 0.0f);
    m_readingEnergy.assign(m_readingsPerShortTerm, 0.0);
    m_rangeHistogram.assign(kHistogramBins, 0);
    // Room for the announced length (a point per second up to the series' cap).
    const std::int64_t seconds =
        context.format.frames > 0 ? static_cast<std::int64_t>(static_cast<double>(context.format.frames) / rateHz) + 1 : 0;
    m_curveEnergy.reset(1.0, static_cast<std::size_t>(seconds));
    m_truePeak = std::make_unique<TruePeak>(rateHz, static_cast<int>(m_channels));
}

void LoudnessAnalyzer::process(const AudioBlock& block)
{
    if (!m_meter || block.channels.size() < m_channels)
        return;
    m_truePeak->process(block.channels.first(m_channels), block.frames);
    // libebur128 and libsoxr take interleaved frames: the block's own, or its channels
    // interleaved here a chunk at a time.
    const auto meter = [this](const float* frames, std::size_t count) {
        if (m_resampler)
            resampleAndMeter(frames, count);
        else
            meterInterleaved(frames, count);
    };
    if (block.interleaved != nullptr && block.channels.size() == m_channels) {
        meter(block.interleaved, block.frames);
        return;
    }
    const std::size_t chunk = m_interleaved.size() / m_channels;
    for (std::size_t done = 0; done < block.frames;) {
        const std::size_t n = std::min(block.frames - done, chunk);
        float* out = m_interleaved.data();
        for (std::size_t c = 0; c < m_channels; ++c) {
            const float* in = block.channels[c] + done;
            for (std::size_t i = 0; i < n; ++i)
                out[i * m_channels + c] = in[i];
        }
        meter(out, n);
        done += n;
    }
}

// Interleaved frames at the meter's rate, cut at reading boundaries.
void LoudnessAnalyzer::meterInterleaved(const float* frames, std::size_t count)
{
    for (std::size_t done = 0; done < count;) {
        const std::size_t n = std::min(count - done, m_readingFrames - m_framesSinceReading);
        // Only fails for lack of memory, which mode M without I/LRA never asks for.
        ebur128_add_frames_float(m_meter->state, frames + done * m_channels, n);
        done += n;
        m_framesSinceReading += n;
        if (m_framesSinceReading == m_readingFrames) {
            m_framesSinceReading = 0;
            takeReading();
        }
    }
}

// `count` interleaved frames at the stream's rate through the resampler into the meter;
// `interleaved` null: the stream has ended, the resampler gives its last frames (libsoxr
// takes its filter's delay out, so the output is as long as the input, scaled by the rates).
void LoudnessAnalyzer::resampleAndMeter(const float* interleaved, std::size_t count)
{
    const bool flush = interleaved == nullptr;
    std::size_t used = 0;
    for (;;) {
        const auto step = m_resampler->resampler.process(flush ? nullptr : interleaved + used * m_channels,
                                                         flush ? 0 : count - used, m_resampler->out.data(), kResampleChunkFrames);
        if (!step)
            return;
        const auto [took, made] = step.value();
        used += took;
        meterInterleaved(m_resampler->out.data(), made);
        if (took == 0 && made == 0)
            return;
        if (!flush && used == count && made < kResampleChunkFrames)
            return;
    }
}

void LoudnessAnalyzer::takeReading()
{
    double lufs = -HUGE_VAL;
    ebur128_loudness_window(m_meter->state, m_meter->readingMs, &lufs);
    const double energy = std::isfinite(lufs) ? lufsToEnergy(lufs) : 0.0;
    const std::size_t ringSize = m_readingEnergy.size();
    m_readingEnergy[static_cast<std::size_t>(m_readings) % ringSize] = energy;
    ++m_readings;
    const auto readings = static_cast<std::size_t>(m_readings);

    // Momentary: the last 400 ms, defined once 400 ms have been read.
    if (readings >= m_readingsPerMomentary) {
        double sum = 0.0;
        for (std::size_t i = 0; i < m_readingsPerMomentary; ++i)
            sum += m_readingEnergy[(readings - 1 - i) % ringSize];
        const double momentary = sum / static_cast<double>(m_readingsPerMomentary);
        if (aboveAbsoluteGate(momentary)) {
            const double momentaryLufs = energyToLufs(momentary);
            if (!m_momentaryMaxLufs || momentaryLufs > *m_momentaryMaxLufs)
                m_momentaryMaxLufs = momentaryLufs;
            // A gating block every 100 ms; only those above the absolute gate count.
            if ((readings - m_readingsPerMomentary) % m_readingsPer100ms == 0) {
                const std::size_t bin = binOf(momentaryLufs);
                ++m_meter->blockCount[bin];
                m_meter->blockEnergy[bin] += momentary;
            }
        }
    }

    // Short-term: the last 3 s, defined once 3 s have been read.
    std::optional<double> shortTermEnergy;
    if (readings >= m_readingsPerShortTerm) {
        const double shortTerm = std::accumulate(m_readingEnergy.begin(), m_readingEnergy.end(), 0.0)
            / static_cast<double>(m_readingsPerShortTerm);
        if (aboveAbsoluteGate(shortTerm)) {
            shortTermEnergy = shortTerm;
            const double shortTermLufs = energyToLufs(shortTerm);
            if (!m_shortTermMaxLufs || shortTermLufs > *m_shortTermMaxLufs)
                m_shortTermMaxLufs = shortTermLufs;
            if (readings % m_readingsPer100ms == 0)
                addToLoudnessRange(shortTerm);
        }
    }
    if (readings % m_readingsPerSecond == 0)
        m_curveEnergy.add(shortTermEnergy);
}

void LoudnessAnalyzer::addToLoudnessRange(double energy)
{
    ++m_rangeHistogram[binOf(energyToLufs(energy))];
    m_rangeEnergySum += energy;
    ++m_rangeCount;
}

std::optional<double> LoudnessAnalyzer::loudnessRangeLu() const
{
    if (m_rangeCount == 0)
        return std::nullopt;
    // Tech 3342 §3.1 and its reference code: relative gate 20 LU below the power mean of
    // the short-term values above the absolute gate; LRA = 95th - 10th percentile of the
    // values at or above it, percentile k being sorted[round((n - 1)·k)].
    const double gateLufs =
        energyToLufs(m_rangeEnergySum / static_cast<double>(m_rangeCount)) + kRangeRelativeGateLu;
    const std::size_t first = firstBinAtOrAbove(gateLufs);
    const std::uint64_t n =
        std::accumulate(m_rangeHistogram.begin() + static_cast<std::ptrdiff_t>(first), m_rangeHistogram.end(),
                        std::uint64_t{0});
    if (n == 0)
        return std::nullopt;
    const auto rank = [n](double percentile) {
        return static_cast<std::uint64_t>(std::llround(static_cast<double>(n - 1) * percentile));
    };
    const std::uint64_t lowIndex = rank(kRangeLowPercentile);
    const std::uint64_t highIndex = rank(kRangeHighPercentile);
    std::optional<double> low, high;
    std::uint64_t seen = 0;
    for (std::size_t bin = first; bin < m_rangeHistogram.size() && !high; ++bin) {
        seen += m_rangeHistogram[bin];
        if (!low && seen > lowIndex)
            low = binCentreLufs(bin);
        if (seen > highIndex)
            high = binCentreLufs(bin);
    }
    return *high - *low;
}

void LoudnessAnalyzer::finish(TrackProfile& profile)
{
    LoudnessProfile& out = profile.loudness;
    out = LoudnessProfile{};
    out.curveIntervalS = 1.0;
    if (!m_meter)
        return;
    if (m_resampler)
        resampleAndMeter(nullptr, 0);

    // Integrated loudness, BS.1770-4 eqs. (5)-(7): the blocks in the histogram are those
    // above the absolute gate; the relative gate is 10 LU below their power mean.
    const auto& count = m_meter->blockCount;
    const auto& energy = m_meter->blockEnergy;
    const std::uint64_t blocks = std::accumulate(count.begin(), count.end(), std::uint64_t{0});
    if (blocks > 0) {
        const double absoluteGatedEnergy = std::accumulate(energy.begin(), energy.end(), 0.0)
            / static_cast<double>(blocks);
        const double relativeGateLufs = energyToLufs(absoluteGatedEnergy) + kIntegratedRelativeGateLu;
        const std::size_t first = firstBinAtOrAbove(relativeGateLufs);
        const std::uint64_t gatedBlocks = std::accumulate(
            count.begin() + static_cast<std::ptrdiff_t>(first), count.end(), std::uint64_t{0});
        const double gatedEnergy =
            std::accumulate(energy.begin() + static_cast<std::ptrdiff_t>(first), energy.end(), 0.0);
        if (gatedBlocks > 0)
            out.integratedLufs = energyToLufs(gatedEnergy / static_cast<double>(gatedBlocks));
    }
    out.lraLu = loudnessRangeLu();
    out.momentaryMaxLufs = m_momentaryMaxLufs;
    out.shortTermMaxLufs = m_shortTermMaxLufs;
    // A pooled point is the power mean of the seconds it covers (energies averaged, then
    // LUFS); a point of one second is that second's short-term loudness, as before.
    out.curveIntervalS = m_curveEnergy.intervalS();
    out.shortTermCurveLufs.reserve(m_curveEnergy.size());
    for (const auto& mean : m_curveEnergy.means())
        out.shortTermCurveLufs.push_back(mean ? std::optional<double>(energyToLufs(*mean)) : std::nullopt);

    m_truePeak->finish();
    out.truePeakPerChannelDbtp.resize(m_channels);
    for (std::size_t c = 0; c < m_channels; ++c) {
        const float peak = m_truePeak->peak(static_cast<int>(c));
        if (peak > 0.0f) {
            const double dbtp = 20.0 * std::log10(static_cast<double>(peak));
            out.truePeakPerChannelDbtp[c] = dbtp;
            if (!out.truePeakDbtp || dbtp > *out.truePeakDbtp)
                out.truePeakDbtp = dbtp;
        }
    }
}

}  // namespace stemwise::core
