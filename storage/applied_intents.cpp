#include "storage/applied_intents.hpp"

namespace credopass::storage::applied_intents {

bool contains(Database& db, std::string_view intentId) {
    auto q = db.query("SELECT 1 FROM intents_applied WHERE id = ?1");
    q->bind(1, intentId);
    return q->step();
}

void mark(Database& db, std::string_view intentId, TimePoint at) {
    auto q = db.query("INSERT INTO intents_applied (id, appliedAt) VALUES (?1, ?2)");
    q->bind(1, intentId).bind(2, formatIso(at));
    q->run();
}

std::int64_t prune(Database& db, TimePoint before) {
    auto q = db.query("DELETE FROM intents_applied WHERE appliedAt < ?1");
    q->bind(1, formatIso(before));
    q->run();
    return db.changes();
}

}  // namespace credopass::storage::applied_intents
