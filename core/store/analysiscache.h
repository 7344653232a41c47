#pragma once
// The analysis cache: profiles keyed by what determines them, so that content analysed once
// is never analysed again, whatever the file is called now:
//   content hash (store/contenthash.h) + analyzer versions + analysis settings.
// A new analyzer version or other settings miss, so better algorithms take effect cleanly.
// The cached profile is the one the analysis produced; the figures that depend on the
// track's name and the user's choices (type, patterns, issues, score) are derived again on
// every hit (analysis/derivedfigures.h).
// Every lookup is counted (hit or miss, with its latency and the hashing before it) for
// `stemwise cache stats`. clear() empties the cache only: history and ratings live in
// other tables and are never touched by it.
// Errors: every method throws SqliteError. Threading: as the Database it is given.

#include "analysis/trackprofile.h"

#include <cstdint>
#include <optional>
#include <string>

namespace stemwise::core {

class Database;

struct CacheKey {
    std::string contentHash;
    std::string analyzerVersions;  ///< canonical JSON object, e.g. {"levels":1,"loudness":2}
    std::string settings;          ///< canonical JSON object, e.g. {"block_frames":4096}
};

struct CacheStats {
    std::string since;  ///< when counting began (the cache's creation)
    std::int64_t entries = 0;
    std::int64_t storedBytes = 0;  ///< of the cached profiles' JSON
    std::int64_t hits = 0;
    std::int64_t misses = 0;
    std::int64_t lookupUsTotal = 0;
    std::int64_t lookupUsMax = 0;
    std::int64_t hashUsTotal = 0;
    std::int64_t hashBytesTotal = 0;
};

class AnalysisCache {
public:
    explicit AnalysisCache(Database& db) : m_db(db) {}

    /// The cached profile's JSON (profileToStoreText) for `key`, if any. Does not count.
    [[nodiscard]] std::optional<std::string> find(const CacheKey& key);
    /// Counts one lookup; on a hit also marks the entry used. Its own small write.
    void recordLookup(const CacheKey& key, bool hit, std::int64_t lookupUs, std::int64_t hashUs,
                      std::int64_t hashedBytes);
    /// Stores (or replaces) the profile for `key`.
    void put(const CacheKey& key, const TrackProfile& profile);
    [[nodiscard]] CacheStats stats();
    /// Removes every cache entry; returns how many. History, ratings and the statistics stay.
    std::int64_t clear();

private:
    Database& m_db;
};

}  // namespace stemwise::core
