#pragma once
// The reference library in the user database (table reference_tracks, schema v4): reference
// files (commercial mixes) the user keeps to compare with, each tagged with a genre, either
// in the library (for every session) or attached to one session. Each row keeps the file's
// path, its content hash and its analysed profile (exact JSON, json/profilejson.h), so a
// target curve of a genre (compare/targetcurve.h) is made without reading a file again.
// The same content is one row per place (library or session): adding it again updates its
// name and genre. Removing a reference is the user's explicit act and deletes the row; the
// file is never touched. Since schema v10 each reference carries the user's rating of it
// (kReferenceSoundIWant, kReferenceUnrated, kReferenceNotMyStyle), which sets its weight in the
// style learned from the references (compare/targetcurve.h: styleWeightOfRating).
//
// Errors: every method throws SqliteError (and std::runtime_error for a stored profile that
// does not parse). Threading: as the Database it is given.

#include "analysis/trackprofile.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace stemwise::core {

class Database;

/// A reference's rating (column reference_tracks.rating).
inline constexpr int kReferenceNotMyStyle = -1;  ///< "not my style": left out of the style
inline constexpr int kReferenceUnrated = 0;
inline constexpr int kReferenceSoundIWant = 1;   ///< "the sound I want": counts more

struct ReferenceTrack {
    std::int64_t id = 0;
    std::optional<std::int64_t> sessionId;  ///< empty: in the library
    std::string name;
    std::string genre;  ///< lower case; empty = untagged
    std::string contentHash;
    std::string addedAt;
    TrackProfile profile;  ///< with file.path where the file was when added
    int rating = kReferenceUnrated;  ///< kReferenceNotMyStyle, kReferenceUnrated or kReferenceSoundIWant
};

class ReferenceRepository {
public:
    explicit ReferenceRepository(Database& db) : m_db(db) {}

    /// Adds `profile` (content `contentHash`) under `genre` (lower-cased, trimmed) to the
    /// library or to `sessionId`; the same content in the same place is updated instead.
    /// Returns the reference's id. A reference added again keeps its rating.
    std::int64_t add(const TrackProfile& profile, const std::string& contentHash, const std::string& genre,
                     std::optional<std::int64_t> sessionId = std::nullopt);

    /// The library's references (sessionId empty) or one session's; of one genre if given;
    /// ordered by genre, then name.
    [[nodiscard]] std::vector<ReferenceTrack> list(std::optional<std::int64_t> sessionId = std::nullopt,
                                                   const std::optional<std::string>& genre = std::nullopt);
    [[nodiscard]] std::optional<ReferenceTrack> byId(std::int64_t id);
    /// The genres in use (library and sessions), sorted.
    [[nodiscard]] std::vector<std::string> genres();
    /// Writes `reference` as it is (name, genre, time, profile, rating; its id is ignored) unless the
    /// same content is already in the same place: an import. True if it was written.
    bool restore(const ReferenceTrack& reference);
    /// Rates the reference `id` (kReferenceNotMyStyle, kReferenceUnrated, kReferenceSoundIWant);
    /// false if there was none. Throws std::invalid_argument for another value.
    bool setRating(std::int64_t id, int rating);
    /// Deletes the reference `id`; false if there was none.
    bool remove(std::int64_t id);

private:
    // INSERT OR IGNORE on the (place, content) index; the number of rows written.
    int insert(const ReferenceTrack& reference);

    Database& m_db;
};

/// "Rock " -> "rock"
[[nodiscard]] std::string normalisedGenre(const std::string& genre);

}  // namespace stemwise::core
