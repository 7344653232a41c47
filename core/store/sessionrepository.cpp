#include "store/sessionrepository.h"

#include "store/database.h"

namespace stemwise::core {

namespace {

constexpr const char* kSessionColumns = "id, kind, key, name, created_at";

SessionRecord readSession(const Statement& s)
{
    return {s.columnInt(0), s.columnText(1), s.columnText(2), s.columnText(3), s.columnText(4)};
}

}  // namespace

std::string SessionRepository::folderKey(const std::filesystem::path& folder)
{
    std::error_code ec;
    auto absolute = std::filesystem::weakly_canonical(std::filesystem::absolute(folder, ec), ec);
    if (ec)
        absolute = std::filesystem::absolute(folder).lexically_normal();
    std::string key = absolute.string();
    while (key.size() > 1 && key.back() == '/')
        key.pop_back();
    return key;
}

SessionRecord SessionRepository::ensureFolder(const std::filesystem::path& folder)
{
    const std::string key = folderKey(folder);
    std::string name = std::filesystem::path(key).filename().string();
    if (name.empty())
        name = key;
    return ensure("folder", key, name, utcNowIso8601());
}

SessionRecord SessionRepository::ensureSet(const std::string& name)
{
    return ensure("set", setKey(name), name, utcNowIso8601());
}

SessionRecord SessionRepository::ensure(const std::string& kind, const std::string& key, const std::string& name,
                                        const std::string& createdAt)
{
    if (auto found = findByKey(key))
        return *found;
    m_db.prepare("INSERT INTO sessions (kind, key, name, created_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, kind).bind(2, key).bind(3, name).bind(4, createdAt).run();
    return {m_db.lastInsertId(), kind, key, name, createdAt};
}

std::optional<SessionRecord> SessionRepository::findByKey(const std::string& key)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE key = ?1");
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return readSession(s);
}

std::optional<SessionRecord> SessionRepository::byId(std::int64_t id)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kSessionColumns + " FROM sessions WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readSession(s);
}

std::vector<SessionRecord> SessionRepository::all()
{
    Statement s = m_db.prepare(std::string("SELECT ") + kSessionColumns + " FROM sessions ORDER BY id");
    std::vector<SessionRecord> out;
    while (s.step())
        out.push_back(readSession(s));
    return out;
}

}  // namespace stemwise::core
