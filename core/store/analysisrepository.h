#pragma once
// The analysis history: one entry per analysed content of a track, oldest first. A
// re-bounce (new content), a new analyzer version or new settings add an entry; analysing
// or reopening the same content again does not. The figures with the History role of the
// figure registry (analysis/figures.h) are kept by key in analysis_figures, for queries; the
// full profile is kept as JSON (json/profilejson.h, exact mode) and is what is read back.
// Entries are deleted only when the user deletes one (removeByUser(); a trigger refuses any
// other DELETE), and an import never brings such an entry back.
// Errors: every method throws SqliteError (and std::runtime_error for a stored profile that
// does not parse). Threading: as the Database it is given.

#include "analysis/trackprofile.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace stemwise::core {

class Database;

struct AnalysisEntry {
    std::int64_t id = 0;
    std::string uid;  ///< stable across export and import
    std::int64_t trackId = 0;
    std::string analysedAt;
    std::string origin;  ///< "analysis", "cache" (a renamed or moved file found in the cache) or "import"
    std::string contentHash;
    std::string filePath;
    std::int64_t fileSizeBytes = 0;
    std::optional<std::int64_t> fileMtimeNs;
    std::string analyzerVersions;  ///< canonical JSON object
    std::string settings;          ///< canonical JSON object
    TrackProfile profile;
};

/// A file's path as the entries store it (AnalysisEntry::filePath): absolute and lexically
/// normal; `path` itself where it cannot be made absolute. Compare a path with a stored one
/// through this: a session named on the command line can be relative ("stems/Kick.wav").
[[nodiscard]] std::filesystem::path storedFilePath(const std::filesystem::path& path);

class AnalysisRepository {
public:
    explicit AnalysisRepository(Database& db) : m_db(db) {}

    /// Adds `entry` (its id is ignored; an empty uid gets a new one) unless the track's latest
    /// entry has the same content, analyzer versions and settings. Returns the id of the entry
    /// that holds it and whether it is new.
    struct Appended {
        std::int64_t id = 0;
        bool isNew = false;
    };
    Appended appendIfChanged(const AnalysisEntry& entry);
    /// Adds `entry` unless its uid is already present (import). Returns true if added.
    bool insertIfAbsent(const AnalysisEntry& entry);

    /// The track's entries, oldest first (by analysed_at; imported entries fall into place).
    [[nodiscard]] std::vector<AnalysisEntry> historyOf(std::int64_t trackId);
    /// Where the track's newest entry (by analysed_at, then id, as historyOf() orders them) was
    /// read from and its content hash, without reading its profile.
    struct Source {
        std::string filePath;
        std::string contentHash;
    };
    [[nodiscard]] std::optional<Source> latestSourceOf(std::int64_t trackId);
    /// The track's newest entry of other content than `contentHash`: given its newest entry's
    /// hash, its previous bounce.
    [[nodiscard]] std::optional<AnalysisEntry> latestOtherThan(std::int64_t trackId, const std::string& contentHash);
    /// Tracks that have an entry for this file path.
    [[nodiscard]] std::vector<std::int64_t> tracksWithPath(const std::string& path);
    [[nodiscard]] std::optional<AnalysisEntry> byUid(const std::string& uid);
    [[nodiscard]] std::optional<AnalysisEntry> byId(std::int64_t id);
    [[nodiscard]] std::int64_t count();

    /// What removeByUser() took away.
    struct Removed {
        std::int64_t suggestions = 0;
        std::int64_t ratings = 0;
    };
    /// The user deletes history entry `id` with its suggestions and their ratings (what the
    /// ratings taught the learned model stays in it). Recorded in history_deletions, so that an
    /// import does not bring it back. Call inside a Transaction. Nothing when there is no such entry.
    std::optional<Removed> removeByUser(std::int64_t id, const std::string& at);
    /// Whether the user deleted the entry with this uid.
    [[nodiscard]] bool deletedByUser(const std::string& uid);

private:
    std::int64_t insert(const AnalysisEntry& entry);
    std::int64_t insertRows(const AnalysisEntry& entry);
    Database& m_db;
};

/// 32 random hex digits.
[[nodiscard]] std::string newUid();

}  // namespace stemwise::core
