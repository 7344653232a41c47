#pragma once
// The whole user database as one JSON document, "schema": "stemwise.database/1"
// (resources/schemas/stemwise.database-1.schema.json): sessions ▸ tracks ▸ analyses (with
// full profiles) ▸ suggestions ▸ ratings, and the learned-model state. The analysis cache
// is left out: it is derived data, rebuilt by analysing.
//
// Import is validated completely (the document's shape, every profile, duplicate ids)
// before anything is written, then written in one transaction. It merges by natural keys
// (session key, track name) and stable uids (analyses, suggestions, ratings): what is
// already there is kept as it is, so importing the same document twice changes nothing the
// second time, and importing never deletes or overwrites a user's own data. Learned-model
// state is taken from the document only where it is newer (updated_at).
//
// Threading: as the Database given.

#include "util/boundedjson.h"
#include "util/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace stemwise::core {

class Database;

/// Errors: a database error (read-only, damaged) as its message.
[[nodiscard]] Result<std::string> exportDatabaseJson(Database& db, int indent = 1);

struct ImportSummary {
    std::int64_t sessionsAdded = 0;
    std::int64_t tracksAdded = 0;
    std::int64_t analysesAdded = 0;
    std::int64_t analysesPresent = 0;  ///< already in the database: kept as they were
    std::int64_t suggestionsAdded = 0;
    std::int64_t ratingsAdded = 0;
    std::int64_t modelStateUpdated = 0;
    std::int64_t referencesAdded = 0;  ///< reference tracks (library or session) not yet here
    std::int64_t rowsChanged = 0;  ///< every row written; 0 when the import changed nothing
};

/// Limits on an imported document: 1 GiB (an export of ~15,000 analyses with their series)
/// and 64 levels (an export is about 12 deep).
inline constexpr JsonLimits kDatabaseJsonLimits{std::size_t{1} << 30, 64};

/// Errors: the document is invalid (the message names the member as a JSON pointer: too
/// deep, a number out of range, a wrong type, a learned-model state that does not read) —
/// then nothing was written; or a database error — then the transaction was rolled back.
[[nodiscard]] Result<ImportSummary> importDatabaseJson(Database& db, std::string_view json);

}  // namespace stemwise::core
