#pragma once
// Analysis of many files in parallel: a fixed pool of worker threads pulls files from a
// shared counter, so all cores stay busy whatever the files' lengths. One failed file never
// stops the others; results keep the order of the input.
//
// Threading: analyzeFiles() blocks its caller until every file is done or cancelled. The
// callbacks run on the worker threads (several at once): they must be thread-safe and
// quick (e.g. post to a UI thread, or print under a lock).

#include "analysis/trackanalysis.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

struct FileAnalysisResult {
    std::filesystem::path path;
    /// Set on success. Held apart, not inline: a profile is about 1.8 kB of fixed fields, and
    /// the results of a streamed run (SessionAnalysisCallbacks::take) keep every file's path and
    /// error after giving the profile away, so 10,000 files would otherwise keep 18 MB of empty
    /// profiles (bench_memory).
    std::shared_ptr<TrackProfile> profile;
    std::string error;                    ///< why not, otherwise
    ErrorCode errorCode = ErrorCode::None;  ///< the reason's code, for the common ones
    std::string errorDetail{};            ///< a library's or the system's words in it (Error::detail)
};

struct SessionAnalysisOptions {
    unsigned jobs = 0;  ///< worker threads; 0 = one per core
    /// Track type chosen by the user, by path, track name (file name without extension) or
    /// file name. kAutomaticType takes a choice back: the type is guessed again and a choice
    /// stored for the track is cleared (the window's Edit > Undo of a type change).
    std::map<std::string, std::string> typeOverrides;
    std::size_t blockFrames = 4096;
};

/// In SessionAnalysisOptions::typeOverrides: no type chosen, the analysis guesses it.
inline constexpr const char* kAutomaticType = "auto";

/// The user's type for `path`, looked up by the path as given, then its track name (file name
/// without extension), then its file name; nothing for kAutomaticType.
[[nodiscard]] std::optional<std::string> typeOverrideFor(const SessionAnalysisOptions& options,
                                                         const std::filesystem::path& path);
/// Whether the options take the user's type for `path` back (kAutomaticType), looked up as
/// typeOverrideFor() does: a type stored as chosen for its track is then cleared, not applied.
[[nodiscard]] bool typeChoiceWithdrawn(const SessionAnalysisOptions& options, const std::filesystem::path& path);

struct SessionAnalysisCallbacks {
    std::function<void(std::size_t index, double fraction)> progress;
    std::function<void(std::size_t index, const FileAnalysisResult& result)> fileDone;
    /// Memory bounded in file count: when set, each result is moved into `take` after
    /// fileDone, and the returned results keep only each file's path and error. A consumer
    /// that writes results out as they come (stemwise analyze) then holds no more than it
    /// chooses; it may block to wait for earlier files (the pool hands files out in order).
    std::function<void(std::size_t index, FileAnalysisResult&& result)> take;
};

/// Analyses one file as analyzeFiles() does for each (errors caught and worded the same).
[[nodiscard]] FileAnalysisResult analyzeSessionFile(const std::filesystem::path& path,
                                                    const SessionAnalysisOptions& options,
                                                    const std::function<void(double)>& progress,
                                                    const std::atomic<bool>* cancel);

/// The stems summed at unity into `sumPath` (audio/mixdown.h: constant memory, 32-bit float, every
/// stem from 0 s) and that sum analysed as a track of type "mix" named "Mix" (type source
/// "sum"): the session's mix as the window's Mix track, `stemwise genre` and the genre estimate
/// of `stemwise suggest` measure it. An error names why the stems could not be summed.
[[nodiscard]] FileAnalysisResult analyzeUnitySum(const std::vector<std::filesystem::path>& stems,
                                                 const std::filesystem::path& sumPath,
                                                 const std::atomic<bool>* cancel = nullptr);

[[nodiscard]] std::vector<FileAnalysisResult> analyzeFiles(const std::vector<std::filesystem::path>& files,
                                                           const SessionAnalysisOptions& options = {},
                                                           const SessionAnalysisCallbacks& callbacks = {},
                                                           const std::atomic<bool>* cancel = nullptr);

}  // namespace stemwise::core
