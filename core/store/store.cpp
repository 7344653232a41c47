#include "store/store.h"

#include "store/migrations.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <system_error>
#include <thread>

namespace stemwise::core {

namespace {

std::string describe(const std::filesystem::path& path, const SqliteError& e)
{
    const std::string where = path.string();
    switch (e.code()) {
    case SQLITE_CANTOPEN:
        return where + ": cannot open or create the database (does the folder exist, and may Stemwise write there?): "
               + e.what();
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return where + ": the database is read-only here (" + e.what() + "); nothing was written";
    case SQLITE_FULL:
        return where + ": the disk is full (" + e.what() + "); nothing was written";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return where + ": another program held the database for too long (" + e.what() + ")";
    default:
        return where + ": " + e.what();
    }
}

// Switches the database to write-ahead logging and returns the journal mode it is in then.
// Two processes opening a new database at once both hold a shared lock and want the
// exclusive one to switch: SQLite sees the deadlock and answers SQLITE_BUSY at once, without
// calling the busy handler (waiting could not help). One gives way here, as the busy
// timeout would: a few milliseconds at a time, for as long. Measured before this:
// tst_storecli's two processes on a new database, 9 failures in 40 runs.
std::string enableWal(Database& db)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(Database::kBusyTimeoutMs);
    for (int attempt = 0;; ++attempt) {
        try {
            return db.queryText("PRAGMA journal_mode = WAL");
        } catch (const SqliteError& e) {
            if (e.code() != SQLITE_BUSY || std::chrono::steady_clock::now() > deadline)
                throw;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2 + 3 * std::min(attempt, 15)));
    }
}

std::string timestampForName()
{
    // "2024-05-01T12:00:00.123Z" -> "20240501T120000Z": no colons, which some systems refuse.
    std::string iso = utcNowIso8601();
    std::string out;
    for (char c : iso.substr(0, 19))
        if (c != '-' && c != ':')
            out += c;
    return out + "Z";
}

}  // namespace

std::optional<std::filesystem::path> setDatabaseAside(const std::filesystem::path& path)
{
    namespace fs = std::filesystem;
    const std::string stamp = timestampForName();
    std::error_code ec;
    fs::path target;
    for (int n = 0; n < 1000; ++n) {
        target = path;
        target += ".damaged-" + stamp + (n == 0 ? std::string() : "-" + std::to_string(n));
        if (!fs::exists(target, ec))
            break;
    }
    if (fs::exists(target, ec))
        return std::nullopt;
    // The companions first: a -wal left behind would be replayed into the fresh database.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        fs::path companion = path;
        companion += suffix;
        if (fs::exists(companion, ec)) {
            fs::path moved = target;
            moved += suffix;
            fs::rename(companion, moved, ec);
            if (ec)
                return std::nullopt;
        }
    }
    fs::rename(path, target, ec);
    if (ec)
        return std::nullopt;
    return target;
}

Store::OpenResult Store::open(const std::filesystem::path& path)
{
    OpenResult result;
    auto failWith = [&result](StoreOpenError::Kind kind, std::string message, std::filesystem::path keptAs = {}) {
        result.error = StoreOpenError{kind, std::move(message), std::move(keptAs)};
        return std::move(result);
    };
    std::optional<Database> db;
    // Damage can show at the first read or later while migrating: either way the file is
    // closed and set aside, never repaired or overwritten in place.
    auto setAside = [&](const SqliteError& e) {
        db.reset();  // close before renaming
        const auto keptAs = setDatabaseAside(path);
        if (!keptAs)
            return failWith(StoreOpenError::Kind::Unavailable,
                            path.string() + " is damaged or not a Stemwise database (" + e.what()
                                + ") and could not be renamed aside; move it away to start a fresh database");
        return failWith(StoreOpenError::Kind::Damaged,
                        path.string() + " is damaged or not a Stemwise database (" + e.what() + "); it was kept as "
                            + keptAs->string() + " and a fresh database can be started in its place",
                        *keptAs);
    };
    int version = 0;
    try {
        db = Database::open(path);
        // The first read of the file: SQLITE_NOTADB or SQLITE_CORRUPT here means damage.
        version = static_cast<int>(db->queryInt("PRAGMA user_version"));
        (void)db->queryInt("SELECT count(*) FROM sqlite_schema");
    } catch (const SqliteError& e) {
        if (!e.isDamage())
            return failWith(StoreOpenError::Kind::Unavailable, describe(path, e));
        return setAside(e);
    }
    if (version > latestSchemaVersion()) {
        return failWith(StoreOpenError::Kind::Newer,
                        path.string() + " was written by a newer Stemwise (schema version " + std::to_string(version)
                            + "; this one reads up to " + std::to_string(latestSchemaVersion())
                            + "); it was left unchanged: update Stemwise or use --db to name another database");
    }
    try {
        // Persistent once set (https://www.sqlite.org/wal.html#persistence_of_wal_mode).
        const std::string mode = enableWal(*db);
        if (mode != "wal")
            return failWith(StoreOpenError::Kind::Unavailable,
                            path.string() + ": cannot use write-ahead logging (journal mode stays '" + mode + "')");
        const int before = migrate(*db);
        result.store = std::make_unique<Store>(std::move(*db), before, latestSchemaVersion());
        return result;
    } catch (const SqliteError& e) {
        if (e.isDamage())
            return setAside(e);
        return failWith(StoreOpenError::Kind::Unavailable, describe(path, e));
    }
}

}  // namespace stemwise::core
