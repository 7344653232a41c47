// SourceReader: decoding and resampling one stem (see sourcereader.h).
#include "audio/sourcereader.h"

#include "audio/audiofilereader.h"
#include "audio/brokensamples.h"
#include "audio/resampler.h"
#include "util/strprintf.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace stemwise::core {

struct SourceReader::Impl {
    std::unique_ptr<AudioFileReader> file;
    double outputRateHz = 0.0;
    std::size_t maxChunk = 0;
    std::vector<float> planar;      // channels × maxChunk
    std::vector<float*> pointers;
    // Resampling (none: the file's rate is the output's).
    std::optional<Resampler> resampler;
    std::vector<float> input;       // stereo frames waiting for the resampler
    std::size_t inputStart = 0;
    std::size_t inputCount = 0;
    bool inputDone = false;         // the file has no more frames: the resampler is flushing
    bool flushed = false;           // …and has given its last one
};

Result<std::unique_ptr<SourceReader>> SourceReader::open(const std::filesystem::path& path, double outputRateHz,
                                                         std::size_t maxChunkFrames)
{
    auto file = AudioFileReader::open(path, maxChunkFrames);
    if (!file)
        return file.error();
    auto reader = std::unique_ptr<SourceReader>(new SourceReader());
    reader->m_impl = std::make_unique<Impl>();
    Impl& d = *reader->m_impl;
    d.file = std::move(file.value());
    d.outputRateHz = outputRateHz;
    d.maxChunk = maxChunkFrames;
    const auto channels = static_cast<std::size_t>(d.file->info().format.channels);
    d.planar.resize(channels * maxChunkFrames);
    for (std::size_t c = 0; c < channels; ++c)
        d.pointers.push_back(d.planar.data() + c * maxChunkFrames);
    const double fileRate = d.file->info().format.sampleRateHz;
    const std::int64_t fileFrames = d.file->info().format.frames;
    if (fileRate == outputRateHz) {
        reader->m_lengthFrames = fileFrames;
    } else {
        reader->m_lengthFrames =
            static_cast<std::int64_t>(std::ceil(static_cast<double>(fileFrames) * outputRateHz / fileRate));
        auto resampler = Resampler::create(fileRate, outputRateHz, 2);
        if (!resampler)
            return resampler.error();
        d.resampler.emplace(std::move(resampler.value()));
        d.input.resize(2 * maxChunkFrames);
    }
    return reader;
}

SourceReader::~SourceReader() = default;

const AudioFileInfo& SourceReader::info() const noexcept
{
    return m_impl->file->info();
}

bool SourceReader::resampling() const noexcept
{
    return m_impl->resampler.has_value();
}

bool SourceReader::seek(std::int64_t frame)
{
    Impl& d = *m_impl;
    const double fileRate = d.file->info().format.sampleRateHz;
    const std::int64_t fileFrames = d.file->info().format.frames;
    std::int64_t fileFrame = frame;
    if (d.resampler) {
        fileFrame = static_cast<std::int64_t>(std::floor(static_cast<double>(frame) * fileRate / d.outputRateHz));
        d.resampler->clear();
        d.inputStart = d.inputCount = 0;
        d.inputDone = d.flushed = false;
    }
    fileFrame = std::clamp<std::int64_t>(fileFrame, 0, fileFrames);
    if (!d.file->seek(fileFrame)) {
        m_error = strprintf("cannot seek to frame %lld", static_cast<long long>(fileFrame));
        return false;
    }
    return true;
}

bool SourceReader::fill(float* out, std::size_t frames)
{
    Impl& d = *m_impl;
    const std::int64_t position = d.file->framesRead();
    const std::int64_t declared = d.file->info().format.frames;
    const auto wanted = static_cast<std::size_t>(std::clamp<std::int64_t>(declared - position, 0,
                                                                          static_cast<std::int64_t>(frames)));
    const std::size_t got = wanted > 0 ? d.file->read(d.pointers, wanted) : 0;
    const float* l = d.pointers[0];
    const float* r = d.pointers.size() >= 2 ? d.pointers[1] : d.pointers[0];
    // Broken samples (audio/brokensamples.h) are silence, as the analysis counts them: a NaN or
    // a 1e30 would spread through the resampler, the sum and the meters, and reach the speakers.
    for (std::size_t i = 0; i < got; ++i) {
        out[2 * i] = isBrokenSample(l[i]) ? 0.0f : l[i];
        out[2 * i + 1] = isBrokenSample(r[i]) ? 0.0f : r[i];
    }
    std::fill(out + 2 * got, out + 2 * frames, 0.0f);
    if (got < wanted) {
        m_error = strprintf("the file ended %lld frames before the length its header declares (changed or cut short "
                            "on disk)",
                            static_cast<long long>(declared - position - static_cast<std::int64_t>(got)));
        return false;
    }
    return true;
}

bool SourceReader::read(float* out, std::size_t frames)
{
    Impl& d = *m_impl;
    if (!d.resampler)
        return fill(out, frames);
    bool ok = true;
    std::size_t produced = 0;
    while (produced < frames) {
        if (d.inputCount == 0 && !d.inputDone) {
            const std::int64_t left = d.file->info().format.frames - d.file->framesRead();
            const auto take = static_cast<std::size_t>(std::clamp<std::int64_t>(left, 0, static_cast<std::int64_t>(d.maxChunk)));
            if (take == 0) {
                d.inputDone = true;
            } else {
                ok = fill(d.input.data(), take) && ok;
                d.inputStart = 0;
                d.inputCount = take;
            }
        }
        if (d.flushed) {
            std::fill(out + 2 * produced, out + 2 * frames, 0.0f);
            break;
        }
        const float* in = d.inputCount > 0 ? d.input.data() + 2 * d.inputStart : nullptr;
        const auto step = d.resampler->process(in, d.inputCount, out + 2 * produced, frames - produced);
        if (!step) {
            m_error = step.error().message;
            std::fill(out + 2 * produced, out + 2 * frames, 0.0f);
            return false;
        }
        d.inputStart += step->used;
        d.inputCount -= step->used;
        produced += step->made;
        if (in == nullptr && step->made == 0)
            d.flushed = true;
    }
    return ok;
}

}  // namespace stemwise::core
