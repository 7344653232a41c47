#pragma once
// A thin RAII layer over the SQLite C API: one connection (Database), prepared statements
// (Statement) and write transactions (Transaction). No ORM: repositories write their SQL.
//
// Errors: every SQLite failure throws SqliteError (the code and SQLite's message).
// Repositories let it through; the operations built on them (Store::open,
// analyzeFilesStored, export and import) catch it and return a Result, and the commands
// that use repositories directly catch it and name the database file.
// Threading: a Database and its statements belong to one thread at a time. Each worker
// thread opens its own connection (SQLite serialises writers across connections and
// processes; WAL lets readers proceed meanwhile).

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace stemwise::core {

class SqliteError : public std::runtime_error {
public:
    SqliteError(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    /// SQLite's primary result code (SQLITE_BUSY, SQLITE_FULL, SQLITE_CORRUPT, …).
    [[nodiscard]] int code() const noexcept { return m_code & 0xFF; }
    [[nodiscard]] int extendedCode() const noexcept { return m_code; }
    /// The file is not a database or is damaged (SQLITE_NOTADB, SQLITE_CORRUPT).
    [[nodiscard]] bool isDamage() const noexcept;

private:
    int m_code;
};

class Statement;

/// How long a command waits for a database that another program holds locked. One LockWait
/// is shared by every connection of a command (workers included). Each wait for a lock may
/// last up to `bound`: short waits (another Stemwise storing a result) pass unnoticed; a wait
/// longer than kNoticeAfter calls `onLongWait` (once per command) so the user knows why
/// nothing happens; and once a wait has used the whole bound up, every later wait of the
/// command gives up at once with SQLITE_BUSY. A database held locked so costs one bounded
/// wait, not a busy timeout per file.
/// Threading: shared by connections on several threads (atomics and a once-flag).
class LockWait {
public:
    static constexpr std::chrono::milliseconds kNoticeAfter{1000};

    explicit LockWait(std::chrono::milliseconds bound, std::function<void()> onLongWait = {})
        : m_bound(bound), m_onLongWait(std::move(onLongWait))
    {
    }
    /// The busy handler's answer after `attempt` tries of one wait (0 starts a wait): true =
    /// it slept a little, try again.
    bool retry(int attempt);
    /// Whether a wait used the bound up (later waits give up at once).
    [[nodiscard]] bool gaveUp() const noexcept { return m_gaveUp.load(std::memory_order_relaxed); }
    [[nodiscard]] std::chrono::milliseconds bound() const noexcept { return m_bound; }

private:
    const std::chrono::milliseconds m_bound;
    std::function<void()> m_onLongWait;
    std::once_flag m_noticed;
    std::atomic<bool> m_gaveUp{false};
};

class Database {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };
    static constexpr int kBusyTimeoutMs = 30000;  ///< how long a connection waits for another's lock

    /// Opens (or creates) the database file. Sets the per-connection settings: foreign keys
    /// on, a busy timeout (so a second process waits instead of failing), synchronous=NORMAL.
    /// Does not write to the file: WAL mode and migrations are Store's business, after it has
    /// checked the schema version. Throws SqliteError.
    /// `lockWait`, when given, replaces the busy timeout: the connection waits for another's
    /// lock as the shared LockWait allows. `immutable`: open a read-only file that no one
    /// writes (read-only media) without SQLite's shared-memory file (URI parameter
    /// immutable=1; https://www.sqlite.org/uri.html).
    static Database open(const std::filesystem::path& path, Mode mode = Mode::ReadWriteCreate,
                         int busyTimeoutMs = kBusyTimeoutMs, std::shared_ptr<LockWait> lockWait = nullptr,
                         bool immutable = false);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    /// Runs one or more statements that return no rows we need. Throws SqliteError.
    void exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql);
    /// The single value of a one-row, one-column query (e.g. a PRAGMA). Throws SqliteError.
    [[nodiscard]] std::int64_t queryInt(std::string_view sql);
    [[nodiscard]] std::string queryText(std::string_view sql);

    [[nodiscard]] std::int64_t lastInsertId() const noexcept;
    /// Rows changed by the last INSERT/UPDATE/DELETE.
    [[nodiscard]] int changes() const noexcept;
    [[nodiscard]] std::int64_t totalChanges() const noexcept;
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return m_path; }
    [[nodiscard]] sqlite3* handle() const noexcept { return m_db; }
    void close() noexcept;

private:
    Database(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    std::shared_ptr<LockWait> m_lockWait;  // kept alive for the busy handler
};

/// A prepared statement. bind() indices start at 1 as in SQLite; column() indices at 0.
class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::optional<double>& value);
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bindNull(int index);

    /// Advances to the next row: true if there is one, false when done. Throws SqliteError.
    bool step();
    /// Runs a statement that returns no rows. Throws SqliteError.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t columnInt(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] std::optional<double> columnOptDouble(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    [[nodiscard]] std::optional<std::string> columnOptText(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    void check(int rc) const;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

/// A write transaction: BEGIN IMMEDIATE at construction (it takes the write lock up front,
/// waiting through the busy timeout, so it can never fail later with SQLITE_BUSY_SNAPSHOT
/// the way a deferred transaction upgraded from a read can); commit() makes it durable;
/// destruction without commit() rolls everything back.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

/// The current UTC time as ISO 8601 with milliseconds ("2024-05-01T12:00:00.123Z"): the form
/// of every timestamp in the database, sortable as text.
[[nodiscard]] std::string utcNowIso8601();

}  // namespace stemwise::core
