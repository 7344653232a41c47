#pragma once
// SourceReader: one file decoded (and resampled) into interleaved stereo float frames at a
// given rate, from any position: a stem of a playback (the reader thread's half of it) or of
// the session's sum (mixdown.h).
//
// Channels: a mono file plays on both outputs at unity (a centred pan with a 0 dB pan law,
// as the session's mix measurement sums stems, suggest/sessionmix.h); a stereo file keeps L
// and R; of a file with more channels, the first two play.
// Rates: a file at the output's rate is passed through untouched (bit-exact). Another rate is
// converted with libsoxr ("high quality": 20-bit precision, linear phase, passband to 91 %
// of Nyquist), whose output is aligned with its input (the filter's delay is taken out), so
// stems of different rates stay sample-aligned. Positions are in output frames; a seek maps
// one to the file's frame floor(position × file rate / output rate).
// Past the file's end it delivers silence, so stems of different lengths play in lockstep.
// Broken samples (NaN, infinite, or +120 dBFS and beyond: audio/brokensamples.h) are delivered
// as silence, as the analysis counts them: they would spread through the resampler and the sum.
//
// Memory: buffers sized at open() for `maxChunkFrames`; nothing grows with the file.
// Threading: one thread at a time (the playback's reader thread, or the mixdown's caller).

#include "audio/audiofileinfo.h"
#include "util/result.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace stemwise::core {

class SourceReader {
public:
    /// Opens `path` for playback at `outputRateHz`. Errors: those of AudioFileReader::open()
    /// (the file's own reason), or the resampler cannot be made.
    [[nodiscard]] static Result<std::unique_ptr<SourceReader>> open(const std::filesystem::path& path,
                                                                    double outputRateHz, std::size_t maxChunkFrames);
    ~SourceReader();
    SourceReader(const SourceReader&) = delete;
    SourceReader& operator=(const SourceReader&) = delete;

    [[nodiscard]] const AudioFileInfo& info() const noexcept;
    /// The file's length in output frames.
    [[nodiscard]] std::int64_t lengthFrames() const noexcept { return m_lengthFrames; }
    [[nodiscard]] bool resampling() const noexcept;

    /// Positions the reader at output frame `frame` (0 or more; beyond the end: silence).
    /// False (with error()) when the file cannot seek.
    [[nodiscard]] bool seek(std::int64_t frame);
    /// Writes `frames` (≤ maxChunkFrames) stereo frames into `out` and advances. False when
    /// the file fails to deliver what its header promised (it changed or was cut short on
    /// disk; error() says so): `out` then holds silence where the file gave nothing.
    [[nodiscard]] bool read(float* out, std::size_t frames);
    [[nodiscard]] const std::string& error() const noexcept { return m_error; }

private:
    SourceReader() = default;
    bool fill(float* out, std::size_t frames);  // file frames → stereo, zeros past the end

    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::int64_t m_lengthFrames = 0;
    std::string m_error;
};

}  // namespace stemwise::core
