#pragma once
// Versioned schema migrations, tracked in PRAGMA user_version. Migrations are
// append-only: never edit one that has shipped, add the next.

#include "common/result.hpp"

#include <span>

namespace credopass::storage {

class Database;

struct Migration {
    int version;  // the user_version after it is applied
    const char* summary;
    const char* sql;
};

int latestSchemaVersion();

// Applies every pending migration, each in its own transaction. A database
// from a newer build is refused ("newer_schema") and left untouched.
Status migrate(Database& db, bool readOnly);

}  // namespace credopass::storage
