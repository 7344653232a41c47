#include "report/cachestatsreport.h"

#include "json/jsonvalues.h"

namespace stemwise::core {

std::string cacheStatsJson(const CacheStats& s, const std::string& databasePath, int indent)
{
    using Json = nlohmann::ordered_json;
    const std::int64_t lookups = s.hits + s.misses;
    auto perLookupMs = [lookups](std::int64_t totalUs) {
        return lookups > 0 ? Json(static_cast<double>(totalUs) / 1000.0 / static_cast<double>(lookups)) : Json();
    };
    const double hashS = static_cast<double>(s.hashUsTotal) / 1e6;
    const Json doc{
        {"schema", "stemwise.cache-stats/1"},
        {"generator", std::string("stemwise ") + STEMWISE_VERSION},
        {"database", databasePath},
        {"since", s.since},
        {"entries", s.entries},
        {"stored_bytes", s.storedBytes},
        {"lookups", lookups},
        {"hits", s.hits},
        {"misses", s.misses},
        {"hit_rate", lookups > 0 ? Json(static_cast<double>(s.hits) / static_cast<double>(lookups)) : Json()},
        // The lookup proper (query and decoding of the stored profile), then the content
        // hashing each lookup needs first; together they are what a cached file costs.
        {"lookup_ms", {{"mean", perLookupMs(s.lookupUsTotal)}, {"max", static_cast<double>(s.lookupUsMax) / 1000.0}}},
        {"hashing",
         {{"mean_ms", perLookupMs(s.hashUsTotal)},
          {"bytes", s.hashBytesTotal},
          {"mb_per_s", hashS > 0 ? Json(static_cast<double>(s.hashBytesTotal) / 1e6 / hashS) : Json()}}},
    };
    return jsonvalues::dump(doc, indent);
}

}  // namespace stemwise::core
