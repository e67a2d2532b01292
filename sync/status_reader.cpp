#include "sync/status_reader.hpp"

#include "storage/database.hpp"
#include "storage/sqlite_error.hpp"

#include <unistd.h>

namespace credopass::sync {

Result<SyncStatus> readStatus(const std::string& dbPath) {
    // Read-only: `kioskctl status` works on a read-only file system too.
    storage::OpenOptions options;
    options.readOnly = ::access(dbPath.c_str(), F_OK) == 0;  // a missing one is created, as before
    auto db = storage::Database::open(dbPath, options);
    if (!db) return db.error();
    try {
        return loadStatus(*db);
    } catch (const storage::StorageError& e) {
        return e.error();
    }
}

}  // namespace credopass::sync
