#include "audio/audiofilereader.h"

#include "audio/containercheck.h"
#include "audio/sndfileformat.h"

#include <sndfile.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace stemwise::core {

// The file libsndfile reads: by name, or (a cut CAF) through virtual I/O that rewrites the
// few header bytes ContainerCheck::patch names, so that what is there can be read.
struct AudioFileReader::Handle {
    SNDFILE* file = nullptr;
    int fd = -1;
    sf_count_t length = 0;
    sf_count_t position = 0;
    ContainerCheck::Patch patch;
    ~Handle()
    {
        if (file != nullptr)
            sf_close(file);
        if (fd >= 0)
            ::close(fd);
    }

    static sf_count_t fileLength(void* user) { return static_cast<Handle*>(user)->length; }
    static sf_count_t seek(sf_count_t offset, int whence, void* user)
    {
        auto* h = static_cast<Handle*>(user);
        const sf_count_t base = whence == SEEK_CUR ? h->position : whence == SEEK_END ? h->length : 0;
        h->position = std::clamp<sf_count_t>(base + offset, 0, h->length);
        return h->position;
    }
    static sf_count_t read(void* out, sf_count_t count, void* user)
    {
        auto* h = static_cast<Handle*>(user);
        const ssize_t n = ::pread(h->fd, out, static_cast<std::size_t>(std::max<sf_count_t>(count, 0)), h->position);
        if (n <= 0)
            return 0;
        // Overlay the patched bytes where this read covers them.
        const auto start = static_cast<std::uintmax_t>(h->position);
        for (std::size_t i = 0; i < h->patch.bytes.size(); ++i) {
            const std::uintmax_t at = h->patch.offset + i;
            if (at >= start && at < start + static_cast<std::uintmax_t>(n))
                static_cast<unsigned char*>(out)[at - start] = h->patch.bytes[i];
        }
        h->position += n;
        return n;
    }
    static sf_count_t write(const void*, sf_count_t, void*) { return 0; }
    static sf_count_t tell(void* user) { return static_cast<Handle*>(user)->position; }
};

namespace {

std::string formatRate(double hz)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.0f Hz", hz);
    return text;
}

// Checks that can be answered without libsndfile, so that the user gets "no such file"
// rather than libsndfile's generic "System error".
Result<std::uintmax_t> checkPath(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) {
        if (ec && ec != std::errc::no_such_file_or_directory)
            return Error{"cannot be accessed: " + ec.message(), ErrorCode::NotAccessible, ec.message()};
        return Error{"no such file", ErrorCode::NoSuchFile};
    }
    if (std::filesystem::is_directory(status))
        return Error{"is a folder, not an audio file", ErrorCode::IsFolder};
    if (!std::filesystem::is_regular_file(status))
        return Error{"is not a regular file", ErrorCode::NotRegularFile};
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return Error{"cannot be accessed: " + ec.message(), ErrorCode::NotAccessible, ec.message()};
    if (size == 0)
        return Error{"is empty (0 bytes)", ErrorCode::EmptyFile};
    return size;
}

// libsndfile's own words are written for programmers ("Internal error : SF_INFO struct
// incomplete."); each known one becomes a sentence a user can act on, keeping libsndfile's
// text as the detail.
Error describeOpenFailure(const std::filesystem::path& path)
{
    const std::string reason = sf_strerror(nullptr);
    auto says = [&reason](const char* words) { return reason.find(words) != std::string::npos; };
    if (says("unknown format") || says("Format not recognised"))
        return {"is not an audio file in a format Stemwise reads (" + reason + ")", ErrorCode::NotAudio, reason};
    if (says("Permission denied"))
        return {"cannot be read: permission denied", ErrorCode::PermissionDenied};
    if (says("SF_INFO struct incomplete")) {
        // libsndfile refuses a header whose rate or channel count no audio can have.
        if (const auto declared = declaredFormat(path)) {
            if (declared->channels <= 0)
                return {"declares no audio channels (its header is damaged)", ErrorCode::NoChannels, reason};
            if (declared->sampleRateHz < AudioFileReader::kMinSampleRateHz
                || declared->sampleRateHz > AudioFileReader::kMaxSampleRateHz)
                return {"declares a sample rate of " + formatRate(declared->sampleRateHz) + ", outside the "
                            + formatRate(AudioFileReader::kMinSampleRateHz) + " to "
                            + formatRate(AudioFileReader::kMaxSampleRateHz) + " Stemwise reads (its header is damaged)",
                        ErrorCode::UnsupportedSampleRate, formatRate(declared->sampleRateHz)};
        }
        return {"has a damaged header: it declares a sample rate, channel count or length no audio can have",
                ErrorCode::CannotOpen, reason};
    }
    if (says("Channel count is zero"))
        return {"declares no audio channels (its header is damaged)", ErrorCode::NoChannels, reason};
    // libsndfile's MPEG reader answers this for any file it cannot decode, though the file
    // is there and regular (checked above).
    if (says("File does not exist or is not a regular file"))
        return {"is not an audio file in a format Stemwise reads (no audio could be decoded from it, whatever its "
                "name says)",
                ErrorCode::NotAudio, reason};
    if (says("malformed") || says("Malformed") || says("Error in WAV") || says("Error in AIFF")
        || says("not a valid"))
        return {"is damaged: its header does not describe audio Stemwise can read (" + reason + ")",
                ErrorCode::CannotOpen, reason};
    // libsndfile's answer to a header it parses but cannot decode, such as float samples
    // declared 16 bits wide.
    if (says("Unspecified internal error"))
        return {"cannot be decoded: its header declares a sample encoding no audio reader decodes (a damaged header "
                "or a faulty exporter; export it again)",
                ErrorCode::CannotOpen, reason};
    if (says("System error"))
        return {"cannot be read: the system refused it (" + reason + ")", ErrorCode::NotAccessible, reason};
    return {"cannot be opened as audio: " + reason, ErrorCode::CannotOpen, reason};
}

// Whether the encoding's frames take a varying number of bytes (so a byte count says no
// frame count).
bool isCompressed(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
    case SF_FORMAT_PCM_16:
    case SF_FORMAT_PCM_24:
    case SF_FORMAT_PCM_32:
    case SF_FORMAT_FLOAT:
    case SF_FORMAT_DOUBLE:
    case SF_FORMAT_ULAW:
    case SF_FORMAT_ALAW:
        return false;
    default:
        return true;
    }
}

// libsndfile trims the length of a file cut short (a bounce interrupted, a copy that did not
// finish) to the data present, and notes the header's claim in its log, e.g.
// "data : 96000 (should be 60000)" for WAV or "SSND : … (should be …)" for AIFF.
// Returns the frames the header promised beyond those present.
std::int64_t framesCutFromHeader(SNDFILE* file, const SF_INFO& info, int bitsPerSample)
{
    if (bitsPerSample <= 0 || info.channels <= 0)
        return 0;
    std::string log(8192, '\0');
    sf_command(file, SFC_GET_LOG_INFO, log.data(), static_cast<int>(log.size()));
    for (const char* chunk : {"\ndata : ", "\nSSND : "}) {
        const auto at = log.find(chunk);
        if (at == std::string::npos)
            continue;
        // "<declared> (should be <present>)", numbers past long long refused (sscanf's %lld
        // would be undefined on them, and the header is the untrusted file's).
        static constexpr std::string_view kShouldBe = " (should be ";
        const char* const end = log.data() + log.size();
        long long declared = 0;
        long long present = 0;
        const auto first = std::from_chars(log.data() + at + std::strlen(chunk), end, declared);
        if (first.ec != std::errc() || !std::string_view(first.ptr, static_cast<std::size_t>(end - first.ptr)).starts_with(kShouldBe))
            continue;
        if (std::from_chars(first.ptr + kShouldBe.size(), end, present).ec == std::errc() && declared > present) {
            const long long frameBytes = static_cast<long long>(info.channels) * (bitsPerSample / 8);
            return frameBytes > 0 ? (declared - present) / frameBytes : 0;
        }
    }
    return 0;
}

}  // namespace

Result<std::unique_ptr<AudioFileReader>> AudioFileReader::open(const std::filesystem::path& path,
                                                               std::size_t blockFrames)
{
    auto size = checkPath(path);
    if (!size)
        return size.error();

    SF_INFO sfInfo{};
    auto handle = std::make_unique<Handle>();
    const ContainerCheck container = checkContainer(path);
    if (container.patch) {
        // A CAF cut short: libsndfile refuses it as it is; read what is there.
        handle->fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (handle->fd < 0)
            return Error{std::string("cannot be read: ") + std::strerror(errno), ErrorCode::NotAccessible, std::strerror(errno)};
        handle->length = static_cast<sf_count_t>(size.value());
        handle->patch = *container.patch;
        SF_VIRTUAL_IO io{&Handle::fileLength, &Handle::seek, &Handle::read, &Handle::write, &Handle::tell};
        handle->file = sf_open_virtual(&io, SFM_READ, &sfInfo, handle.get());
    } else {
        handle->file = sf_open(path.c_str(), SFM_READ, &sfInfo);
    }
    if (handle->file == nullptr)
        return describeOpenFailure(path);
    // An Ogg stream cut short has no last page to say how long it is: libsndfile answers
    // "as long as possible". The length is unknown; reading finds what is there.
    const bool lengthUnknown = sfInfo.frames >= std::numeric_limits<sf_count_t>::max() / 2;
    if (lengthUnknown)
        sfInfo.frames = 0;

    if (sfInfo.channels <= 0)
        return Error{"declares no audio channels", ErrorCode::NoChannels};
    if (sfInfo.channels > kMaxChannels)
        return Error{"declares " + std::to_string(sfInfo.channels) + " channels, more than the "
                     + std::to_string(kMaxChannels) + " Stemwise reads",
                     ErrorCode::TooManyChannels};
    if (sfInfo.samplerate < kMinSampleRateHz || sfInfo.samplerate > kMaxSampleRateHz)
        return Error{"declares a sample rate of " + formatRate(sfInfo.samplerate)
                     + ", outside the " + formatRate(kMinSampleRateHz) + " to "
                     + formatRate(kMaxSampleRateHz) + " Stemwise reads",
                     ErrorCode::UnsupportedSampleRate, formatRate(sfInfo.samplerate)};
    if (sfInfo.frames < 0)
        return Error{"has no known length", ErrorCode::UnknownLength};

    AudioFileInfo info;
    info.path = path;
    info.fileSizeBytes = size.value();
    info.format.sampleRateHz = sfInfo.samplerate;
    info.format.channels = sfInfo.channels;
    info.format.frames = sfInfo.frames;
    info.container = sndfile::containerShortName(sfInfo.format);
    info.containerName = sndfile::formatDescription(sfInfo.format, false);
    info.encoding = sndfile::encodingShortName(sfInfo.format);
    info.encodingName = sndfile::formatDescription(sfInfo.format, true);
    info.bitsPerSample = sndfile::bitsPerSample(sfInfo.format);
    const int subtype = sfInfo.format & SF_FORMAT_SUBMASK;
    info.isFloat = subtype == SF_FORMAT_FLOAT || subtype == SF_FORMAT_DOUBLE;
    std::int64_t cut = framesCutFromHeader(handle->file, sfInfo, info.bitsPerSample);
    const std::int64_t frameBytes = static_cast<std::int64_t>(info.format.channels) * (info.bitsPerSample / 8);
    if (cut == 0 && container.bytesMissing > 0 && frameBytes > 0 && !isCompressed(sfInfo.format))
        cut = static_cast<std::int64_t>(container.bytesMissing) / frameBytes;
    // Cut short by an amount the file cannot tell: an Ogg stream without its last page, or a
    // compressed encoding whose bytes per frame vary.
    const bool cutUnknown = container.endOfStreamMissing || lengthUnknown
                            || (container.bytesMissing > 0 && (frameBytes == 0 || isCompressed(sfInfo.format)));

    // Float files keep values beyond ±1: clipping them here would hide overs we must report.
    sf_command(handle->file, SFC_SET_CLIPPING, nullptr, SF_FALSE);

    auto reader = std::unique_ptr<AudioFileReader>(
        new AudioFileReader(std::move(handle), std::move(info), std::max<std::size_t>(blockFrames, 1)));
    reader->m_framesCutFromHeader = cut;
    reader->m_cutUnknown = cutUnknown && cut == 0;
    return reader;
}

AudioFileReader::AudioFileReader(std::unique_ptr<Handle> handle, AudioFileInfo info, std::size_t blockFrames)
    : m_handle(std::move(handle))
    , m_info(std::move(info))
    , m_interleaved(blockFrames * static_cast<std::size_t>(m_info.format.channels))
    , m_blockFrames(blockFrames)
{
}

AudioFileReader::~AudioFileReader() = default;

std::size_t AudioFileReader::read(std::span<float* const> channels, std::size_t frames)
{
    const auto channelCount = static_cast<std::size_t>(m_info.format.channels);
    if (m_atEnd || channels.size() < channelCount)
        return 0;

    m_lastInterleaved = {};
    std::size_t done = 0;
    int pieces = 0;
    while (done < frames) {
        const std::size_t want = std::min(frames - done, m_blockFrames);
        const sf_count_t got = sf_readf_float(m_handle->file, m_interleaved.data(),
                                              static_cast<sf_count_t>(want));
        if (got <= 0) {
            m_atEnd = true;
            break;
        }
        const auto gotFrames = static_cast<std::size_t>(got);
        if (channelCount == 2) {  // the common case, in a loop the compiler vectorises
            const float* __restrict in = m_interleaved.data();
            float* __restrict left = channels[0] + done;
            float* __restrict right = channels[1] + done;
            for (std::size_t i = 0; i < gotFrames; ++i) {
                left[i] = in[2 * i];
                right[i] = in[2 * i + 1];
            }
        } else {
            for (std::size_t c = 0; c < channelCount; ++c) {
                float* out = channels[c] + done;
                const float* in = m_interleaved.data() + c;
                for (std::size_t i = 0; i < gotFrames; ++i)
                    out[i] = in[i * channelCount];
            }
        }
        done += gotFrames;
        ++pieces;
        if (gotFrames < want) {
            m_atEnd = true;
            break;
        }
    }
    if (pieces == 1)
        m_lastInterleaved = std::span<const float>(m_interleaved.data(), done * channelCount);
    m_framesRead += static_cast<std::int64_t>(done);
    return done;
}

bool AudioFileReader::truncated() const noexcept
{
    return m_cutUnknown || framesMissing() > 0;
}

std::int64_t AudioFileReader::framesMissing() const noexcept
{
    const std::int64_t shortRead =
        m_atEnd && m_info.format.frames > 0 ? std::max<std::int64_t>(0, m_info.format.frames - m_framesRead) : 0;
    return m_framesCutFromHeader + shortRead;
}

bool AudioFileReader::rewind()
{
    return seek(0);
}

bool AudioFileReader::seek(std::int64_t frame)
{
    if (frame < 0 || sf_seek(m_handle->file, static_cast<sf_count_t>(frame), SEEK_SET) != static_cast<sf_count_t>(frame))
        return false;
    m_framesRead = frame;
    m_atEnd = false;
    return true;
}

Result<AudioFileInfo> probeAudioFile(const std::filesystem::path& path)
{
    auto reader = AudioFileReader::open(path, 1);
    if (!reader)
        return reader.error();
    return reader.value()->info();
}

}  // namespace stemwise::core
