#pragma once
// Analysis through the store: every file is hashed, looked up in the analysis cache and
// analysed only on a miss; each result is stored (cache entry and history entry, in one
// transaction) as soon as it is ready, so a crash loses at most the analyses in flight.
//
//   files ─► [hash ─► cache lookup] in parallel ─► hits: derive name-dependent figures,
//                                                       record history ─► fileDone
//                                                misses ─► analyzeFiles() (the shared pool)
//                                                       ─► store ─► fileDone
//
// A file that changes while it is analysed (its size or modification time differ before
// hashing and after analysing) is reported but not stored: its hash may not describe what
// was analysed.
//
// Threading: analyzeFilesStored() blocks its caller. Workers open their own connection to
// the database (one per thread); the callbacks run on the workers, several at once, and
// must be thread-safe and quick. fileDone is called after the file's result is committed.

#include "analysis/sessionanalysis.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

class LockWait;

struct StoreTarget {
    std::filesystem::path databasePath;
    /// Store the files as one named set of files; otherwise each file belongs to the
    /// session of its folder.
    std::optional<std::string> sessionName;
    /// Shared by every connection of the analysis: a database locked by another program is
    /// waited for once, within its bound, not once per file (store/database.h).
    std::shared_ptr<LockWait> lockWait{};
};

struct StoredFileResult {
    FileAnalysisResult analysis;
    bool fromCache = false;
    std::optional<std::int64_t> historyId;  ///< the history entry holding this result, once stored
    bool newHistoryEntry = false;           ///< false: the track's latest entry already had it
    std::string storeError;                 ///< why a successful analysis was not stored
};

struct StoredAnalysisCallbacks {
    std::function<void(std::size_t index, double fraction)> progress;
    std::function<void(std::size_t index, const StoredFileResult& result)> fileDone;
    /// Memory bounded in file count: when set, files are handed out in input order in one
    /// pass (look up, analyse on a miss, store), each result is moved into `take` after
    /// fileDone, and the returned results keep no profiles. `take` may block to wait for
    /// earlier files: the file it waits for is always in a worker that is not blocked.
    /// Without it, cache hits come first (a stored session shows at once), then the misses.
    std::function<void(std::size_t index, StoredFileResult&& result)> take;
};

/// The settings that shape analysis results, as the cache keys them (canonical JSON).
[[nodiscard]] std::string analysisSettingsKey(const SessionAnalysisOptions& options);
/// The versions of the analyzers that would run now (canonical JSON).
[[nodiscard]] std::string currentAnalyzerVersionsKey();

[[nodiscard]] std::vector<StoredFileResult> analyzeFilesStored(const std::vector<std::filesystem::path>& files,
                                                               const SessionAnalysisOptions& options,
                                                               const StoreTarget& target,
                                                               const StoredAnalysisCallbacks& callbacks = {},
                                                               const std::atomic<bool>* cancel = nullptr);

}  // namespace stemwise::core
