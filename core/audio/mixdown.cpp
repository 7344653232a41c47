// The stems summed at unity into one file (see mixdown.h).
#include "audio/mixdown.h"

#include "audio/audiofilereader.h"
#include "audio/audiofilewriter.h"
#include "audio/sourcereader.h"
#include "util/strprintf.h"

#include <algorithm>
#include <memory>

namespace stemwise::core {

Result<double> unitySumRateHz(const std::vector<std::filesystem::path>& files)
{
    if (files.empty())
        return Error{"no stems to sum"};
    std::vector<double> rates;
    rates.reserve(files.size());
    for (const auto& path : files) {
        auto probed = probeAudioFile(path);
        if (!probed)
            return Error{path.filename().string() + ": " + probed.error().message, probed.error().code,
                         probed.error().detail};
        rates.push_back(probed.value().format.sampleRateHz);
    }
    // As few stems as possible are converted, and none is taken below its own rate by a tie.
    double best = 0.0;
    std::ptrdiff_t bestCount = 0;
    for (const double rate : rates) {
        const auto count = std::count(rates.begin(), rates.end(), rate);
        if (count > bestCount || (count == bestCount && rate > best)) {
            best = rate;
            bestCount = count;
        }
    }
    return best;
}

Result<MixdownInfo> writeUnitySum(const std::vector<std::filesystem::path>& files, const std::filesystem::path& out,
                                  const std::atomic<bool>* cancel, const std::function<void(double)>& progress)
{
    constexpr std::size_t kBlockFrames = 4096;
    const auto rate = unitySumRateHz(files);
    if (!rate)
        return rate.error();
    MixdownInfo info;
    info.sampleRateHz = rate.value();
    std::vector<std::unique_ptr<SourceReader>> inputs;
    std::vector<bool> ended;
    for (const auto& path : files) {
        auto opened = SourceReader::open(path, info.sampleRateHz, kBlockFrames);
        if (!opened)
            return Error{path.filename().string() + ": " + opened.error().message, opened.error().code,
                         opened.error().detail};
        info.frames = std::max(info.frames, opened.value()->lengthFrames());
        info.resampled += opened.value()->resampling() ? 1 : 0;
        inputs.push_back(std::move(opened.value()));
        ended.push_back(false);
    }
    info.stems = static_cast<int>(inputs.size());

    auto created = AudioFileWriter::create(out, {FileType::Wav, SampleEncoding::Float32, info.sampleRateHz, 2});
    if (!created)
        return Error{out.filename().string() + ": " + created.error().message, created.error().code,
                     created.error().detail};
    AudioFileWriter& writer = *created.value();
    std::vector<float> stem(2 * kBlockFrames);
    std::vector<float> left(kBlockFrames), right(kBlockFrames);
    const std::vector<const float*> sum{left.data(), right.data()};
    std::int64_t written = 0;
    while (written < info.frames) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return Error{"cancelled"};  // the writer's destructor removes its temporary file
        const auto blockFrames = static_cast<std::size_t>(std::min<std::int64_t>(kBlockFrames, info.frames - written));
        std::fill(left.begin(), left.end(), 0.0f);
        std::fill(right.begin(), right.end(), 0.0f);
        for (std::size_t k = 0; k < inputs.size(); ++k) {
            SourceReader& in = *inputs[k];
            if (ended[k] || written >= in.lengthFrames())
                continue;  // a shorter stem has ended: silence
            // A file cut short on disk ends where its frames end (the block holds silence after
            // them), as a shorter stem does; the stem's own analysis reports it truncated.
            if (!in.read(stem.data(), blockFrames))
                ended[k] = true;
            for (std::size_t i = 0; i < blockFrames; ++i) {
                left[i] += stem[2 * i];
                right[i] += stem[2 * i + 1];
            }
        }
        if (!writer.write(sum, blockFrames))
            return Error{out.filename().string() + ": the sum could not be written (disk full?)"};
        written += static_cast<std::int64_t>(blockFrames);
        if (progress && info.frames > 0)
            progress(std::min(1.0, static_cast<double>(written) / static_cast<double>(info.frames)));
    }
    if (!writer.close())
        return Error{out.filename().string() + ": the sum could not be completed"};
    info.frames = written;
    return info;
}

}  // namespace stemwise::core
