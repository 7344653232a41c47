#pragma once
// Store: the user database, opened safely. Opening
//  1. refuses a database written by a newer Stemwise (a higher PRAGMA user_version) before
//     anything is written to it, and says which version it is;
//  2. sets a damaged or non-SQLite file aside: renames it (with its -wal/-shm companions)
//     to "<name>.damaged-<UTC time>" beside it, never deletes or overwrites it, and reports
//     both names, so the caller can offer a fresh database at the original path;
//  3. switches to WAL (readers never block the writer; a crash never corrupts) and applies
//     the missing migrations (migrations.h).
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
        Unavailable,  ///< cannot be opened or created: permissions, missing folder, disk full
        Damaged,      ///< not a database or damaged; set aside as `keptAs`
        Newer,        ///< written by a newer Stemwise; left untouched
    };
    Kind kind = Kind::Unavailable;
    std::string message;  ///< a full sentence naming the file(s)
    std::filesystem::path keptAs;  ///< Damaged: where the file is now
};

class Store {
public:
    struct OpenResult {
        std::unique_ptr<Store> store;         ///< set on success
        std::optional<StoreOpenError> error;  ///< set on failure
    };

    /// Opens or creates the database at `path` (its folder must exist). On Damaged, the file
    /// has already been set aside: opening again creates a fresh database.
    [[nodiscard]] static OpenResult open(const std::filesystem::path& path);

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

/// Renames `path` and its -wal, -shm and -journal companions to "<path>.damaged-<UTC time>"
/// (plus a counter if that exists). Returns the new name of the database file, or nothing
/// if it could not be renamed.
[[nodiscard]] std::optional<std::filesystem::path> setDatabaseAside(const std::filesystem::path& path);

}  // namespace stemwise::core
