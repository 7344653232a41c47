#pragma once
// The schema of the user database, as numbered, append-only migrations. PRAGMA user_version
// holds the number of the last one applied. Each runs in one transaction together with the
// user_version update, so a crash leaves the database at the previous version, never in
// between. Rules (as in Mixxx's res/schema.xml and fooyin's dbschema.xml): never edit or
// reorder a migration once released; change the schema by appending one. A test
// (tests/store/tst_migrations) builds a database as every earlier version left it, from the
// frozen scripts in tests/data/store-schema-v<N>.sql, migrates it and compares it with a
// fresh one.
//
// Nothing the user analysed or rated is deleted by the schema itself: foreign keys are
// RESTRICT, and triggers refuse DELETE on analyses, suggestions and ratings unless the user
// asked for that analysis to go (history_deletions, since version 6).
//
// Since version 6 a track is a file: tracks.name holds the file name with its extension
// ("Vocal.wav"), so that Vocal.wav and Vocal.flac in one folder are two tracks with their own
// histories. Migration 6 renamed every track after its files and split the histories that had
// mixed files of one name but different extensions.
//
// Since version 7 content hashes are XXH3-64 (xxHash); the hashes versions 1..6 stored read
// "hash64:<16 hex digits>" and are re-keyed when their file is hashed again (store/contenthash.h).

#include <span>

namespace stemwise::core {

class Database;

struct Migration {
    int version;              ///< 1, 2, 3… in order, no gaps
    const char* description;  ///< one line: what it adds and why
    const char* sql;
    /// Rows SQL alone cannot move (run after `sql`, in the same transaction); may be null.
    void (*rewrite)(Database&) = nullptr;
};

/// Every migration, oldest first.
[[nodiscard]] std::span<const Migration> migrations();
/// The version a fully migrated database has: migrations().back().version.
[[nodiscard]] int latestSchemaVersion();

/// Applies the migrations `db` lacks up to `targetVersion` (tests stop early to build old
/// versions), each in its own IMMEDIATE transaction; re-reads user_version under the write
/// lock, so two processes migrating at once apply each migration once. Returns the version
/// before. Throws SqliteError; throws std::runtime_error for a database newer than
/// latestSchemaVersion() (callers check first).
int migrate(Database& db, int targetVersion = latestSchemaVersion());

}  // namespace stemwise::core
