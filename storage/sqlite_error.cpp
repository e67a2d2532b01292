#include "storage/sqlite_error.hpp"

#include <sqlite3.h>

namespace credopass::storage {

Error sqliteError(sqlite3* db, int rc, const std::string& context) {
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    switch (rc & 0xFF) {
        case SQLITE_FULL:
            return {StorageErrc::DiskFull,
                    context + ": the disk is full; nothing was written. Free space or replace the storage card."};
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return {StorageErrc::Corrupt, context + ": the database file is damaged or is not a CredoPass database (" +
                                              detail + "). Restore it from a backup or start a new file."};
        case SQLITE_READONLY:
            return {StorageErrc::ReadOnly, context + ": the database is read-only (" + detail +
                                               "). Check the file system and the file's permissions."};
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return {StorageErrc::Busy, context + ": the database is busy in another process (" + detail + ")."};
        case SQLITE_CANTOPEN:
            return {StorageErrc::CannotOpen, context + ": cannot open the database file (" + detail +
                                                 "). Check that the folder exists and is writable."};
        case SQLITE_IOERR:
            return {StorageErrc::Io, context + ": the storage device refused a read or write (" + detail +
                                         "); nothing was written. The disk may be full or the card failing."};
        case SQLITE_CONSTRAINT: return {StorageErrc::Constraint, context + ": " + detail};
        default: return {StorageErrc::Sqlite, context + ": " + detail};
    }
}

void throwSqlite(sqlite3* db, int rc, const std::string& context) {
    throw StorageError(sqliteError(db, rc, context));
}

}  // namespace credopass::storage
