#include "store/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <chrono>
#include <ctime>
#include <string>
#include <thread>
#include <utility>

namespace stemwise::core {

namespace {

[[noreturn]] void fail(sqlite3* db, int rc, std::string_view what = {})
{
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    if (!what.empty())
        message = std::string(what) + ": " + message;
    throw SqliteError(rc, message);
}

int busyHandler(void* arg, int attempt)
{
    return static_cast<LockWait*>(arg)->retry(attempt) ? 1 : 0;
}

// file:… URI of a path, with the characters a URI reserves escaped.
std::string uriOf(const std::filesystem::path& path)
{
    std::string uri = "file:";
    for (unsigned char c : std::filesystem::absolute(path).string()) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20 || c == 0x7F) {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        } else {
            uri += static_cast<char>(c);
        }
    }
    return uri + "?immutable=1";
}

}  // namespace

bool LockWait::retry(int attempt)
{
    using Clock = std::chrono::steady_clock;
    if (m_gaveUp.load(std::memory_order_relaxed))
        return false;
    // A thread waits for one lock at a time: SQLite calls the handler with attempt 0 first.
    thread_local Clock::time_point started;
    const auto now = Clock::now();
    if (attempt == 0)
        started = now;
    const auto waited = now - started;
    if (waited >= kNoticeAfter && m_onLongWait)
        std::call_once(m_noticed, m_onLongWait);
    if (waited >= m_bound) {
        m_gaveUp.store(true, std::memory_order_relaxed);
        return false;
    }
    // As SQLite's own busy timeout: short sleeps first, then up to 50 ms.
    std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1 + 2 * attempt, 50)));
    return true;
}

bool SqliteError::isDamage() const noexcept
{
    return code() == SQLITE_NOTADB || code() == SQLITE_CORRUPT;
}

Database Database::open(const std::filesystem::path& path, Mode mode, int busyTimeoutMs,
                        std::shared_ptr<LockWait> lockWait, bool immutable)
{
    int flags = SQLITE_OPEN_NOMUTEX;  // one thread per connection: SQLite need not lock for us
    switch (mode) {
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    if (immutable)
        flags |= SQLITE_OPEN_URI;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(immutable ? uriOf(path).c_str() : path.c_str(), &raw, flags, nullptr);
    Database db(raw, path);  // closes the handle, which SQLite allocates even on failure
    if (rc != SQLITE_OK)
        fail(raw, rc);
    sqlite3_extended_result_codes(raw, 1);
    // A second Stemwise process (or thread) holding the write lock makes us wait before
    // SQLITE_BUSY: writes here are short, so waiting is the right answer, within a bound.
    if (lockWait) {
        db.m_lockWait = std::move(lockWait);
        sqlite3_busy_handler(raw, busyHandler, db.m_lockWait.get());
    } else {
        sqlite3_busy_timeout(raw, busyTimeoutMs);
    }
    // Per-connection settings (https://www.sqlite.org/pragma.html): foreign keys are off by
    // default for compatibility; synchronous=NORMAL in WAL mode never corrupts and loses no
    // commit on an application crash, only possibly the last commits on a power cut.
    db.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)), m_lockWait(std::move(other.m_lockWait))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_lockWait = std::move(other.m_lockWait);
    }
    return *this;
}

Database::~Database() { close(); }

void Database::close() noexcept
{
    if (m_db != nullptr) {
        // sqlite3_close_v2 defers the close until every statement is finalised, so a
        // forgotten statement cannot leak the connection.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = message != nullptr ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw SqliteError(sqlite3_extended_errcode(m_db), what);
    }
}

Statement Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(m_db, rc);
    return Statement(m_db, stmt);
}

std::int64_t Database::queryInt(std::string_view sql)
{
    Statement s = prepare(sql);
    return s.step() ? s.columnInt(0) : 0;
}

std::string Database::queryText(std::string_view sql)
{
    Statement s = prepare(sql);
    return s.step() ? s.columnText(0) : std::string();
}

std::int64_t Database::lastInsertId() const noexcept { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const noexcept { return sqlite3_changes(m_db); }
std::int64_t Database::totalChanges() const noexcept { return sqlite3_total_changes64(m_db); }

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        fail(m_db, rc);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    check(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<double>& value)
{
    // SQLite stores NaN as NULL anyway; infinities are real values it keeps.
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<std::string>& value)
{
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(m_db, rc);
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(m_stmt, column); }

std::optional<double> Statement::columnOptDouble(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    if (text == nullptr)
        return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<std::string> Statement::columnOptText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnText(column);
}

Transaction::Transaction(Database& db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        // A failed COMMIT may already have rolled back; ROLLBACK then fails harmlessly.
        try {
            m_db.exec("ROLLBACK");
        } catch (const SqliteError&) {
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

std::string utcNowIso8601()
{
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    char out[40];
    std::snprintf(out, sizeof out, "%s.%03dZ", text, static_cast<int>(ms));
    return out;
}

}  // namespace stemwise::core
