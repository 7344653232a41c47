// The unity-gain sum of a session's stems, measured (see sessionmix.h).
#include "suggest/sessionmix.h"

#include "audio/audiofilereader.h"
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

Result<SessionMixMeasure> measureSessionMix(const std::vector<std::filesystem::path>& files, const std::atomic<bool>* cancel)
{
    SessionMixMeasure m;
    if (files.empty())
        return Error{"no files to sum"};
    struct Input {
        std::unique_ptr<AudioFileReader> reader;
        std::vector<std::vector<float>> buffers;
        std::vector<float*> pointers;
        bool done = false;
    };
    std::vector<Input> inputs;
    double rate = 0.0;
    for (const auto& path : files) {
        auto opened = AudioFileReader::open(path, kBlockFrames);
        if (!opened)
            return Error{path.filename().string() + ": " + opened.error().message};
        Input in;
        in.reader = std::move(opened.value());
        const auto& format = in.reader->info().format;
        if (rate == 0.0)
            rate = format.sampleRateHz;
        else if (format.sampleRateHz != rate)
            return Error{strprintf("the stems have different sample rates (%.0f Hz and %.0f Hz): they cannot be summed "
                                   "sample by sample",
                                   rate, format.sampleRateHz)};
        in.buffers.assign(static_cast<std::size_t>(format.channels), std::vector<float>(kBlockFrames));
        for (auto& b : in.buffers)
            in.pointers.push_back(b.data());
        inputs.push_back(std::move(in));
    }

    TruePeak meter(rate, 2);
    std::array<std::vector<float>, 2> sum{std::vector<float>(kBlockFrames), std::vector<float>(kBlockFrames)};
    const std::array<const float*, 2> sumPointers{sum[0].data(), sum[1].data()};
    double ll = 0.0, rr = 0.0, lr = 0.0, peak = 0.0;
    std::int64_t frames = 0;
    for (;;) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return Error{"cancelled"};
        std::fill(sum[0].begin(), sum[0].end(), 0.0f);
        std::fill(sum[1].begin(), sum[1].end(), 0.0f);
        std::size_t blockFrames = 0;
        for (Input& in : inputs) {
            if (in.done)
                continue;
            const std::size_t got = in.reader->read(in.pointers, kBlockFrames);
            if (got < kBlockFrames)
                in.done = true;
            const std::size_t channels = in.buffers.size();
            const float* left = in.buffers[0].data();
            const float* right = channels >= 2 ? in.buffers[1].data() : left;
            for (std::size_t i = 0; i < got; ++i) {
                // Non-finite samples (a broken float file) count as silence, as in the analysis.
                sum[0][i] += std::isfinite(left[i]) ? left[i] : 0.0f;
                sum[1][i] += std::isfinite(right[i]) ? right[i] : 0.0f;
            }
            blockFrames = std::max(blockFrames, got);
        }
        if (blockFrames == 0)
            break;
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
    return m;
}

}  // namespace stemwise::core
