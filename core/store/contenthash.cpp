#include "store/contenthash.h"

#include "store/hash64.h"

#include <sndfile.h>

#include <bit>
#include <chrono>
#include <cstring>
#include <memory>
#include <vector>

namespace stemwise::core {

namespace {

struct SndFileCloser {
    void operator()(SNDFILE* f) const noexcept { sf_close(f); }
};

// Bytes per sample of the encodings whose stored bytes are the samples themselves, 0 for
// any other (compressed or block-coded) encoding.
int storedSampleBytes(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV: case SF_FORMAT_WAVEX: case SF_FORMAT_AIFF: case SF_FORMAT_AU:
    case SF_FORMAT_W64: case SF_FORMAT_RF64: case SF_FORMAT_CAF:
        break;
    default:
        return 0;  // FLAC, Ogg, MPEG… store compressed data even for a "PCM_16" subtype
    }
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8: case SF_FORMAT_PCM_U8: case SF_FORMAT_ULAW: case SF_FORMAT_ALAW: return 1;
    case SF_FORMAT_PCM_16: return 2;
    case SF_FORMAT_PCM_24: return 3;
    case SF_FORMAT_PCM_32: case SF_FORMAT_FLOAT: return 4;
    case SF_FORMAT_DOUBLE: return 8;
    default: return 0;
    }
}

// About 1 MB per read: large enough that per-call overhead vanishes, small enough to stay
// in the caches while it is hashed.
constexpr std::size_t kReadFrames = 1u << 16;

}  // namespace

Result<AudioContentHash> hashAudioContent(const std::filesystem::path& path)
{
    const auto started = std::chrono::steady_clock::now();
    SF_INFO info{};
    std::unique_ptr<SNDFILE, SndFileCloser> file(sf_open(path.c_str(), SFM_READ, &info));
    if (!file)
        return Error{std::string("cannot be opened as audio: ") + sf_strerror(nullptr)};
    if (info.channels <= 0 || info.frames < 0)
        return Error{"declares no audio channels or no length"};

    AudioContentHash result;
    Hash64 hash;
    // The stream's shape first: the same bytes at another rate or channel count are other audio.
    hash.updateU64(std::bit_cast<std::uint64_t>(static_cast<double>(info.samplerate)));
    hash.updateU64(static_cast<std::uint64_t>(info.channels));
    hash.updateU64(static_cast<std::uint64_t>(info.frames));
    hash.updateU64(static_cast<std::uint64_t>(info.format & SF_FORMAT_SUBMASK));

    const auto channels = static_cast<std::size_t>(info.channels);
    const int sampleBytes = storedSampleBytes(info.format);
    if (sampleBytes > 0) {
        result.method = "pcm-data";
        hash.update("pcm-data", 8);
        const std::size_t frameBytes = channels * static_cast<std::size_t>(sampleBytes);
        std::vector<std::byte> buffer(kReadFrames * frameBytes);
        for (;;) {
            // sf_read_raw wants whole frames; it stops at the end of the data chunk.
            const sf_count_t got = sf_read_raw(file.get(), buffer.data(), static_cast<sf_count_t>(buffer.size()));
            if (got <= 0)
                break;
            hash.update(buffer.data(), static_cast<std::size_t>(got));
            result.bytesHashed += static_cast<std::uint64_t>(got);
        }
    } else {
        result.method = "decoded-f32";
        hash.update("decoded-f32", 11);
        std::vector<float> buffer(kReadFrames * channels);
        for (;;) {
            const sf_count_t got = sf_readf_float(file.get(), buffer.data(), static_cast<sf_count_t>(kReadFrames));
            if (got <= 0)
                break;
            const std::size_t bytes = static_cast<std::size_t>(got) * channels * sizeof(float);
            hash.update(buffer.data(), bytes);
            result.bytesHashed += bytes;
        }
    }
    if (sf_error(file.get()) != SF_ERR_NO_ERROR)
        return Error{std::string("cannot be read: ") + sf_strerror(file.get())};
    hash.updateU64(result.bytesHashed);
    result.hex = toHex(hash.digest()).data();
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

}  // namespace stemwise::core
