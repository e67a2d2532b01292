#include "sync/status_reader.hpp"

#include "storage/database.hpp"
#include "storage/sqlite_error.hpp"

namespace credopass::sync {

Result<SyncStatus> readStatus(const std::string& dbPath) {
    auto db = storage::Database::open(dbPath);
    if (!db) return db.error();
    try {
        return loadStatus(*db);
    } catch (const storage::StorageError& e) {
        return e.error();
    }
}

}  // namespace credopass::sync
