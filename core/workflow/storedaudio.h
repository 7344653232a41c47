#pragma once
// The audio behind what the database remembers, for listening: the previous bounce of a track
// (its history's last analysis of other content) and where a stored content is on disk now.
//
// The history keeps each analysis's file path and content hash, never the audio. A re-bounce
// usually overwrites its file, so the previous bounce's path now holds the new audio; the old
// audio can still be on disk under another path the database saw it at (an archived copy the
// user analysed, a session folder that moved). locateStoredAudio() therefore tries every path
// an analysis or a reference recorded for that content, the entry's own first, and accepts a
// file only if its content hashes to the stored hash now (store/contenthash.h; a hash stored
// before schema version 7, marked "hash64:", is compared with the legacy hash). What it found
// is said as a state and a path, never as a sentence: the UI words it.
//
// Errors: SqliteError from the database (the callers catch it); files that cannot be read are
// a state (Unreadable), not an error. Threading: the caller's thread (hashing reads whole
// files: a worker thread, never the UI thread); as the Database given.

#include "store/analysisrepository.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

class Database;

struct StoredAudio {
    enum class State {
        Present,     ///< `path` holds the content now
        Gone,        ///< no path the database knows for it exists any more
        Replaced,    ///< files exist at those paths but hold other audio (`path`: the first)
        Unreadable,  ///< a file exists but cannot be read as audio (`path`, `detail`: why)
    };
    State state = State::Gone;
    std::filesystem::path path;  ///< where it is (Present), else the path it was last known at
    std::string detail;          ///< for Unreadable: the reader's reason
};

/// Where the audio of `contentHash` is on disk now: `preferred` first, then every other path
/// the history and the reference library recorded for that content.
[[nodiscard]] StoredAudio locateStoredAudio(Database& db, const std::string& contentHash,
                                            const std::filesystem::path& preferred);

struct PreviousBounce {
    AnalysisEntry entry;  ///< the analysis of the previous bounce (its full profile)
    StoredAudio audio;
};

/// The previous bounce of the track whose current file is `currentFile`: the newest entry of
/// its history whose content differs from the newest entry's. Empty when the track has no
/// history in the database or only one content.
[[nodiscard]] std::optional<PreviousBounce> previousBounceOf(Database& db, const std::filesystem::path& currentFile);

/// The analysis of that previous bounce alone, without looking for its audio (no file is read).
[[nodiscard]] std::optional<AnalysisEntry> previousBounceEntryOf(Database& db, const std::filesystem::path& currentFile);

}  // namespace stemwise::core
