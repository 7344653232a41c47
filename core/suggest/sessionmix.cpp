// The unity-gain sum of a session's stems, measured (see sessionmix.h).
#include "suggest/sessionmix.h"

#include "audio/mixdown.h"
#include "audio/sourcereader.h"
#include "dsp/stereofigures.h"
#include "dsp/truepeak.h"
#include "util/strprintf.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

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
    struct Input {
        std::unique_ptr<SourceReader> reader;  // stereo at the sum's rate (audio/sourcereader.h)
        std::vector<float> stereo;
        std::vector<float> mono;  // this block's mono fold-down (the mean of the first two channels)
        bool done = false;
        float gainLeft = 1.0f;  // on the bus
        float gainRight = 1.0f;
    };
    std::vector<Input> inputs;
    // Stems of another rate are converted to the rate most stems have, as the mixdown does.
    const auto sumRate = unitySumRateHz(files);
    if (!sumRate)
        return sumRate.error();
    const double rate = sumRate.value();
    std::int64_t length = 0;
    const bool anySolo = std::any_of(placements.begin(), placements.end(), [](const MixPlacement& p) { return p.solo; });
    for (const auto& path : files) {
        auto opened = SourceReader::open(path, rate, kBlockFrames);
        if (!opened)
            return Error{path.filename().string() + ": " + opened.error().message};
        Input in;
        in.reader = std::move(opened.value());
        length = std::max(length, in.reader->lengthFrames());
        in.stereo.assign(2 * kBlockFrames, 0.0f);
        in.mono.assign(kBlockFrames, 0.0f);
        if (!placements.empty()) {
            const MixPlacement& place = placements[inputs.size()];
            const bool silenced = place.mute || (anySolo && !place.solo);
            const double gain = silenced || !std::isfinite(place.gainDb) ? 0.0 : std::pow(10.0, place.gainDb / 20.0);
            const double pan = std::clamp(place.pan, -1.0, 1.0);
            in.gainLeft = static_cast<float>(gain * std::min(1.0, 1.0 - pan));
            in.gainRight = static_cast<float>(gain * std::min(1.0, 1.0 + pan));
        }
        inputs.push_back(std::move(in));
    }
    // Pair sums of the mono fold-downs: energy per stem, dot product per pair (i < j).
    const std::size_t n = inputs.size();
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
    while (frames < length) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return Error{"cancelled"};
        std::fill(sum[0].begin(), sum[0].end(), 0.0f);
        std::fill(sum[1].begin(), sum[1].end(), 0.0f);
        const auto blockFrames = static_cast<std::size_t>(std::min<std::int64_t>(kBlockFrames, length - frames));
        for (Input& in : inputs) {
            std::fill(in.mono.begin(), in.mono.end(), 0.0f);
            if (in.done || frames >= in.reader->lengthFrames())
                continue;  // a shorter stem has ended: silence
            // A file cut short on disk ends where its frames end (silence after them).
            if (!in.reader->read(in.stereo.data(), blockFrames))
                in.done = true;
            for (std::size_t i = 0; i < blockFrames; ++i) {
                // Non-finite samples (a broken float file) count as silence, as in the analysis.
                const float l = std::isfinite(in.stereo[2 * i]) ? in.stereo[2 * i] : 0.0f;
                const float r = std::isfinite(in.stereo[2 * i + 1]) ? in.stereo[2 * i + 1] : 0.0f;
                sum[0][i] += in.gainLeft * l;
                sum[1][i] += in.gainRight * r;
                in.mono[i] = 0.5f * (l + r);
            }
        }
        for (std::size_t a = 0; a < n; ++a) {
            const float* x = inputs[a].mono.data();
            blockEnergy[a] = dotProduct(x, x, blockFrames);
            energy[a] += blockEnergy[a];
            for (std::size_t b = a + 1; b < n; ++b)
                dot[a * n + b] += dotProduct(x, inputs[b].mono.data(), blockFrames);
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
