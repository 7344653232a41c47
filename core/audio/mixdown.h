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
#include <vector>

namespace stemwise::core {

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

/// Sums `files` into a new stereo float WAV at `out`. Errors (the message names the file): a
/// stem that cannot be opened or read (or a resampler not made for it), no stems, `out` not
/// writable, cancelled (then `out` is not left).
/// `progress` (0..1) is called between blocks when given.
[[nodiscard]] Result<MixdownInfo> writeUnitySum(const std::vector<std::filesystem::path>& files,
                                                const std::filesystem::path& out,
                                                const std::atomic<bool>* cancel = nullptr,
                                                const std::function<void(double)>& progress = {});

}  // namespace stemwise::core
