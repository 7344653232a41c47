#pragma once
// The content hash: what identifies a file's audio for the analysis cache and the history,
// whatever the file is called and wherever it lies. A renamed or moved file has the same
// hash; a re-bounce, even of the same length, has another.
//
// What is hashed: the stream's shape (sample rate, channels, frames, sample encoding) and
// then its audio data, never the path, the header or metadata chunks (so retagging a file
// does not invalidate its analysis):
//  - for uncompressed PCM and float files in WAV, WAVEX, AIFF, AU, W64, RF64 and CAF, the
//    raw bytes of the sample data as stored (libsndfile's sf_read_raw reads the data chunk
//    only). No decoding: this reads at memory speed, about 1 % of the analysis time.
//  - for everything else (FLAC, Ogg, MP3, ADPCM…), the decoded 32-bit float samples: raw
//    bytes of a compressed stream do not map one-to-one onto the audio, so decoding is the
//    only faithful way (it costs a few per cent of the analysis of such a file).
// Why a pass of its own rather than hashing inside the analysis: the cache must know the
// hash before it decides whether to analyse at all; a miss then reads the file a second
// time, from the page cache, at a small fraction of the analysis cost.
//
// The hash is XXH3-64 (store/hash64.h) since schema version 7. The hashes stored before were
// Stemwise's own (store/legacyhash64.h); migration 7 marked them by the prefix "hash64:", so
// no XXH3 hash is ever taken for one. They are re-keyed lazily and only where that is exact:
// a file being hashed while the database still holds marked hashes is hashed both ways in one
// pass, and if its legacy hash is stored, those rows (history, cache, references) take its
// XXH3 hash — the same bytes, proven by the old hash. A hash without its file stays marked
// and readable: its history keeps it; it simply matches no new file.
//
// Threading: hashAudioContent() may run on many threads at once for different files.

#include "util/result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace stemwise::core {

class Database;

/// How a content hash of schema version 6 or earlier reads since version 7.
inline constexpr const char* kLegacyContentHashPrefix = "hash64:";

struct AudioContentHash {
    std::string hex;              ///< 16 hex digits of the 64-bit XXH3 hash
    /// With HashOptions::legacyToo: the hash versions 1..6 stored, marked ("hash64:…").
    std::optional<std::string> legacyKey;
    std::string method;           ///< "pcm-data" or "decoded-f32"
    std::uint64_t bytesHashed = 0;
    double seconds = 0.0;         ///< wall time spent hashing
};

struct HashOptions {
    /// Also computes the legacy hash in the same pass (about a third more time; only while
    /// the database still holds legacy hashes: hasLegacyContentHashes()).
    bool legacyToo = false;
};

/// Hashes the audio content of `path`. Errors: the file cannot be opened as audio or a
/// read fails (the message says why; it does not repeat the path).
[[nodiscard]] Result<AudioContentHash> hashAudioContent(const std::filesystem::path& path, HashOptions options = {});

/// Whether `db` still holds a content hash stored before schema version 7 (indexed look-ups).
/// Throws SqliteError.
[[nodiscard]] bool hasLegacyContentHashes(Database& db);

/// Replaces the legacy key `hash.legacyKey` by `hash.hex` in the history, the analysis cache
/// and the reference library, in one transaction; nothing to do without a legacy key. A cache
/// entry already under the new key wins (the legacy one, the same content, goes); a reference
/// already under the new key in its session keeps the legacy one beside it. Returns the rows
/// re-keyed. Throws SqliteError.
std::int64_t rekeyLegacyContentHash(Database& db, const AudioContentHash& hash);

}  // namespace stemwise::core
