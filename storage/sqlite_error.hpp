#pragma once
// SQLite failures, turned into messages a person at the door (or the engineer
// reading the log) can act on. Inside storage/ they travel as StorageError
// exceptions; the services above (core, sync) catch them at their public API
// and hand back a Result, so callers see values, never exceptions.

#include "common/result.hpp"

#include <stdexcept>
#include <string>

struct sqlite3;

namespace credopass::storage {

class StorageError : public std::runtime_error {
public:
    StorageError(Error error) : std::runtime_error(error.message), error_(std::move(error)) {}  // NOLINT
    const Error& error() const { return error_; }

private:
    Error error_;
};

// Maps an SQLite result code (and the connection's message) to our Error:
// codes "disk_full", "corrupt", "read_only", "busy", "cannot_open", "io", "constraint", "sqlite".
Error sqliteError(sqlite3* db, int rc, const std::string& context);

[[noreturn]] void throwSqlite(sqlite3* db, int rc, const std::string& context);

}  // namespace credopass::storage
