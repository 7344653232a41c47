// Fuzz target: `stemwise import-db` (core/store/databaseexport.h) on an in-memory database.
// An import either writes a whole valid document or nothing; whatever the bytes, it must not
// crash, overflow the stack (deep nesting), throw (1e999) or leave the database inconsistent
// (checked with SQLite's own foreign_key_check).
#include "store/database.h"
#include "store/databaseexport.h"
#include "store/migrations.h"

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

namespace {

std::unique_ptr<stemwise::core::Database> freshDatabase()
{
    auto db = std::make_unique<stemwise::core::Database>(stemwise::core::Database::open(":memory:"));
    stemwise::core::migrate(*db);
    return db;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stemwise::core;
    static std::unique_ptr<Database> db;
    static int runs = 0;
    if (!db || ++runs % 500 == 0)
        db = freshDatabase();  // bounded memory over a long run
    (void)importDatabaseJson(*db, std::string_view(reinterpret_cast<const char*>(data), size));
    if (db->queryText("PRAGMA foreign_key_check") != "")
        std::abort();
    return 0;
}
