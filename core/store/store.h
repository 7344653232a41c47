#pragma once
// Store: the user database, opened safely. The database is the user's: opening
//  1. refuses a file that is not a Stemwise database (not SQLite at all — a stem, a JSON
//     document —, or another program's SQLite database) before touching it: it is never
//     renamed, written or replaced, and the message says what it looks like;
//  2. refuses a database written by a newer Stemwise (a higher PRAGMA user_version) before
//     anything is written to it, and says which version it is;
//  3. sets a damaged Stemwise database aside: renames it (with its -wal/-shm companions) to
//     "<name>.damaged-<UTC time>" beside it, never deletes or overwrites it, and reports both
//     names, so the caller can offer a fresh database at the original path;
//  4. read-write: switches to WAL (readers never block the writer; a crash never corrupts)
//     and applies the missing migrations (migrations.h). Read-only (StoreOptions::readOnly,
//     for commands that only read): opens with SQLITE_OPEN_READONLY, creates nothing, writes
//     nothing, and works on read-only media (where WAL's shared-memory file cannot be made,
//     the file is opened immutable).
// A database locked by another program is waited for as StoreOptions::lockWait allows.
// See https://www.sqlite.org/wal.html and https://www.sqlite.org/howtocorrupt.html (why the
// -wal file must move with its database).
//
// Threading: a Store is one connection, for one thread at a time; open one per worker.

#include "store/database.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace stemwise::core {

struct StoreOpenError {
    enum class Kind {
        Unavailable,  ///< cannot be opened or created: permissions, missing folder, disk full, locked
        Damaged,      ///< a damaged Stemwise database; set aside as `keptAs`
        Newer,        ///< written by a newer Stemwise; left untouched
        NotStemwise,  ///< not a Stemwise database (not SQLite, or another program's); left untouched
        Missing,      ///< read-only: there is no database at the path (nothing was created)
    };
    Kind kind = Kind::Unavailable;
    std::string message;  ///< a full sentence naming the file(s)
    std::filesystem::path keptAs;  ///< Damaged: where the file is now
};

struct StoreOptions {
    /// Open for reading only: nothing is created, migrated or written.
    bool readOnly = false;
    /// Shared bound on waiting for another program's lock; none: the busy timeout.
    std::shared_ptr<LockWait> lockWait;
};

class Store {
public:
    struct OpenResult {
        std::unique_ptr<Store> store;         ///< set on success
        std::optional<StoreOpenError> error;  ///< set on failure
    };

    /// Opens or creates the database at `path` (its folder must exist). On Damaged, the file
    /// has already been set aside: opening again creates a fresh database.
    [[nodiscard]] static OpenResult open(const std::filesystem::path& path, const StoreOptions& options = {});

    [[nodiscard]] Database& db() noexcept { return m_db; }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_db.path(); }
    [[nodiscard]] int schemaVersion() const noexcept { return m_schemaVersion; }
    /// The version the file had before this open migrated it (0 for a new file).
    [[nodiscard]] int openedAtVersion() const noexcept { return m_openedAt; }

    explicit Store(Database db, int openedAt, int version)
        : m_db(std::move(db)), m_openedAt(openedAt), m_schemaVersion(version) {}

private:
    Database m_db;
    int m_openedAt = 0;
    int m_schemaVersion = 0;
};

/// What the file at `path` is, from its first bytes, when it is not SQLite: "an audio file",
/// "a JSON document", "a PDF document", "a text file", "a file of another kind"; empty for
/// SQLite, a Stemwise database whose header was overwritten (its schema's text is still in
/// it), an empty file or a missing one.
[[nodiscard]] std::string describeNonDatabase(const std::filesystem::path& path);

/// A sentence for a SQLite failure on the database `path`, naming it: locked, read-only,
/// disk full, cannot be opened, or SQLite's own words.
[[nodiscard]] std::string describeDatabaseError(const std::filesystem::path& path, const SqliteError& e);

/// Renames `path` and its -wal, -shm and -journal companions to "<path>.damaged-<UTC time>"
/// (plus a counter if that exists). Returns the new name of the database file, or nothing
/// if it could not be renamed.
[[nodiscard]] std::optional<std::filesystem::path> setDatabaseAside(const std::filesystem::path& path);

}  // namespace stemwise::core
