#pragma once
// Writes planar float audio to a file through libsndfile (WAV, WAV64, RF64, AIFF, FLAC,
// Ogg Vorbis/Opus). Used for the demo session, recorded takes and test fixtures.
//
// Threading: one writer belongs to one thread at a time. It allocates its interleaving
// buffer on create(); write() allocates nothing itself (libsndfile may buffer internally).

#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <vector>

namespace stemwise::core {

enum class FileType { Wav, Wav64, Rf64, Aiff, Flac, OggVorbis, OggOpus };
enum class SampleEncoding { PcmU8, PcmS8, Pcm16, Pcm24, Pcm32, Float32, Float64, Compressed };

struct WriteFormat {
    FileType type = FileType::Wav;
    SampleEncoding encoding = SampleEncoding::Pcm24;  ///< ignored for Ogg (always Compressed)
    double sampleRateHz = 48000.0;
    int channels = 2;
};

class AudioFileWriter {
public:
    /// Creates (or replaces) `path`. Errors: unsupported combination of type and encoding,
    /// folder missing or not writable, disk full.
    [[nodiscard]] static Result<std::unique_ptr<AudioFileWriter>> create(const std::filesystem::path& path,
                                                                         const WriteFormat& format);
    ~AudioFileWriter();  ///< closes the file if close() was not called
    AudioFileWriter(const AudioFileWriter&) = delete;
    AudioFileWriter& operator=(const AudioFileWriter&) = delete;

    /// Writes `frames` frames from `channels` (one pointer per channel). Samples beyond ±1
    /// are clipped for integer encodings. Returns false on a write error (disk full).
    [[nodiscard]] bool write(std::span<const float* const> channels, std::size_t frames);

    /// Finalises headers and closes. Returns false if the file could not be completed.
    [[nodiscard]] bool close();

    [[nodiscard]] std::int64_t framesWritten() const noexcept { return m_framesWritten; }

private:
    struct Handle;
    AudioFileWriter(std::unique_ptr<Handle> handle, int channels);

    std::unique_ptr<Handle> m_handle;
    int m_channels = 0;
    std::vector<float> m_interleaved;
    std::int64_t m_framesWritten = 0;
};

}  // namespace stemwise::core
