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

StemBlocks::StemBlocks(StemBlocks&&) noexcept = default;
StemBlocks& StemBlocks::operator=(StemBlocks&&) noexcept = default;
StemBlocks::~StemBlocks() = default;

Result<StemBlocks> StemBlocks::open(const std::vector<std::filesystem::path>& files, std::size_t blockFrames)
{
    const auto rate = unitySumRateHz(files);
    if (!rate)
        return rate.error();
    StemBlocks b;
    b.m_rateHz = rate.value();
    b.m_blockFrames = blockFrames;
    for (const auto& path : files) {
        auto opened = SourceReader::open(path, b.m_rateHz, blockFrames);
        if (!opened)
            return Error{path.filename().string() + ": " + opened.error().message, opened.error().code,
                         opened.error().detail};
        Stem stem;
        stem.reader = std::move(opened.value());
        stem.block.assign(2 * blockFrames, 0.0f);
        b.m_lengthFrames = std::max(b.m_lengthFrames, stem.reader->lengthFrames());
        b.m_resampled += stem.reader->resampling() ? 1 : 0;
        b.m_stems.push_back(std::move(stem));
    }
    return b;
}

std::size_t StemBlocks::next()
{
    const auto frames = static_cast<std::size_t>(std::clamp<std::int64_t>(m_lengthFrames - m_position, 0,
                                                                           static_cast<std::int64_t>(m_blockFrames)));
    for (Stem& stem : m_stems) {
        if (stem.ended || m_position >= stem.reader->lengthFrames()) {
            std::fill(stem.block.begin(), stem.block.end(), 0.0f);  // a shorter stem has ended: silence
            continue;
        }
        // The block holds silence after the frames of a file cut short on disk.
        if (!stem.reader->read(stem.block.data(), frames))
            stem.ended = true;
    }
    m_position += static_cast<std::int64_t>(frames);
    return frames;
}

Result<MixdownInfo> writeUnitySum(const std::vector<std::filesystem::path>& files, const std::filesystem::path& out,
                                  const std::atomic<bool>* cancel, const std::function<void(double)>& progress)
{
    constexpr std::size_t kBlockFrames = 4096;
    auto opened = StemBlocks::open(files, kBlockFrames);
    if (!opened)
        return opened.error();
    StemBlocks& blocks = opened.value();
    MixdownInfo info;
    info.sampleRateHz = blocks.rateHz();
    info.frames = blocks.lengthFrames();
    info.stems = static_cast<int>(blocks.stems());
    info.resampled = blocks.resampled();

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
        const std::size_t blockFrames = blocks.next();
        if (blockFrames == 0)
            break;
        std::fill(left.begin(), left.end(), 0.0f);
        std::fill(right.begin(), right.end(), 0.0f);
        for (std::size_t k = 0; k < blocks.stems(); ++k) {
            const float* stem = blocks.stereo(k);
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
