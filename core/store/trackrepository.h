#pragma once
// Tracks: a session's stem by its file name ("Lead Vocal.wav", with the extension: a track is
// a file, and Lead Vocal.flac beside it is another track), its latest type and the user's
// type override. A re-bounce of "Lead Vocal.wav" into the same folder is the same track, with
// one more history entry.
// Errors: every method throws SqliteError. Threading: as the Database it is given.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

class Database;

struct TrackRecord {
    std::int64_t id = 0;
    std::int64_t sessionId = 0;
    std::string name;  ///< the file name, with its extension (schema version 6 on)
    std::optional<std::string> type;          ///< of the latest analysis
    std::optional<std::string> typeOverride;  ///< the user's choice
    std::string createdAt;
};

class TrackRepository {
public:
    explicit TrackRepository(Database& db) : m_db(db) {}

    /// The track `name` of the session, created if new.
    TrackRecord ensure(std::int64_t sessionId, const std::string& name, const std::string& createdAt);
    [[nodiscard]] std::optional<TrackRecord> find(std::int64_t sessionId, const std::string& name);
    [[nodiscard]] std::optional<TrackRecord> byId(std::int64_t id);
    /// Every track with this file name, or with this name before its extension ("Vocal" finds
    /// Vocal.wav and Vocal.flac), ASCII case ignored, in any session.
    [[nodiscard]] std::vector<TrackRecord> findByName(const std::string& name);
    [[nodiscard]] std::vector<TrackRecord> inSession(std::int64_t sessionId);

    void setType(std::int64_t id, const std::string& type);
    /// Sets the user's override; an empty optional clears it.
    void setTypeOverride(std::int64_t id, const std::optional<std::string>& type);

private:
    Database& m_db;
};

}  // namespace stemwise::core
