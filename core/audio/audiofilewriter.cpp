#include "audio/audiofilewriter.h"

#include <sndfile.h>

#include <algorithm>
#include <string>

namespace stemwise::core {

struct AudioFileWriter::Handle {
    SNDFILE* file = nullptr;
    ~Handle()
    {
        if (file != nullptr)
            sf_close(file);
    }
};

namespace {

constexpr std::size_t kBlockFrames = 4096;

int majorFormat(FileType type)
{
    switch (type) {
    case FileType::Wav: return SF_FORMAT_WAV;
    case FileType::Wav64: return SF_FORMAT_W64;
    case FileType::Rf64: return SF_FORMAT_RF64;
    case FileType::Aiff: return SF_FORMAT_AIFF;
    case FileType::Flac: return SF_FORMAT_FLAC;
    case FileType::OggVorbis:
    case FileType::OggOpus: return SF_FORMAT_OGG;
    }
    return 0;
}

int subtypeFormat(FileType type, SampleEncoding encoding)
{
    if (type == FileType::OggVorbis)
        return SF_FORMAT_VORBIS;
    if (type == FileType::OggOpus)
        return SF_FORMAT_OPUS;
    switch (encoding) {
    case SampleEncoding::PcmU8: return SF_FORMAT_PCM_U8;
    case SampleEncoding::PcmS8: return SF_FORMAT_PCM_S8;
    case SampleEncoding::Pcm16: return SF_FORMAT_PCM_16;
    case SampleEncoding::Pcm24: return SF_FORMAT_PCM_24;
    case SampleEncoding::Pcm32: return SF_FORMAT_PCM_32;
    case SampleEncoding::Float32: return SF_FORMAT_FLOAT;
    case SampleEncoding::Float64: return SF_FORMAT_DOUBLE;
    case SampleEncoding::Compressed: return 0;
    }
    return 0;
}

}  // namespace

Result<std::unique_ptr<AudioFileWriter>> AudioFileWriter::create(const std::filesystem::path& path,
                                                                 const WriteFormat& format)
{
    SF_INFO info{};
    info.samplerate = static_cast<int>(format.sampleRateHz);
    info.channels = format.channels;
    info.format = majorFormat(format.type) | subtypeFormat(format.type, format.encoding);
    if (format.channels <= 0 || info.samplerate <= 0)
        return Error{"needs at least one channel and a positive sample rate"};
    if (sf_format_check(&info) == 0)
        return Error{"this combination of file type, encoding, channels and sample rate cannot be written"};

    auto handle = std::make_unique<Handle>();
    handle->file = sf_open(path.c_str(), SFM_WRITE, &info);
    if (handle->file == nullptr)
        return Error{std::string("cannot be written: ") + sf_strerror(nullptr), ErrorCode::CannotWrite, sf_strerror(nullptr)};
    // Integer encodings: clip rather than wrap around on overs.
    sf_command(handle->file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    return std::unique_ptr<AudioFileWriter>(new AudioFileWriter(std::move(handle), format.channels));
}

AudioFileWriter::AudioFileWriter(std::unique_ptr<Handle> handle, int channels)
    : m_handle(std::move(handle))
    , m_channels(channels)
    , m_interleaved(kBlockFrames * static_cast<std::size_t>(channels))
{
}

AudioFileWriter::~AudioFileWriter() = default;

bool AudioFileWriter::write(std::span<const float* const> channels, std::size_t frames)
{
    const auto channelCount = static_cast<std::size_t>(m_channels);
    if (m_handle == nullptr || m_handle->file == nullptr || channels.size() < channelCount)
        return false;
    for (std::size_t done = 0; done < frames;) {
        const std::size_t n = std::min(kBlockFrames, frames - done);
        for (std::size_t c = 0; c < channelCount; ++c) {
            const float* in = channels[c] + done;
            for (std::size_t i = 0; i < n; ++i)
                m_interleaved[i * channelCount + c] = in[i];
        }
        const sf_count_t written = sf_writef_float(m_handle->file, m_interleaved.data(),
                                                   static_cast<sf_count_t>(n));
        if (written != static_cast<sf_count_t>(n))
            return false;
        done += n;
        m_framesWritten += static_cast<std::int64_t>(n);
    }
    return true;
}

bool AudioFileWriter::close()
{
    if (m_handle == nullptr || m_handle->file == nullptr)
        return false;
    sf_write_sync(m_handle->file);
    const int status = sf_close(m_handle->file);
    m_handle->file = nullptr;
    return status == 0;
}

}  // namespace stemwise::core
