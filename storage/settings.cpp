#include "storage/settings.hpp"

namespace credopass::storage::settings {

std::optional<std::string> get(Database& db, std::string_view key) {
    auto q = db.query("SELECT value FROM settings WHERE key = ?1");
    q->bind(1, key);
    if (!q->step()) return std::nullopt;
    return q->text(0);
}

void set(Database& db, std::string_view key, std::string_view value) {
    auto q = db.query(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q->bind(1, key).bind(2, value);
    q->run();
}

void erase(Database& db, std::string_view key) {
    auto q = db.query("DELETE FROM settings WHERE key = ?1");
    q->bind(1, key);
    q->run();
}

}  // namespace credopass::storage::settings
