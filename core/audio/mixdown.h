#pragma once
// Mixdown: the session's stems summed at unity gain into one file, so the mix can be analysed
// like a track and played against a reference (the comparison view's "Session mix").
// The sum is the one the playback engine plays for a session folder and the one
// suggest/sessionmix.h meters: every stem from time 0 (bounced stems are aligned), a mono stem
// on both channels at unity (a centred pan with a 0 dB pan law), stereo stems as they are, of
// more channels the first two; the shorter stems end in silence. Stems of different sample
// rates are summed at the rate most of them have (a tie: the higher), the others converted with
// libsoxr as playback converts them (SourceReader: high quality, aligned with its input). It is
// written as 32-bit
// float WAV, so a sum beyond full scale is kept as it is, not clipped: what is measured and
// heard is the bus at unity before any bus processing.
//
// Memory: a block or two per stem (4096 frames) and the sum's block, whatever the lengths.
// Threading: blocks its caller while it reads and writes; `cancel` is polled between blocks.

#include "util/result.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

namespace stemwise::core {

class SourceReader;

struct MixdownInfo {
    double sampleRateHz = 0.0;
    std::int64_t frames = 0;  ///< of the longest stem
    int stems = 0;
    int resampled = 0;  ///< stems converted to sampleRateHz
};

/// The rate the stems are summed at (here and by suggest/sessionmix.h): the one most of them
/// have, a tie going to the higher. Errors: no files, a file whose header cannot be read (the
/// message names it).
[[nodiscard]] Result<double> unitySumRateHz(const std::vector<std::filesystem::path>& files);

/// Every stem of a sum, read a block at a time at the sum's rate (unitySumRateHz) as stereo
/// frames, from time 0: what writeUnitySum() and suggest/sessionmix.h add up. A stem that has
/// ended reads as silence, and so does the rest of a file cut short on disk (it ends where its
/// frames end, as a shorter stem does; its own analysis reports it truncated).
class StemBlocks {
public:
    /// Errors (the message names the file): no files, a stem that cannot be opened, or a
    /// resampler not made for it.
    [[nodiscard]] static Result<StemBlocks> open(const std::vector<std::filesystem::path>& files, std::size_t blockFrames);
    StemBlocks(StemBlocks&&) noexcept;
    StemBlocks& operator=(StemBlocks&&) noexcept;
    ~StemBlocks();

    [[nodiscard]] double rateHz() const noexcept { return m_rateHz; }
    [[nodiscard]] std::int64_t lengthFrames() const noexcept { return m_lengthFrames; }  ///< of the longest stem
    [[nodiscard]] std::size_t stems() const noexcept { return m_stems.size(); }
    [[nodiscard]] int resampled() const noexcept { return m_resampled; }  ///< stems converted to rateHz()

    /// Reads the next block of every stem; the frames it holds (0 after the longest stem's end).
    std::size_t next();
    /// Stem `k`'s block: 2 × next()'s frames, interleaved L R.
    [[nodiscard]] const float* stereo(std::size_t k) const noexcept { return m_stems[k].block.data(); }

private:
    StemBlocks() = default;
    struct Stem {
        std::unique_ptr<SourceReader> reader;
        std::vector<float> block;
        bool ended = false;
    };
    std::vector<Stem> m_stems;
    double m_rateHz = 0.0;
    std::int64_t m_lengthFrames = 0;
    std::int64_t m_position = 0;
    std::size_t m_blockFrames = 0;
    int m_resampled = 0;
};

/// Sums `files` into a new stereo float WAV at `out`. Errors (the message names the file): a
/// stem that cannot be opened or read (or a resampler not made for it), no stems, `out` not
/// writable, cancelled (then `out` is not left).
/// `progress` (0..1) is called between blocks when given.
[[nodiscard]] Result<MixdownInfo> writeUnitySum(const std::vector<std::filesystem::path>& files,
                                                const std::filesystem::path& out,
                                                const std::atomic<bool>* cancel = nullptr,
                                                const std::function<void(double)>& progress = {});

}  // namespace stemwise::core
