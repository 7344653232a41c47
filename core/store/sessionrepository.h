#pragma once
// Sessions: a folder of stems, or a named set of files. The folder's absolute path (or the
// set's name) is the natural key, so the same folder is the same session in every process
// and after an export and import.
// Errors: every method throws SqliteError. Threading: as the Database it is given.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

class Database;

struct SessionRecord {
    std::int64_t id = 0;
    std::string kind;  ///< "folder" or "set"
    std::string key;   ///< the folder's absolute path, or "set:" + name
    std::string name;  ///< shown to the user: the folder's name or the set's name
    std::string createdAt;
};

class SessionRepository {
public:
    explicit SessionRepository(Database& db) : m_db(db) {}

    /// The session of `folder` (made absolute and normal), created if new.
    SessionRecord ensureFolder(const std::filesystem::path& folder);
    /// The named set `name`, created if new.
    SessionRecord ensureSet(const std::string& name);
    /// By natural key; created with `kind`, `name` and `createdAt` if new (import).
    SessionRecord ensure(const std::string& kind, const std::string& key, const std::string& name,
                         const std::string& createdAt);

    [[nodiscard]] std::optional<SessionRecord> findByKey(const std::string& key);
    [[nodiscard]] std::optional<SessionRecord> byId(std::int64_t id);
    [[nodiscard]] std::vector<SessionRecord> all();

    /// The key of the folder session `folder` would have.
    [[nodiscard]] static std::string folderKey(const std::filesystem::path& folder);
    [[nodiscard]] static std::string setKey(const std::string& name) { return "set:" + name; }

private:
    Database& m_db;
};

}  // namespace stemwise::core
