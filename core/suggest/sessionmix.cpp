// The unity-gain sum of a session's stems, measured (see sessionmix.h).
#include "suggest/sessionmix.h"

#include "audio/mixdown.h"
#include "dsp/stereofigures.h"
#include "dsp/truepeak.h"
#include "util/strprintf.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace stemwise::core {

namespace {

constexpr std::size_t kBlockFrames = 8192;
constexpr double kSoundingPower = 1e-8;  // mean square of a block: -80 dBFS

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

}  // namespace

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
                                            const std::vector<MixPlacement>& placements)
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
    return m;
}

}  // namespace stemwise::core
