#pragma once
// Streaming reader of audio files (everything libsndfile reads: WAV/WAV64/RF64, AIFF,
// FLAC, Ogg Vorbis/Opus, MP3, CAF, …) into blocks of planar float samples.
//
// Memory: a fixed scratch buffer sized at open(); reading a file of any length uses no more.
// Threading: one reader belongs to one thread at a time; distinct readers are independent.

#include "audio/audiofileinfo.h"
#include "util/result.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <span>
#include <vector>

namespace stemwise::core {

class AudioFileReader {
public:
    /// Lowest and highest sample rates a file may declare; outside, open() refuses it.
    static constexpr double kMinSampleRateHz = 1000.0;
    static constexpr double kMaxSampleRateHz = 768000.0;
    /// libsndfile's own limit on channels.
    static constexpr int kMaxChannels = 1024;

    /// Opens `path` and reads its header. Errors (no such file, a folder, empty file, not
    /// audio, unsupported sample rate or channel count, a damaged header, unreadable) come
    /// back as an Error whose message says why in plain words (libsndfile's own in `detail`);
    /// it does not repeat the path. A file cut short opens: what is there is read, and
    /// truncated() says so. A stream whose length is unknown has format.frames 0.
    [[nodiscard]] static Result<std::unique_ptr<AudioFileReader>> open(const std::filesystem::path& path,
                                                                       std::size_t blockFrames = 4096);

    ~AudioFileReader();
    AudioFileReader(const AudioFileReader&) = delete;
    AudioFileReader& operator=(const AudioFileReader&) = delete;

    [[nodiscard]] const AudioFileInfo& info() const noexcept { return m_info; }

    /// Reads up to `frames` frames into `channels` (one pointer per channel, each with room
    /// for `frames` floats), deinterleaving. Integer formats are scaled to [-1, 1); float
    /// files are passed through unclipped (values beyond ±1 and non-finite values included).
    /// Returns the frames read: fewer than asked only at the end of the file, or where the
    /// file is shorter than its header claims (see framesMissing()).
    [[nodiscard]] std::size_t read(std::span<float* const> channels, std::size_t frames);

    /// The frames of the last read(), still interleaved as libsndfile delivered them, when
    /// that read() took them in one piece (it asked for at most the block size given to
    /// open()); empty otherwise. Valid until the next read(). Spares a consumer that wants
    /// interleaved frames (libebur128) from interleaving the planar copy again.
    [[nodiscard]] std::span<const float> lastReadInterleaved() const noexcept { return m_lastInterleaved; }

    /// Frames the header promised that the file does not hold (a truncated file): known at
    /// open() where libsndfile saw the header disagree with the file's size, and otherwise
    /// once read() has delivered fewer frames than the header declared.
    [[nodiscard]] std::int64_t framesMissing() const noexcept;

    /// Whether the file is cut short: framesMissing() > 0, or cut by an amount it cannot tell
    /// (an Ogg stream without its end-of-stream page; see audio/containercheck.h).
    [[nodiscard]] bool truncated() const noexcept;

    /// Frames delivered so far; after seek(), the position of the next frame to read.
    [[nodiscard]] std::int64_t framesRead() const noexcept { return m_framesRead; }

    /// Seeks back to the first frame.
    [[nodiscard]] bool rewind();
    /// Moves to `frame` (0 … the declared length): the next read() starts there. False where
    /// the file cannot seek there (then the position is unknown until a seek succeeds).
    [[nodiscard]] bool seek(std::int64_t frame);

private:
    struct Handle;
    AudioFileReader(std::unique_ptr<Handle> handle, AudioFileInfo info, std::size_t blockFrames);

    std::unique_ptr<Handle> m_handle;
    AudioFileInfo m_info;
    std::vector<float> m_interleaved;  // blockFrames × channels, allocated once
    std::size_t m_blockFrames = 0;
    std::span<const float> m_lastInterleaved;
    std::int64_t m_framesRead = 0;
    std::int64_t m_framesCutFromHeader = 0;
    bool m_cutUnknown = false;
    bool m_atEnd = false;
};

/// Reads only the header of `path`: the format facts without keeping the file open.
[[nodiscard]] Result<AudioFileInfo> probeAudioFile(const std::filesystem::path& path);

}  // namespace stemwise::core
