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
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

struct FileAnalysisResult {
    std::filesystem::path path;
    std::optional<TrackProfile> profile;  ///< set on success
    std::string error;                    ///< why not, otherwise
    ErrorCode errorCode = ErrorCode::None;  ///< the reason's code, for the common ones
    std::string errorDetail{};            ///< a library's or the system's words in it (Error::detail)
};

struct SessionAnalysisOptions {
    unsigned jobs = 0;  ///< worker threads; 0 = one per core
    /// Track type chosen by the user, by path, track name (file name without extension) or
    /// file name.
    std::map<std::string, std::string> typeOverrides;
    std::size_t blockFrames = 4096;
};

/// The user's type for `path`, looked up by the path as given, then its track name (file name
/// without extension), then its file name.
[[nodiscard]] std::optional<std::string> typeOverrideFor(const SessionAnalysisOptions& options,
                                                         const std::filesystem::path& path);

struct SessionAnalysisCallbacks {
    std::function<void(std::size_t index, double fraction)> progress;
    std::function<void(std::size_t index, const FileAnalysisResult& result)> fileDone;
};

[[nodiscard]] std::vector<FileAnalysisResult> analyzeFiles(const std::vector<std::filesystem::path>& files,
                                                           const SessionAnalysisOptions& options = {},
                                                           const SessionAnalysisCallbacks& callbacks = {},
                                                           const std::atomic<bool>* cancel = nullptr);

}  // namespace stemwise::core
