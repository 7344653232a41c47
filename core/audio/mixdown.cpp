// The stems summed at unity into one file (see mixdown.h).
#include "audio/mixdown.h"

#include "audio/audiofilereader.h"
#include "audio/audiofilewriter.h"
#include "util/strprintf.h"

#include <algorithm>
#include <memory>

namespace stemwise::core {

Result<MixdownInfo> writeUnitySum(const std::vector<std::filesystem::path>& files, const std::filesystem::path& out,
                                  const std::atomic<bool>* cancel, const std::function<void(double)>& progress)
{
    constexpr std::size_t kBlockFrames = 4096;
    if (files.empty())
        return Error{"no stems to sum"};
    struct Input {
        std::unique_ptr<AudioFileReader> reader;
        std::vector<std::vector<float>> buffers;
        std::vector<float*> pointers;
        bool ended = false;
    };
    std::vector<Input> inputs;
    MixdownInfo info;
    for (const auto& path : files) {
        auto opened = AudioFileReader::open(path, kBlockFrames);
        if (!opened)
            return Error{path.filename().string() + ": " + opened.error().message, opened.error().code,
                         opened.error().detail};
        Input in;
        in.reader = std::move(opened.value());
        const auto& format = in.reader->info().format;
        if (info.sampleRateHz == 0.0)
            info.sampleRateHz = format.sampleRateHz;
        else if (format.sampleRateHz != info.sampleRateHz)
            return Error{strprintf("%s: %.0f Hz, the other stems %.0f Hz: stems of different sample rates cannot be "
                                   "summed without resampling",
                                   path.filename().string().c_str(), format.sampleRateHz, info.sampleRateHz)};
        in.buffers.assign(static_cast<std::size_t>(format.channels), std::vector<float>(kBlockFrames));
        for (auto& b : in.buffers)
            in.pointers.push_back(b.data());
        info.frames = std::max<std::int64_t>(info.frames, static_cast<std::int64_t>(format.frames));
        inputs.push_back(std::move(in));
    }
    info.stems = static_cast<int>(inputs.size());

    auto created = AudioFileWriter::create(out, {FileType::Wav, SampleEncoding::Float32, info.sampleRateHz, 2});
    if (!created)
        return Error{out.filename().string() + ": " + created.error().message, created.error().code,
                     created.error().detail};
    AudioFileWriter& writer = *created.value();
    std::vector<float> left(kBlockFrames), right(kBlockFrames);
    const std::vector<const float*> sum{left.data(), right.data()};
    std::int64_t written = 0;
    while (true) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed))
            return Error{"cancelled"};  // the writer's destructor removes its temporary file
        std::fill(left.begin(), left.end(), 0.0f);
        std::fill(right.begin(), right.end(), 0.0f);
        std::size_t blockFrames = 0;
        for (Input& in : inputs) {
            if (in.ended)
                continue;
            const std::size_t got = in.reader->read(in.pointers, kBlockFrames);
            if (got < kBlockFrames)
                in.ended = true;
            const float* l = in.buffers[0].data();
            const float* r = in.buffers.size() >= 2 ? in.buffers[1].data() : l;
            for (std::size_t i = 0; i < got; ++i) {
                left[i] += l[i];
                right[i] += r[i];
            }
            blockFrames = std::max(blockFrames, got);
        }
        if (blockFrames == 0)
            break;
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
