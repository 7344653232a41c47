#include "store/migrations.h"

#include "store/database.h"

#include <array>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace stemwise::core {

namespace {

// Migration 6: tracks are files. Each track is renamed after the file name of its latest
// analysis; analyses of files with other names (Vocal.flac's in Vocal.wav's track, as the
// stem-keyed tracks of versions 1..5 merged them) move to a track of their own name in the
// same session, with the same type and the user's type choice. Suggestions and ratings stay
// with their analyses. A track without analyses keeps its name.
void tracksAreFiles(Database& db)
{
    struct Track {
        std::int64_t id, session;
        std::string name, createdAt;
        std::optional<std::string> type, typeOverride;
    };
    std::vector<Track> tracks;
    {
        Statement s = db.prepare("SELECT id, session_id, name, created_at, type, type_override FROM tracks ORDER BY id");
        while (s.step())
            tracks.push_back({s.columnInt(0), s.columnInt(1), s.columnText(2), s.columnText(3), s.columnOptText(4),
                              s.columnOptText(5)});
    }
    auto trackNamed = [&db](std::int64_t session, const std::string& name) -> std::optional<std::int64_t> {
        Statement s = db.prepare("SELECT id FROM tracks WHERE session_id = ?1 AND name = ?2");
        s.bind(1, session).bind(2, name);
        return s.step() ? std::optional<std::int64_t>(s.columnInt(0)) : std::nullopt;
    };
    for (const Track& t : tracks) {
        std::map<std::string, std::vector<std::int64_t>> byFile;  // file name -> analyses
        std::string latest;
        {
            Statement s = db.prepare("SELECT id, file_path FROM analyses WHERE track_id = ?1 ORDER BY analysed_at, id");
            s.bind(1, t.id);
            while (s.step()) {
                latest = std::filesystem::path(s.columnText(1)).filename().string();
                byFile[latest].push_back(s.columnInt(0));
            }
        }
        if (byFile.empty() || latest.empty())
            continue;
        for (const auto& [file, analyses] : byFile) {
            std::int64_t target = t.id;
            if (file == latest) {
                if (t.name == file)
                    continue;
                if (const auto other = trackNamed(t.session, file)) {
                    target = *other;  // a track of that file name exists already: join it
                } else {
                    db.prepare("UPDATE tracks SET name = ?2 WHERE id = ?1").bind(1, t.id).bind(2, file).run();
                    continue;
                }
            } else if (const auto other = trackNamed(t.session, file)) {
                target = *other;
            } else {
                db.prepare("INSERT INTO tracks (session_id, name, type, type_override, created_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)")
                    .bind(1, t.session).bind(2, file).bind(3, t.type).bind(4, t.typeOverride).bind(5, t.createdAt).run();
                target = db.lastInsertId();
            }
            for (std::int64_t a : analyses)
                db.prepare("UPDATE analyses SET track_id = ?2 WHERE id = ?1").bind(1, a).bind(2, target).run();
        }
    }
}

// Timestamps are ISO 8601 UTC text with milliseconds (utcNowIso8601()); paths are absolute.
// Figures carry their unit in the column name, as in the JSON reports.
constexpr std::array kMigrations{
    Migration{1, "sessions, tracks and the analysis history",
              R"sql(
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('folder', 'set')),
    key         TEXT NOT NULL UNIQUE,  -- folder: its absolute path; set: 'set:' || its name
    name        TEXT NOT NULL,         -- shown to the user
    created_at  TEXT NOT NULL
);
CREATE TABLE tracks (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES sessions(id) ON DELETE RESTRICT,
    name           TEXT NOT NULL,      -- the file name without extension
    type           TEXT,               -- the type of the latest analysis
    type_override  TEXT,               -- the user's choice; wins over the guess
    created_at     TEXT NOT NULL,
    UNIQUE (session_id, name)
);
-- One row per analysed content of a track: a re-bounce adds a row, reopening does not.
CREATE TABLE analyses (
    id                  INTEGER PRIMARY KEY,
    uid                 TEXT NOT NULL UNIQUE,  -- stable across export and import
    track_id            INTEGER NOT NULL REFERENCES tracks(id) ON DELETE RESTRICT,
    analysed_at         TEXT NOT NULL,
    origin              TEXT NOT NULL CHECK (origin IN ('analysis', 'cache', 'import')),
    content_hash        TEXT NOT NULL,
    file_path           TEXT NOT NULL,
    file_size_bytes     INTEGER NOT NULL,
    file_mtime_ns       INTEGER,
    analyzer_versions   TEXT NOT NULL,         -- JSON object id -> version, keys sorted
    settings            TEXT NOT NULL,         -- JSON object of the settings that shape results
    type                TEXT,
    duration_s          REAL,
    sample_rate_hz      REAL,
    channels            INTEGER,
    integrated_lufs     REAL,
    loudness_range_lu   REAL,
    short_term_max_lufs REAL,
    true_peak_dbtp      REAL,
    peak_dbfs           REAL,
    rms_dbfs            REAL,
    crest_db            REAL,
    plr_db              REAL,
    dynamic_range_db    REAL,
    centroid_hz         REAL,
    stereo_correlation  REAL,
    stereo_width        REAL,
    tempo_bpm           REAL,
    musical_key         TEXT,
    quality_score       REAL,
    issue_count         INTEGER,
    profile_json        TEXT NOT NULL          -- the full TrackProfile (core/report/profilejson.h)
);
CREATE INDEX analyses_by_track ON analyses (track_id, id);
CREATE INDEX analyses_by_content ON analyses (content_hash);
CREATE TRIGGER analyses_are_kept BEFORE DELETE ON analyses
BEGIN SELECT RAISE(ABORT, 'analyses are history and are never deleted'); END;
)sql"},
    Migration{2, "the analysis cache and its hit/miss statistics",
              R"sql(
-- Keyed by content, not by track: a renamed or moved file finds its analysis here. The
-- figures that depend on the track's name (type, issues, score) are derived again on a hit.
CREATE TABLE analysis_cache (
    content_hash       TEXT NOT NULL,
    analyzer_versions  TEXT NOT NULL,
    settings           TEXT NOT NULL,
    profile_json       TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    last_used_at       TEXT NOT NULL,
    hits               INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (content_hash, analyzer_versions, settings)
) WITHOUT ROWID;
CREATE TABLE cache_stats (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    since            TEXT NOT NULL,
    hits             INTEGER NOT NULL DEFAULT 0,
    misses           INTEGER NOT NULL DEFAULT 0,
    lookup_us_total  INTEGER NOT NULL DEFAULT 0,  -- query and decoding of the cached profile
    lookup_us_max    INTEGER NOT NULL DEFAULT 0,
    hash_us_total    INTEGER NOT NULL DEFAULT 0,  -- content hashing before each lookup
    hash_bytes_total INTEGER NOT NULL DEFAULT 0
);
INSERT INTO cache_stats (id, since) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
)sql"},
    Migration{3, "suggestions, ratings and the learned-model state",
              R"sql(
CREATE TABLE suggestions (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    analysis_id      INTEGER NOT NULL REFERENCES analyses(id) ON DELETE RESTRICT,
    code             TEXT NOT NULL,             -- the rule's stable id
    message          TEXT NOT NULL,
    parameters_json  TEXT NOT NULL DEFAULT '{}',
    engine_version   INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL
);
CREATE INDEX suggestions_by_analysis ON suggestions (analysis_id);
CREATE TABLE ratings (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE,
    suggestion_id  INTEGER NOT NULL REFERENCES suggestions(id) ON DELETE RESTRICT,
    rating         INTEGER NOT NULL,
    comment        TEXT,
    rated_at       TEXT NOT NULL
);
CREATE INDEX ratings_by_suggestion ON ratings (suggestion_id);
CREATE TABLE model_state (
    key         TEXT PRIMARY KEY,
    value_json  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL
);
CREATE TRIGGER suggestions_are_kept BEFORE DELETE ON suggestions
BEGIN SELECT RAISE(ABORT, 'suggestions are history and are never deleted'); END;
CREATE TRIGGER ratings_are_kept BEFORE DELETE ON ratings
BEGIN SELECT RAISE(ABORT, 'ratings are never deleted'); END;
)sql"},
    Migration{4, "the reference library: reference files tagged with a genre, in the library or a session",
              R"sql(
-- A reference is the user's choice to keep a file to compare with; removing one is their
-- explicit act, so rows may be deleted (unlike analyses, suggestions and ratings).
CREATE TABLE reference_tracks (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER REFERENCES sessions(id) ON DELETE RESTRICT,  -- NULL: the library
    name          TEXT NOT NULL,
    genre         TEXT NOT NULL DEFAULT '',  -- lower case; '' = untagged
    content_hash  TEXT NOT NULL,
    profile_json  TEXT NOT NULL,             -- the exact profile, file path included
    added_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX reference_tracks_by_content ON reference_tracks (ifnull(session_id, 0), content_hash);
CREATE INDEX reference_tracks_by_genre ON reference_tracks (genre);
)sql"},
    Migration{5, "the figures of each analysis by key, as the figure registry declares them",
              R"sql(
-- Every figure with the History role in core/analysis/figures.cpp, one row per analysis and
-- figure, so that a new figure needs no new column. The figure columns of analyses hold the
-- values of the analyses stored before this version; they are copied here under the
-- registry's keys (lra_lu, correlation and width were loudness_range_lu, stereo_correlation
-- and stereo_width) and are not written any more.
CREATE TABLE analysis_figures (
    analysis_id  INTEGER NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
    key          TEXT NOT NULL,  -- the figure's key, unit in the name
    value        REAL,           -- NULL: undefined for this material
    PRIMARY KEY (analysis_id, key)
) WITHOUT ROWID;
INSERT INTO analysis_figures (analysis_id, key, value)
          SELECT id, 'duration_s', duration_s FROM analyses
UNION ALL SELECT id, 'integrated_lufs', integrated_lufs FROM analyses
UNION ALL SELECT id, 'lra_lu', loudness_range_lu FROM analyses
UNION ALL SELECT id, 'short_term_max_lufs', short_term_max_lufs FROM analyses
UNION ALL SELECT id, 'true_peak_dbtp', true_peak_dbtp FROM analyses
UNION ALL SELECT id, 'peak_dbfs', peak_dbfs FROM analyses
UNION ALL SELECT id, 'rms_dbfs', rms_dbfs FROM analyses
UNION ALL SELECT id, 'crest_db', crest_db FROM analyses
UNION ALL SELECT id, 'plr_db', plr_db FROM analyses
UNION ALL SELECT id, 'dynamic_range_db', dynamic_range_db FROM analyses
UNION ALL SELECT id, 'correlation', stereo_correlation FROM analyses
UNION ALL SELECT id, 'width', stereo_width FROM analyses
UNION ALL SELECT id, 'centroid_hz', centroid_hz FROM analyses
UNION ALL SELECT id, 'tempo_bpm', tempo_bpm FROM analyses
UNION ALL SELECT id, 'quality_score', quality_score FROM analyses;
)sql"},
    Migration{6, "tracks are files (tracks.name is the file name with its extension); the user may delete a history entry",
              R"sql(
-- An analysis the user deleted from the history, by uid: the one way an analysis, its
-- suggestions and their ratings may be deleted (the triggers below), and a record that an
-- import does not bring it back.
CREATE TABLE history_deletions (
    analysis_uid  TEXT PRIMARY KEY,
    deleted_at    TEXT NOT NULL
);
DROP TRIGGER analyses_are_kept;
CREATE TRIGGER analyses_are_kept BEFORE DELETE ON analyses
WHEN NOT EXISTS (SELECT 1 FROM history_deletions WHERE analysis_uid = OLD.uid)
BEGIN SELECT RAISE(ABORT, 'analyses are history and are deleted only when the user deletes them'); END;
DROP TRIGGER suggestions_are_kept;
CREATE TRIGGER suggestions_are_kept BEFORE DELETE ON suggestions
WHEN NOT EXISTS (SELECT 1 FROM history_deletions d JOIN analyses a ON a.uid = d.analysis_uid WHERE a.id = OLD.analysis_id)
BEGIN SELECT RAISE(ABORT, 'suggestions are history and are never deleted'); END;
DROP TRIGGER ratings_are_kept;
CREATE TRIGGER ratings_are_kept BEFORE DELETE ON ratings
WHEN NOT EXISTS (SELECT 1 FROM history_deletions d JOIN analyses a ON a.uid = d.analysis_uid
                 JOIN suggestions s ON s.analysis_id = a.id WHERE s.id = OLD.suggestion_id)
BEGIN SELECT RAISE(ABORT, 'ratings are never deleted'); END;
)sql",
              tracksAreFiles},
    Migration{7, "content hashes are XXH3-64 (xxHash); the hashes stored before are kept, marked 'hash64:'",
              R"sql(
-- Versions 1..6 hashed content with a hash of Stemwise's own (store/legacyhash64.h). From
-- here on content_hash holds XXH3-64 (store/hash64.h), 16 hex digits as before. A hash of a
-- file's content cannot be computed again without the file, and re-reading every file of the
-- history here would hold the database for minutes; so every stored hash is kept and marked
-- as the old algorithm's, and never taken for an XXH3 hash. When a file is hashed again and
-- its old hash is stored, those rows take its XXH3 hash (store/contenthash.h: the same bytes,
-- proven by the old hash): the cache hits and the history sees no change. A hash whose file
-- is gone stays marked, in the history and its exports.
UPDATE analyses SET content_hash = 'hash64:' || content_hash WHERE instr(content_hash, ':') = 0;
UPDATE analysis_cache SET content_hash = 'hash64:' || content_hash WHERE instr(content_hash, ':') = 0;
UPDATE reference_tracks SET content_hash = 'hash64:' || content_hash WHERE instr(content_hash, ':') = 0;
)sql"},
    Migration{8, "a rating given after listening to the suggestion (Listen or Preview) is marked as such",
              R"sql(
-- 1: the user played the suggestion with Listen or Preview in the same run of the app before
-- rating it; the learned model weighs such a rating more (learn/learnedmodel.h). Ratings
-- stored before this version were not marked and read 0.
ALTER TABLE ratings ADD COLUMN after_listening INTEGER NOT NULL DEFAULT 0 CHECK (after_listening IN (0, 1));
)sql"},
    Migration{9, "a rating the user took back (Edit > Undo) is deleted and recorded as withdrawn",
              R"sql(
-- Undoing a rating in the window takes it back: the rating's row is deleted (its evidence is
-- taken out of the learned model in the same transaction, workflow/feedback.h) and its uid
-- recorded here, the one way besides a deleted history entry that a rating may be deleted,
-- and a record that an import does not bring it back. Redoing it stores a new rating.
CREATE TABLE rating_withdrawals (
    rating_uid    TEXT PRIMARY KEY,
    withdrawn_at  TEXT NOT NULL
);
DROP TRIGGER ratings_are_kept;
CREATE TRIGGER ratings_are_kept BEFORE DELETE ON ratings
WHEN NOT EXISTS (SELECT 1 FROM history_deletions d JOIN analyses a ON a.uid = d.analysis_uid
                 JOIN suggestions s ON s.analysis_id = a.id WHERE s.id = OLD.suggestion_id)
 AND NOT EXISTS (SELECT 1 FROM rating_withdrawals w WHERE w.rating_uid = OLD.uid)
BEGIN SELECT RAISE(ABORT, 'ratings are never deleted'); END;
)sql"},
    Migration{10, "a reference can be rated: the sound the user wants counts twice in their style, not their style not at all",
              R"sql(
-- The user's rating of a reference (References view, `stemwise reference rate`): 1 "the sound
-- I want", 0 not rated, -1 "not my style". It sets the reference's weight in the style learned
-- from the references (compare/targetcurve.h: styleWeightOfRating). References stored before
-- this version read 0 and count as they did.
ALTER TABLE reference_tracks ADD COLUMN rating INTEGER NOT NULL DEFAULT 0 CHECK (rating IN (-1, 0, 1));
)sql"},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latestSchemaVersion() { return kMigrations.back().version; }

int migrate(Database& db, int targetVersion)
{
    const int before = static_cast<int>(db.queryInt("PRAGMA user_version"));
    if (before > latestSchemaVersion())
        throw std::runtime_error("schema version " + std::to_string(before) + " is newer than this Stemwise's "
                                 + std::to_string(latestSchemaVersion()));
    for (const Migration& m : kMigrations) {
        if (m.version <= before || m.version > targetVersion)
            continue;
        Transaction transaction(db);
        // Another process may have migrated while we waited for the write lock.
        const auto now = static_cast<int>(db.queryInt("PRAGMA user_version"));
        if (now >= m.version)
            continue;  // the transaction rolls back: it changed nothing
        db.exec(m.sql);
        if (m.rewrite != nullptr)
            m.rewrite(db);
        // PRAGMA user_version is part of the database header, written in this transaction.
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        transaction.commit();
    }
    return before;
}

}  // namespace stemwise::core
