#include "audio/audiofilewriter.h"

#include "util/safefile.h"

#include <sndfile.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include <unistd.h>

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
                                                                 const WriteFormat& format, WriteMode mode)
{
    SF_INFO info{};
    info.samplerate = static_cast<int>(format.sampleRateHz);
    info.channels = format.channels;
    info.format = majorFormat(format.type) | subtypeFormat(format.type, format.encoding);
    if (format.channels <= 0 || info.samplerate <= 0)
        return Error{"needs at least one channel and a positive sample rate"};
    if (sf_format_check(&info) == 0)
        return Error{"this combination of file type, encoding, channels and sample rate cannot be written"};

    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return Error{"cannot be written: it is a folder", ErrorCode::CannotWrite};
    static std::atomic<unsigned> serial{0};
    const std::filesystem::path writing =
        mode == WriteMode::InPlace
            ? path
            : temporaryPathFor(path, std::to_string(::getpid()) + "-" + std::to_string(serial.fetch_add(1)));
    auto handle = std::make_unique<Handle>();
    errno = 0;
    handle->file = sf_open(writing.c_str(), SFM_WRITE, &info);
    if (handle->file == nullptr) {
        const int error = errno;
        const std::string reason = error != 0 ? describeWriteErrno(error) : std::string(sf_strerror(nullptr));
        return Error{"cannot be written: " + reason, ErrorCode::CannotWrite, sf_strerror(nullptr)};
    }
    // Integer encodings: clip rather than wrap around on overs.
    sf_command(handle->file, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    auto writer = std::unique_ptr<AudioFileWriter>(new AudioFileWriter(std::move(handle), format.channels));
    writer->m_target = path;
    writer->m_writing = writing;
    writer->m_mode = mode;
    return writer;
}

AudioFileWriter::AudioFileWriter(std::unique_ptr<Handle> handle, int channels)
    : m_handle(std::move(handle))
    , m_channels(channels)
    , m_interleaved(kBlockFrames * static_cast<std::size_t>(channels))
{
}

AudioFileWriter::~AudioFileWriter()
{
    if (m_handle != nullptr && m_handle->file != nullptr) {
        sf_close(m_handle->file);
        m_handle->file = nullptr;
        // Never finished: the path stays as it was, unless a recording keeps what it holds.
        if (m_mode == WriteMode::Replace && (!m_keepIncomplete || ::rename(m_writing.c_str(), m_target.c_str()) != 0))
            ::unlink(m_writing.c_str());
    }
}

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
        errno = 0;
        const sf_count_t written = sf_writef_float(m_handle->file, m_interleaved.data(),
                                                   static_cast<sf_count_t>(n));
        if (written != static_cast<sf_count_t>(n)) {
            if (!m_failed)
                m_closeError = errno != 0 ? describeWriteErrno(errno) : std::string(sf_strerror(m_handle->file));
            m_failed = true;
            return false;
        }
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
    if (status != 0 && m_closeError.empty())
        m_closeError = sf_error_number(status);
    const bool complete = status == 0 && !m_failed;
    if (m_mode == WriteMode::InPlace)
        return complete;
    if (!complete) {
        // A recording keeps what reached the disk under its name; anything else is dropped.
        if (!m_keepIncomplete || ::rename(m_writing.c_str(), m_target.c_str()) != 0)
            ::unlink(m_writing.c_str());
        return false;
    }
    // Complete: synced and renamed over the path.
    auto replaced = replaceFileSafely(m_writing, m_target);
    if (!replaced) {
        if (m_closeError.empty())
            m_closeError = replaced.error().message;
        return false;
    }
    return complete;
}

}  // namespace stemwise::core
