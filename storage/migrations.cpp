#include "storage/migrations.hpp"

#include "storage/database.hpp"
#include "storage/schema_v1.hpp"
#include "storage/schema_v2.hpp"
#include "storage/schema_v3.hpp"
#include "storage/schema_v4.hpp"
#include "storage/schema_v5.hpp"
#include "storage/schema_v6.hpp"
#include "storage/schema_v7.hpp"

#include <array>
#include <string>

namespace credopass::storage {
namespace {

constexpr std::array kMigrations{
    Migration{1, "CredoPass tables, outbox, settings, audit log", kSchemaV1},
    Migration{2, "Badge trust: trusted issuer keys and the revocation list", kSchemaV2},
    Migration{3, "Events by (status, startTime) for the door's event choice", kSchemaV3},
    Migration{4, "No indexes that no query uses on the rows a check-in writes", kSchemaV4},
    Migration{5, "Times written while the clock was untrusted, to re-stamp or hold", kSchemaV5},
    Migration{6, "Members' names and emails folded for accent-blind search", kSchemaV6},
    Migration{7, "The door's intents taken from its intent log", kSchemaV7},
};

}  // namespace

int latestSchemaVersion() {
    return kMigrations.back().version;
}

Status migrate(Database& db, bool readOnly) {
    int current = db.schemaVersion();
    int latest = latestSchemaVersion();
    if (current > latest) {
        return Error{StorageErrc::NewerSchema, "the database " + db.path() +
                                                   " was written by a newer CredoPass Kiosk (schema " +
                                                   std::to_string(current) + ", this build knows up to " +
                                                   std::to_string(latest) + "); install the newer kiosk software"};
    }
    if (current == latest) return {};
    if (readOnly) {
        return Error{StorageErrc::OldSchema, "the database " + db.path() + " needs upgrading (schema " +
                                                 std::to_string(current) + "), which a read-only open cannot do"};
    }
    for (const Migration& m : kMigrations) {
        if (m.version <= current) continue;
        Transaction tx(db);
        db.exec(m.sql);
        // user_version takes no bound parameter; the value is our own constant.
        db.exec(("PRAGMA user_version=" + std::to_string(m.version)).c_str());
        tx.commit();
    }
    return {};
}

}  // namespace credopass::storage
