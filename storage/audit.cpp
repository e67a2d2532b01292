#include "storage/audit.hpp"

#include "storage/columns.hpp"

namespace credopass::storage::audit {

void append(Database& db, TimePoint at, std::string_view actor, std::string_view action,
            std::optional<std::string_view> detail) {
    auto q = db.query("INSERT INTO audit_log (at, actor, action, detail) VALUES (?1, ?2, ?3, ?4)");
    q->bind(1, formatIso(at)).bind(2, actor).bind(3, action).bind(4, detail);
    q->run();
}

std::vector<Entry> recent(Database& db, int limit) {
    auto q = db.query("SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?1");
    q->bind(1, limit);
    std::vector<Entry> out;
    while (q->step())
        out.push_back(Entry{q->integer(0), timeColumn(*q, 1), q->text(2), q->text(3), q->optionalText(4)});
    return out;
}

std::int64_t removeBefore(Database& db, TimePoint cutoff) {
    // `at` is formatIso text: fixed width, so text order is time order and
    // idx_audit_log_at serves the comparison.
    auto q = db.query("DELETE FROM audit_log WHERE at < ?1");
    q->bind(1, formatIso(cutoff));
    q->run();
    return db.changes();
}

}  // namespace credopass::storage::audit
