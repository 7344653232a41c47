#include "store/trackrepository.h"

#include "store/database.h"

namespace stemwise::core {

namespace {

constexpr const char* kTrackSelect = "SELECT id, session_id, name, type, type_override, created_at FROM tracks ";

TrackRecord readTrack(const Statement& s)
{
    return {s.columnInt(0), s.columnInt(1), s.columnText(2), s.columnOptText(3), s.columnOptText(4), s.columnText(5)};
}

std::vector<TrackRecord> readAll(Statement& s)
{
    std::vector<TrackRecord> out;
    while (s.step())
        out.push_back(readTrack(s));
    return out;
}

}  // namespace

TrackRecord TrackRepository::ensure(std::int64_t sessionId, const std::string& name, const std::string& createdAt)
{
    if (auto found = find(sessionId, name))
        return *found;
    m_db.prepare("INSERT INTO tracks (session_id, name, created_at) VALUES (?1, ?2, ?3)")
        .bind(1, sessionId).bind(2, name).bind(3, createdAt).run();
    return {m_db.lastInsertId(), sessionId, name, std::nullopt, std::nullopt, createdAt};
}

std::optional<TrackRecord> TrackRepository::find(std::int64_t sessionId, const std::string& name)
{
    Statement s = m_db.prepare(std::string(kTrackSelect) + "WHERE session_id = ?1 AND name = ?2");
    s.bind(1, sessionId).bind(2, name);
    if (!s.step())
        return std::nullopt;
    return readTrack(s);
}

std::optional<TrackRecord> TrackRepository::byId(std::int64_t id)
{
    Statement s = m_db.prepare(std::string(kTrackSelect) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readTrack(s);
}

std::vector<TrackRecord> TrackRepository::findByName(const std::string& name)
{
    // "name" = stem + "." + an extension without dots.
    Statement s = m_db.prepare(std::string(kTrackSelect)
                               + "WHERE name = ?1 COLLATE NOCASE OR (length(name) > length(?1) + 1 "
                                 "AND substr(name, 1, length(?1) + 1) = (?1 || '.') COLLATE NOCASE "
                                 "AND instr(substr(name, length(?1) + 2), '.') = 0) ORDER BY session_id, id");
    s.bind(1, name);
    return readAll(s);
}

std::vector<TrackRecord> TrackRepository::inSession(std::int64_t sessionId)
{
    Statement s = m_db.prepare(std::string(kTrackSelect) + "WHERE session_id = ?1 ORDER BY id");
    s.bind(1, sessionId);
    return readAll(s);
}

void TrackRepository::setType(std::int64_t id, const std::string& type)
{
    m_db.prepare("UPDATE tracks SET type = ?2 WHERE id = ?1 AND type IS NOT ?2").bind(1, id).bind(2, type).run();
}

void TrackRepository::setTypeOverride(std::int64_t id, const std::optional<std::string>& type)
{
    m_db.prepare("UPDATE tracks SET type_override = ?2 WHERE id = ?1 AND type_override IS NOT ?2")
        .bind(1, id).bind(2, type).run();
}

}  // namespace stemwise::core
