// ReferenceRepository: rows of reference_tracks (see referencerepository.h).
#include "store/referencerepository.h"

#include "json/profilejson.h"
#include "store/database.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace stemwise::core {

namespace {

constexpr const char* kReferenceColumns = "id, session_id, name, genre, content_hash, added_at, profile_json, rating";

ReferenceTrack readRow(const Statement& s)
{
    ReferenceTrack r;
    r.id = s.columnInt(0);
    if (!s.isNull(1))
        r.sessionId = s.columnInt(1);
    r.name = s.columnText(2);
    r.genre = s.columnText(3);
    r.contentHash = s.columnText(4);
    r.addedAt = s.columnText(5);
    auto profile = profileFromText(s.columnText(6));
    if (!profile)
        throw std::runtime_error("reference " + std::to_string(r.id) + ": stored profile: " + profile.error().message);
    r.profile = std::move(profile.value());
    r.rating = static_cast<int>(s.columnInt(7));
    return r;
}

}  // namespace

std::string normalisedGenre(const std::string& genre)
{
    std::string out;
    for (char c : genre)
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto first = out.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    out.erase(0, first);
    out.erase(out.find_last_not_of(" \t") + 1);
    return out;
}

std::int64_t ReferenceRepository::add(const TrackProfile& profile, const std::string& contentHash,
                                      const std::string& genre, std::optional<std::int64_t> sessionId)
{
    Transaction tx(m_db);
    Statement find = m_db.prepare(
        "SELECT id FROM reference_tracks WHERE ifnull(session_id, 0) = ?1 AND content_hash = ?2");
    find.bind(1, sessionId.value_or(0)).bind(2, contentHash);
    std::int64_t id = 0;
    if (find.step()) {
        id = find.columnInt(0);
        Statement update = m_db.prepare(
            "UPDATE reference_tracks SET name = ?1, genre = ?2, profile_json = ?3 WHERE id = ?4");
        update.bind(1, profile.name).bind(2, normalisedGenre(genre)).bind(3, profileToStoreText(profile)).bind(4, id);
        update.run();
    } else {
        insert({0, sessionId, profile.name, normalisedGenre(genre), contentHash, utcNowIso8601(), profile, kReferenceUnrated});
        id = m_db.lastInsertId();
    }
    tx.commit();
    return id;
}

bool ReferenceRepository::restore(const ReferenceTrack& reference)
{
    ReferenceTrack normalised = reference;
    normalised.genre = normalisedGenre(reference.genre);
    return insert(normalised) > 0;
}

int ReferenceRepository::insert(const ReferenceTrack& r)
{
    Statement insert = m_db.prepare(
        "INSERT INTO reference_tracks (session_id, name, genre, content_hash, profile_json, added_at, rating) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING");
    if (r.sessionId)
        insert.bind(1, *r.sessionId);
    else
        insert.bindNull(1);
    insert.bind(2, r.name).bind(3, r.genre).bind(4, r.contentHash).bind(5, profileToStoreText(r.profile))
        .bind(6, r.addedAt).bind(7, static_cast<std::int64_t>(r.rating));
    insert.run();
    return m_db.changes();
}

std::vector<ReferenceTrack> ReferenceRepository::list(std::optional<std::int64_t> sessionId,
                                                      const std::optional<std::string>& genre)
{
    std::string sql = std::string("SELECT ") + kReferenceColumns + " FROM reference_tracks WHERE ifnull(session_id, 0) = ?1";
    if (genre)
        sql += " AND genre = ?2";
    sql += " ORDER BY genre, name, id";
    Statement s = m_db.prepare(sql);
    s.bind(1, sessionId.value_or(0));
    if (genre)
        s.bind(2, normalisedGenre(*genre));
    std::vector<ReferenceTrack> out;
    while (s.step())
        out.push_back(readRow(s));
    return out;
}

std::optional<ReferenceTrack> ReferenceRepository::byId(std::int64_t id)
{
    Statement s = m_db.prepare(std::string("SELECT ") + kReferenceColumns + " FROM reference_tracks WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readRow(s);
}

std::vector<std::string> ReferenceRepository::genres()
{
    Statement s = m_db.prepare("SELECT DISTINCT genre FROM reference_tracks WHERE genre <> '' ORDER BY genre");
    std::vector<std::string> out;
    while (s.step())
        out.push_back(s.columnText(0));
    return out;
}

bool ReferenceRepository::setRating(std::int64_t id, int rating)
{
    if (rating != kReferenceNotMyStyle && rating != kReferenceUnrated && rating != kReferenceSoundIWant)
        throw std::invalid_argument("a reference's rating is -1, 0 or 1 (got " + std::to_string(rating) + ")");
    Statement s = m_db.prepare("UPDATE reference_tracks SET rating = ?1 WHERE id = ?2");
    s.bind(1, static_cast<std::int64_t>(rating)).bind(2, id);
    s.run();
    return m_db.changes() > 0;
}

bool ReferenceRepository::remove(std::int64_t id)
{
    Statement s = m_db.prepare("DELETE FROM reference_tracks WHERE id = ?1");
    s.bind(1, id);
    s.run();
    return m_db.changes() > 0;
}

}  // namespace stemwise::core
