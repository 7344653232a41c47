#include "store/analysiscache.h"

#include "json/profilejson.h"
#include "store/database.h"

namespace stemwise::core {

std::optional<std::string> AnalysisCache::find(const CacheKey& key)
{
    Statement s = m_db.prepare(
        "SELECT profile_json FROM analysis_cache WHERE content_hash = ?1 AND analyzer_versions = ?2 AND settings = ?3");
    s.bind(1, key.contentHash).bind(2, key.analyzerVersions).bind(3, key.settings);
    if (!s.step())
        return std::nullopt;
    return s.columnText(0);
}

void AnalysisCache::recordLookup(const CacheKey& key, bool hit, std::int64_t lookupUs, std::int64_t hashUs,
                                 std::int64_t hashedBytes)
{
    Transaction transaction(m_db);
    m_db.prepare("UPDATE cache_stats SET hits = hits + ?1, misses = misses + ?2, lookup_us_total = lookup_us_total + ?3, "
                 "lookup_us_max = max(lookup_us_max, ?3), hash_us_total = hash_us_total + ?4, "
                 "hash_bytes_total = hash_bytes_total + ?5 WHERE id = 1")
        .bind(1, hit ? 1 : 0).bind(2, hit ? 0 : 1).bind(3, lookupUs).bind(4, hashUs).bind(5, hashedBytes).run();
    if (hit) {
        m_db.prepare("UPDATE analysis_cache SET hits = hits + 1, last_used_at = ?4 "
                     "WHERE content_hash = ?1 AND analyzer_versions = ?2 AND settings = ?3")
            .bind(1, key.contentHash).bind(2, key.analyzerVersions).bind(3, key.settings).bind(4, utcNowIso8601()).run();
    }
    transaction.commit();
}

void AnalysisCache::put(const CacheKey& key, const TrackProfile& profile)
{
    const std::string now = utcNowIso8601();
    m_db.prepare("INSERT INTO analysis_cache (content_hash, analyzer_versions, settings, profile_json, created_at, "
                 "last_used_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5) "
                 "ON CONFLICT (content_hash, analyzer_versions, settings) DO UPDATE SET "
                 "profile_json = excluded.profile_json, last_used_at = excluded.last_used_at")
        .bind(1, key.contentHash).bind(2, key.analyzerVersions).bind(3, key.settings)
        .bind(4, profileToStoreText(profile)).bind(5, now).run();
}

CacheStats AnalysisCache::stats()
{
    CacheStats out;
    Statement s = m_db.prepare("SELECT since, hits, misses, lookup_us_total, lookup_us_max, hash_us_total, "
                               "hash_bytes_total FROM cache_stats WHERE id = 1");
    if (s.step()) {
        out.since = s.columnText(0);
        out.hits = s.columnInt(1);
        out.misses = s.columnInt(2);
        out.lookupUsTotal = s.columnInt(3);
        out.lookupUsMax = s.columnInt(4);
        out.hashUsTotal = s.columnInt(5);
        out.hashBytesTotal = s.columnInt(6);
    }
    Statement size = m_db.prepare("SELECT count(*), coalesce(sum(length(CAST(profile_json AS BLOB))), 0) FROM analysis_cache");
    if (size.step()) {
        out.entries = size.columnInt(0);
        out.storedBytes = size.columnInt(1);
    }
    return out;
}

std::int64_t AnalysisCache::clear()
{
    Transaction transaction(m_db);
    m_db.exec("DELETE FROM analysis_cache");
    const std::int64_t removed = m_db.changes();
    transaction.commit();
    return removed;
}

}  // namespace stemwise::core
