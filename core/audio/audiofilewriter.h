#pragma once
// Writes planar float audio to a file through libsndfile (WAV, WAV64, RF64, AIFF, FLAC,
// Ogg Vorbis/Opus). Used for the demo session, recorded takes and test fixtures.
//
// Safe by default (util/safefile.h): the audio goes to a hidden temporary file beside the
// path (".Take 1.wav.stemwise-…", which no folder listing takes for a stem) and close()
// renames it over the path once it is complete and synced; an existing file is replaced
// only then, and a writer destroyed without close() removes the temporary file.
// keepIncomplete(): a recording whose disk filled up keeps what it holds under its name.
//
// Threading: one writer belongs to one thread at a time. It allocates its interleaving
// buffer on create(); write() allocates nothing itself (libsndfile may buffer internally).

#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace stemwise::core {

enum class FileType { Wav, Wav64, Rf64, Aiff, Flac, OggVorbis, OggOpus };
enum class SampleEncoding { PcmU8, PcmS8, Pcm16, Pcm24, Pcm32, Float32, Float64, Compressed };

enum class WriteMode {
    Replace,  ///< into a hidden temporary file, renamed over the path by close()
    InPlace,  ///< straight into the path (a temporary file of the caller's own)
};

struct WriteFormat {
    FileType type = FileType::Wav;
    SampleEncoding encoding = SampleEncoding::Pcm24;  ///< ignored for Ogg (always Compressed)
    double sampleRateHz = 48000.0;
    int channels = 2;
};

class AudioFileWriter {
public:
    /// Starts writing `path` (replaced by close(), see the header). Errors: unsupported
    /// combination of type and encoding, folder missing or not writable, disk full.
    [[nodiscard]] static Result<std::unique_ptr<AudioFileWriter>> create(const std::filesystem::path& path,
                                                                         const WriteFormat& format,
                                                                         WriteMode mode = WriteMode::Replace);
    /// Without close(): the temporary file is removed (Replace), the path is as it was.
    ~AudioFileWriter();
    AudioFileWriter(const AudioFileWriter&) = delete;
    AudioFileWriter& operator=(const AudioFileWriter&) = delete;

    /// Writes `frames` frames from `channels` (one pointer per channel). Samples beyond ±1
    /// are clipped for integer encodings. Returns false on a write error (disk full).
    [[nodiscard]] bool write(std::span<const float* const> channels, std::size_t frames);

    /// Finalises headers, syncs, closes and (Replace) renames the file over its path. Returns
    /// false if the file could not be completed: then the path is as it was, unless
    /// keepIncomplete() was asked for (see closeError()).
    [[nodiscard]] bool close();
    /// On a failed close(), rename what was written over the path anyway (a recording: every
    /// frame that reached the disk is worth more than nothing).
    void keepIncomplete() noexcept { m_keepIncomplete = true; }
    /// Why close() failed, in words (empty after a success).
    [[nodiscard]] const std::string& closeError() const noexcept { return m_closeError; }
    /// Where the audio goes until close(): the temporary file (Replace) or the path.
    [[nodiscard]] const std::filesystem::path& writingPath() const noexcept { return m_writing; }

    [[nodiscard]] std::int64_t framesWritten() const noexcept { return m_framesWritten; }

private:
    struct Handle;
    AudioFileWriter(std::unique_ptr<Handle> handle, int channels);

    std::unique_ptr<Handle> m_handle;
    std::filesystem::path m_target;
    std::filesystem::path m_writing;
    WriteMode m_mode = WriteMode::Replace;
    bool m_failed = false;
    bool m_keepIncomplete = false;
    std::string m_closeError;
    int m_channels = 0;
    std::vector<float> m_interleaved;
    std::int64_t m_framesWritten = 0;
};

}  // namespace stemwise::core
