-- A database as Stemwise's schema version 9 left it: a frozen copy of migrations 1..9 of
-- core/store/migrations.cpp as released, plus a few rows, so that tst_migrations can migrate
-- it to the latest version. Never edit: add a file for a new version.
-- The rows are version 8's (store-schema-v8.sql), migrated by 9 (nothing withdrawn). References
-- could not be rated yet (v10); tst_migrations adds one at this version and reads it unrated.
PRAGMA foreign_keys = ON;
BEGIN;
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

-- Schema version 3: suggestions, ratings and the learned-model state.
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

INSERT INTO sessions (id, kind, key, name, created_at) VALUES (1, 'folder', '/music/session-a', 'session-a', '2024-05-01T10:00:00.000Z');
INSERT INTO tracks (id, session_id, name, type, type_override, created_at) VALUES (1, 1, 'Lead Vocal.wav', 'vocals', NULL, '2024-05-01T10:00:00.000Z');
INSERT INTO tracks (id, session_id, name, type, type_override, created_at) VALUES (2, 1, 'Lead Vocal.flac', 'vocals', NULL, '2024-05-01T10:00:00.000Z');
INSERT INTO analyses (id, uid, track_id, analysed_at, origin, content_hash, file_path, file_size_bytes, file_mtime_ns,
    analyzer_versions, settings, type, duration_s, sample_rate_hz, channels, integrated_lufs, loudness_range_lu,
    short_term_max_lufs, true_peak_dbtp, peak_dbfs, rms_dbfs, crest_db, plr_db, dynamic_range_db, centroid_hz,
    stereo_correlation, stereo_width, tempo_bpm, musical_key, quality_score, issue_count, profile_json)
VALUES (1, '0123456789abcdef0123456789abcdef', 1, '2024-05-01T10:00:00.000Z', 'analysis', '74955d13dce974d7',
    '/music/session-a/Lead Vocal.wav', 288044, 1714557600000000000,
    '{"levels":1,"loudness":1,"rhythm":1,"spectrum":1,"stereo":1,"tonal":1}', '{"block_frames":4096}', 'vocals',
    2.0, 48000, 1, -18.5, 4.25, -16.5, -3.0, -3.5, -20.0, 16.5, 15.5, 6.0, 1500.0, NULL, NULL, NULL, 'A minor', 95.0, 0,
    '{"path":"/music/session-a/Lead Vocal.wav","name":"Lead Vocal","type":"vocals","type_source":"name","format":{"sample_rate":48000,"channels":1,"frames":96000,"duration_s":2.0,"container":"WAV","container_name":"WAV (Microsoft)","encoding":"PCM_24","encoding_name":"Signed 24 bit PCM","bits_per_sample":24,"file_size_bytes":288044,"frames_missing":0,"is_float":false},"loudness":{"integrated_lufs":-18.5,"lra_lu":4.25,"momentary_max_lufs":-15.0,"short_term_max_lufs":-16.5,"true_peak_dbtp":-3.0,"true_peak_per_channel_dbtp":[-3.0],"short_term_curve_lufs":[null,-18.5],"curve_interval_s":1.0},"dynamics":{"peak_dbfs":-3.5,"rms_dbfs":-20.0,"crest_db":16.5,"plr_db":15.5,"dynamic_range_db":6.0,"dc_offset":0.0,"clipped_samples":0,"clipped_runs":0,"non_finite_samples":0,"leading_silence_s":0.0,"trailing_silence_s":null,"channels":[{"peak_dbfs":-3.5,"rms_dbfs":-20.0,"dc_offset":0.0}]},"spectrum":{"bands":{"sub_bass":{"share":0.01,"level_db":-60.0},"bass":{"share":0.09,"level_db":-40.0},"low_mids":{"share":0.2,"level_db":-30.0},"mids":{"share":0.4,"level_db":-25.0},"upper_mids":{"share":0.2,"level_db":-30.0},"highs":{"share":0.08,"level_db":-40.0},"air":{"share":0.02,"level_db":-55.0}},"centroid_hz":1500.0,"rolloff_85_hz":4000.0,"flatness":0.1,"dominant_hz":[220.0],"dominant":[{"frequency_hz":220.0,"level_db":-20.0}],"resonances":[],"sibilance":{"fraction":0.05,"peak_hz":6500.0,"excess_db":3.0},"ltas":{"frequency_hz":[20.0,40.0],"level_db":[-80.0,-70.0]}},"stereo":{"is_stereo":false,"correlation":null,"width":null,"balance_db":null,"mono_loss_db":null,"low_band_correlation":[]},"rhythm":{"tempo_bpm":null,"tempo_confidence":null,"tempo_candidates":[],"onsets_per_s":1.5,"transient_density_per_s":0.2,"pulse_clarity":0.1,"onset_count":1,"onset_times_s":[0.5]},"tonal":{"f0_median_hz":220.0,"f0_min_hz":200.0,"f0_max_hz":240.0,"hnr_db":12.0,"voiced_fraction":0.8,"key":"A minor","key_confidence":0.6,"key_candidates":[{"key":"A minor","confidence":0.6,"relation":"best"}],"tonalness":0.7},"patterns":[{"tag":"tonal","evidence":"clear pitch in 80 % of the frames (>= 50 %)"}],"issues":[],"quality_score":95.0,"score_breakdown":[{"reason":"starting score","points":95.0}],"analyzer_versions":{"levels":1,"loudness":1,"rhythm":1,"spectrum":1,"stereo":1,"tonal":1},"analysis_time_s":0.05}');

INSERT INTO analyses (id, uid, track_id, analysed_at, origin, content_hash, file_path, file_size_bytes, file_mtime_ns,
    analyzer_versions, settings, type, duration_s, sample_rate_hz, channels, integrated_lufs, loudness_range_lu,
    short_term_max_lufs, true_peak_dbtp, peak_dbfs, rms_dbfs, crest_db, plr_db, dynamic_range_db, centroid_hz,
    stereo_correlation, stereo_width, tempo_bpm, musical_key, quality_score, issue_count, profile_json)
VALUES (2, 'aaaabbbbccccddddeeeeffff00001111', 2, '2024-04-30T09:00:00.000Z', 'analysis', '99887766aabbccdd',
    '/music/session-a/Lead Vocal.flac', 288044, 1714557600000000000,
    '{"levels":1,"loudness":1,"rhythm":1,"spectrum":1,"stereo":1,"tonal":1}', '{"block_frames":4096}', 'vocals',
    2.0, 48000, 1, -18.5, 4.25, -16.5, -3.0, -3.5, -20.0, 16.5, 15.5, 6.0, 1500.0, NULL, NULL, NULL, 'A minor', 95.0, 0,
    '{"path":"/music/session-a/Lead Vocal.flac","name":"Lead Vocal","type":"vocals","type_source":"name","format":{"sample_rate":48000,"channels":1,"frames":96000,"duration_s":2.0,"container":"WAV","container_name":"WAV (Microsoft)","encoding":"PCM_24","encoding_name":"Signed 24 bit PCM","bits_per_sample":24,"file_size_bytes":288044,"frames_missing":0,"is_float":false},"loudness":{"integrated_lufs":-18.5,"lra_lu":4.25,"momentary_max_lufs":-15.0,"short_term_max_lufs":-16.5,"true_peak_dbtp":-3.0,"true_peak_per_channel_dbtp":[-3.0],"short_term_curve_lufs":[null,-18.5],"curve_interval_s":1.0},"dynamics":{"peak_dbfs":-3.5,"rms_dbfs":-20.0,"crest_db":16.5,"plr_db":15.5,"dynamic_range_db":6.0,"dc_offset":0.0,"clipped_samples":0,"clipped_runs":0,"non_finite_samples":0,"leading_silence_s":0.0,"trailing_silence_s":null,"channels":[{"peak_dbfs":-3.5,"rms_dbfs":-20.0,"dc_offset":0.0}]},"spectrum":{"bands":{"sub_bass":{"share":0.01,"level_db":-60.0},"bass":{"share":0.09,"level_db":-40.0},"low_mids":{"share":0.2,"level_db":-30.0},"mids":{"share":0.4,"level_db":-25.0},"upper_mids":{"share":0.2,"level_db":-30.0},"highs":{"share":0.08,"level_db":-40.0},"air":{"share":0.02,"level_db":-55.0}},"centroid_hz":1500.0,"rolloff_85_hz":4000.0,"flatness":0.1,"dominant_hz":[220.0],"dominant":[{"frequency_hz":220.0,"level_db":-20.0}],"resonances":[],"sibilance":{"fraction":0.05,"peak_hz":6500.0,"excess_db":3.0},"ltas":{"frequency_hz":[20.0,40.0],"level_db":[-80.0,-70.0]}},"stereo":{"is_stereo":false,"correlation":null,"width":null,"balance_db":null,"mono_loss_db":null,"low_band_correlation":[]},"rhythm":{"tempo_bpm":null,"tempo_confidence":null,"tempo_candidates":[],"onsets_per_s":1.5,"transient_density_per_s":0.2,"pulse_clarity":0.1,"onset_count":1,"onset_times_s":[0.5]},"tonal":{"f0_median_hz":220.0,"f0_min_hz":200.0,"f0_max_hz":240.0,"hnr_db":12.0,"voiced_fraction":0.8,"key":"A minor","key_confidence":0.6,"key_candidates":[{"key":"A minor","confidence":0.6,"relation":"best"}],"tonalness":0.7},"patterns":[{"tag":"tonal","evidence":"clear pitch in 80 % of the frames (>= 50 %)"}],"issues":[],"quality_score":95.0,"score_breakdown":[{"reason":"starting score","points":95.0}],"analyzer_versions":{"levels":1,"loudness":1,"rhythm":1,"spectrum":1,"stereo":1,"tonal":1},"analysis_time_s":0.05}');

INSERT INTO analysis_cache (content_hash, analyzer_versions, settings, profile_json, created_at, last_used_at, hits)
SELECT content_hash, analyzer_versions, settings, profile_json, analysed_at, analysed_at, 3 FROM analyses WHERE id = 1;
UPDATE cache_stats SET since = '2024-05-01T09:00:00.000Z', hits = 3, misses = 1, lookup_us_total = 4000,
    lookup_us_max = 2500, hash_us_total = 9000, hash_bytes_total = 1152176 WHERE id = 1;
INSERT INTO suggestions (id, uid, analysis_id, code, message, parameters_json, engine_version, created_at)
    VALUES (1, 'fedcba9876543210fedcba9876543210', 1, 'resonance_cut', 'Cut 4.5 dB at 315 Hz (Q 4.2) on Lead Vocal', '{}', 1, '2024-05-01T10:05:00.000Z');
INSERT INTO ratings (id, uid, suggestion_id, rating, comment, rated_at)
    VALUES (1, '00112233445566778899aabbccddeeff', 1, 1, NULL, '2024-05-01T10:06:00.000Z');
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
-- Versions 1..6 hashed content with a hash of Stemwise's own (store/legacyhash64.h). From
-- here on content_hash holds XXH3-64 (store/hash64.h), 16 hex digits as before.
UPDATE analyses SET content_hash = 'hash64:' || content_hash WHERE instr(content_hash, ':') = 0;
UPDATE analysis_cache SET content_hash = 'hash64:' || content_hash WHERE instr(content_hash, ':') = 0;
UPDATE reference_tracks SET content_hash = 'hash64:' || content_hash WHERE instr(content_hash, ':') = 0;
-- 1: the user played the suggestion with Listen or Preview in the same run of the app before
-- rating it. Ratings stored before this version were not marked and read 0.
ALTER TABLE ratings ADD COLUMN after_listening INTEGER NOT NULL DEFAULT 0 CHECK (after_listening IN (0, 1));
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
PRAGMA user_version = 9;
COMMIT;
