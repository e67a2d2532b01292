#include "storage/statement.hpp"

#include "storage/sqlite_error.hpp"

#include <sqlite3.h>

namespace credopass::storage {

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    int rc =
        sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK) throwSqlite(db, rc, "preparing a query");
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view value) {
    // An empty string_view may hold a null pointer, which SQLite would bind
    // as NULL: text is always text (the screen's "every event" export was empty).
    const char* text = value.data() ? value.data() : "";
    int rc = sqlite3_bind_text(stmt_, index, text, static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "binding a value");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK) throwSqlite(db_, rc, "binding a value");
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throwSqlite(db_, rc, "running a query");
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    int n = sqlite3_column_bytes(stmt_, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column)) return std::nullopt;
    return text(column);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(stmt_, column);
}

std::optional<std::int64_t> Statement::optionalInteger(int column) const {
    if (isNull(column)) return std::nullopt;
    return integer(column);
}

}  // namespace credopass::storage
