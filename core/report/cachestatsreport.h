#pragma once
// `stemwise cache stats`: "schema": "stemwise.cache-stats/1"
// (resources/schemas/stemwise.cache-stats-1.schema.json).

#include "store/analysiscache.h"

#include <string>

namespace stemwise::core {

[[nodiscard]] std::string cacheStatsJson(const CacheStats& stats, const std::string& databasePath, int indent = 2);

}  // namespace stemwise::core
