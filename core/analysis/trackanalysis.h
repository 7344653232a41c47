#pragma once
// Analysis of one audio file into a TrackProfile, in one streaming pass:
//
//   file ─► AudioFileReader (blocks of planar float; non-finite samples → 0, counted)
//        ├─► block analyzers (loudness, levels, stereo)
//        └─► mid signal ─► shared STFT, short and long frames ─► spectrum, rhythm, tonal
//   finish() of each analyzer ─► derived figures ─► type, patterns, issues, quality score
//
// Memory is constant in the file's length (fixed blocks and frames; the few per-frame
// series kept, such as the onset envelope, are a few floats per 10 ms).
// Threading: analyzeFile() runs on the calling thread and may run on many threads at once
// for different files. `progress` is called on that thread; `cancel` is read there.

#include "analysis/analyzer.h"
#include "analysis/trackprofile.h"
#include "util/result.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>

namespace stemwise::core {

struct AnalysisOptions {
    std::optional<std::string> typeOverride;  ///< the user's track type, wins over the guess
    std::size_t blockFrames = 4096;
};

/// fraction of the file analysed, 0..1; called at most about a hundred times per file.
using ProgressCallback = std::function<void(double fraction)>;

/// The STFT geometry for a sample rate: ~10.7 ms hops (powers of two) for the short frames.
[[nodiscard]] AnalysisContext makeAnalysisContext(const StreamFormat& format);

/// Analyses `path`. Errors: those of AudioFileReader::open, a read failure, or "cancelled";
/// the common ones carry their ErrorCode (see fileErrorCode()).
[[nodiscard]] Result<TrackProfile> analyzeFile(const std::filesystem::path& path,
                                               const AnalysisOptions& options = {},
                                               const ProgressCallback& progress = {},
                                               const std::atomic<bool>* cancel = nullptr);

/// Analyses audio held in memory exactly as a file of that content (same analyzers, same
/// figures): `channels` planar, each `frames` long, at `sampleRateHz`; `name` becomes the
/// profile's name (and the type guess reads it, as it reads a file name). The profile's
/// file info has no path and container "memory". Used on the live input's recent window, so
/// the audio is taken as captured through a converter: fixed point at the source (it clips at
/// full scale and has a noise floor to stay above), hence file.isFloat is false and the level
/// advice that a float stem is spared applies. Errors: no audio, an unsupported rate, or "cancelled".
[[nodiscard]] Result<TrackProfile> analyzeBuffer(std::span<const float* const> channels, std::size_t frames,
                                                 double sampleRateHz, const std::string& name,
                                                 const AnalysisOptions& options = {},
                                                 const std::atomic<bool>* cancel = nullptr);

/// The code of a file error: the one it carries (the reader, audio/audiofilereader.cpp, sets
/// them), else read from its wording, for errors that travel as text only (the folder
/// listing's, audio/audiofiles.cpp, passed to the UI in a signal); tst_badinput pins each
/// wording to its code.
[[nodiscard]] ErrorCode fileErrorCode(const Error& error);

}  // namespace stemwise::core
