#include "store/store.h"

#include "store/migrations.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstring>
#include <fstream>
#include <system_error>
#include <thread>

#include <cerrno>
#include <unistd.h>

namespace stemwise::core {

namespace {

std::string describe(const std::filesystem::path& path, const SqliteError& e) { return describeDatabaseError(path, e); }

}  // namespace

std::string describeDatabaseError(const std::filesystem::path& path, const SqliteError& e)
{
    const std::string where = path.string();
    // A read-only disk shows as "cannot open" (the -shm or -wal file cannot be made) or as
    // "read-only": say which it is.
    if (e.code() == SQLITE_CANTOPEN || e.code() == SQLITE_READONLY || e.code() == SQLITE_IOERR) {
        const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
        if ((::access(path.c_str(), W_OK) != 0 && errno == EROFS) || (::access(folder.c_str(), W_OK) != 0 && errno == EROFS))
            return where + ": the database is on a read-only disk (" + e.what() + "); nothing was written";
    }
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
        return where + ": another program holds the database locked and did not let go in time (" + e.what()
               + "); nothing was written";
    case SQLITE_IOERR:
        return where + ": the disk reported an error while reading or writing the database (" + e.what() + ")";
    default:
        return where + ": " + e.what();
    }
}

std::string describeNonDatabase(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::array<char, 64> head{};
    in.read(head.data(), head.size());
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0)
        return {};
    const std::string_view bytes(head.data(), n);
    if (bytes.starts_with(std::string_view("SQLite format 3\0", 16)))
        return {};
    // A Stemwise database whose first bytes were overwritten still holds its schema's text
    // (page 1 and the pages after it): that is damage to set aside, not someone else's file.
    {
        std::ifstream whole(path, std::ios::binary);
        std::string start(std::size_t{1} << 20, '\0');
        whole.read(start.data(), static_cast<std::streamsize>(start.size()));
        start.resize(static_cast<std::size_t>(whole.gcount()));
        if (start.find("CREATE TABLE analyses (") != std::string::npos
            && start.find("CREATE TABLE tracks (") != std::string::npos)
            return {};
    }
    auto at = [&bytes](std::size_t offset, std::string_view tag) { return bytes.substr(offset).starts_with(tag); };
    if (at(0, "RIFF") || at(0, "RF64") || at(0, "riff") || at(0, "FORM") || at(0, "fLaC") || at(0, "OggS")
        || at(0, "caff") || at(0, "ID3") || at(0, ".snd") || (n >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF
                                                               && (static_cast<unsigned char>(bytes[1]) & 0xE0) == 0xE0))
        return "an audio file";
    if (at(0, "%PDF"))
        return "a PDF document";
    const auto first = bytes.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && (bytes[first] == '{' || bytes[first] == '['))
        return "a JSON document";
    const bool text = std::all_of(bytes.begin(), bytes.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 || c == '\n' || c == '\r' || c == '\t';
    });
    return text ? "a text file" : "a file of another kind";
}

namespace {

// Switches the database to write-ahead logging and returns the journal mode it is in then.
// Two processes opening a new database at once both hold a shared lock and want the
// exclusive one to switch: SQLite sees the deadlock and answers SQLITE_BUSY at once, without
// calling the busy handler (waiting could not help). One gives way here, as the busy
// timeout would: a few milliseconds at a time, for as long. Measured before this:
// tst_storecli's two processes on a new database, 9 failures in 40 runs.
std::string enableWal(Database& db, const std::shared_ptr<LockWait>& lockWait)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(Database::kBusyTimeoutMs);
    for (int attempt = 0;; ++attempt) {
        try {
            return db.queryText("PRAGMA journal_mode = WAL");
        } catch (const SqliteError& e) {
            if (e.code() != SQLITE_BUSY)
                throw;
            if (lockWait ? !lockWait->retry(attempt) : std::chrono::steady_clock::now() > deadline)
                throw;
        }
        if (!lockWait)
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

Store::OpenResult Store::open(const std::filesystem::path& path, const StoreOptions& options)
{
    OpenResult result;
    auto failWith = [&result](StoreOpenError::Kind kind, std::string message, std::filesystem::path keptAs = {}) {
        result.error = StoreOpenError{kind, std::move(message), std::move(keptAs)};
        return std::move(result);
    };
    // The file is the user's: anything that is not a Stemwise database is refused before
    // SQLite opens it (opening would not harm it, but setting it aside as "damaged" would
    // move the user's file away from its name).
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    const bool exists = !ec && std::filesystem::exists(status);
    if (exists && std::filesystem::is_directory(status))
        return failWith(StoreOpenError::Kind::NotStemwise, path.string() + " is a folder, not a database file");
    // What the file looks like is read only once SQLite said it is no database, never
    // before: this process may hold other connections to it (one per worker thread), and
    // closing any other descriptor of the file drops every POSIX lock the process holds on it
    // (https://www.sqlite.org/howtocorrupt.html, 2.2). A second process then took itself for
    // the last one, deleted the -wal and -shm files, and the first one's results went into
    // the deleted log: tst_storecli's two processes on a new database, 1 run in 3.
    auto refuseIfNotStemwise = [&]() -> std::optional<OpenResult> {
        const std::string looksLike = describeNonDatabase(path);
        if (looksLike.empty())
            return std::nullopt;
        return failWith(StoreOpenError::Kind::NotStemwise,
                        path.string() + " is not a Stemwise database (it looks like " + looksLike
                            + "); it was left untouched: name a Stemwise database, or a new file to start one");
    };
    if (!exists && options.readOnly) {
        return failWith(StoreOpenError::Kind::Missing,
                        path.string() + ": there is no database here yet (nothing has been analysed and stored in it)");
    }

    std::optional<Database> db;
    // Damage can show at the first read or later while migrating: either way the file is
    // closed and set aside, never repaired or overwritten in place.
    auto setAside = [&](const SqliteError& e) {
        db.reset();  // close before renaming
        if (auto refused = refuseIfNotStemwise())
            return std::move(*refused);
        if (options.readOnly)
            return failWith(StoreOpenError::Kind::Unavailable,
                            path.string() + " is damaged (" + e.what() + "); it was left as it is");
        const auto keptAs = setDatabaseAside(path);
        if (!keptAs)
            return failWith(StoreOpenError::Kind::Unavailable,
                            path.string() + " is a damaged Stemwise database (" + e.what()
                                + ") and could not be renamed aside; move it away to start a fresh database");
        return failWith(StoreOpenError::Kind::Damaged,
                        path.string() + " is a damaged Stemwise database (" + e.what() + "); it was kept as "
                            + keptAs->string() + " and a fresh database can be started in its place",
                        *keptAs);
    };
    int version = 0;
    std::int64_t objects = 0;
    auto firstRead = [&](bool immutable) {
        db = Database::open(path, options.readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWriteCreate,
                            Database::kBusyTimeoutMs, options.lockWait, immutable);
        // The first read of the file: SQLITE_NOTADB or SQLITE_CORRUPT here means damage.
        // Both figures come from one statement, hence one snapshot: read apart, another
        // connection's first migration could commit between them, and a version of 0 beside
        // its tables looked like another program's database (tst_migrations, 1 CI run in 40).
        Statement first = db->prepare(
            "SELECT (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)");
        if (first.step()) {
            version = static_cast<int>(first.columnInt(0));
            objects = first.columnInt(1);
        }
    };
    try {
        try {
            firstRead(false);
        } catch (const SqliteError& e) {
            // Read-only media: a WAL database needs its shared-memory file, which cannot be
            // made there; a file nobody can write is safely read as immutable. Only then: a
            // locked database is never read past its lock.
            const auto folder = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
            const bool cannotWrite = ::access(folder.c_str(), W_OK) != 0;
            if (!options.readOnly || e.isDamage() || !cannotWrite
                || (e.code() != SQLITE_CANTOPEN && e.code() != SQLITE_READONLY && e.code() != SQLITE_IOERR))
                throw;
            db.reset();
            firstRead(true);
        }
    } catch (const SqliteError& e) {
        if (!e.isDamage())
            return failWith(StoreOpenError::Kind::Unavailable, describe(path, e));
        return setAside(e);
    }
    if (version == 0 && objects > 0) {
        db.reset();
        return failWith(StoreOpenError::Kind::NotStemwise,
                        path.string() + " is another program's SQLite database, not a Stemwise one; it was left "
                                        "untouched: name a Stemwise database, or a new file to start one");
    }
    if (version > latestSchemaVersion()) {
        return failWith(StoreOpenError::Kind::Newer,
                        path.string() + " was written by a newer Stemwise (schema version " + std::to_string(version)
                            + "; this one reads up to " + std::to_string(latestSchemaVersion())
                            + "); it was left unchanged: update Stemwise or use --db to name another database");
    }
    if (options.readOnly) {
        if (version == latestSchemaVersion()) {
            result.store = std::make_unique<Store>(std::move(*db), version, version);
            return result;
        }
        if (version == 0)
            return failWith(StoreOpenError::Kind::Missing,
                            path.string() + ": the database is empty (nothing has been analysed and stored in it)");
        // An older schema: upgraded once where it can be written, then read.
        db.reset();
        StoreOptions writable = options;
        writable.readOnly = false;
        auto upgraded = open(path, writable);
        if (!upgraded.store)
            return failWith(StoreOpenError::Kind::Unavailable,
                            path.string() + " was written by an older Stemwise (schema version " + std::to_string(version)
                                + ") and must be upgraded once where it can be written: "
                                + (upgraded.error ? upgraded.error->message : std::string()));
        upgraded.store.reset();
        return open(path, options);
    }
    try {
        // Persistent once set (https://www.sqlite.org/wal.html#persistence_of_wal_mode).
        const std::string mode = enableWal(*db, options.lockWait);
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
