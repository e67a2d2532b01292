#include "storage/outbox.hpp"

#include "storage/clock_stamps.hpp"
#include "storage/columns.hpp"

namespace credopass::storage::outbox {
namespace {

constexpr const char* kColumns =
    "seq, entity, entityId, op, payload, queuedAt, attempts, nextAttemptAt, lastError, poisonReason";

Entry read(const Statement& s) {
    return Entry{s.integer(0),      s.text(1),        s.text(2),    s.text(3),
                 s.text(4),         timeColumn(s, 5), s.integer(6), optionalTimeColumn(s, 7),
                 s.optionalText(8), s.optionalText(9)};
}

std::vector<Entry> readAll(Query& q) {
    std::vector<Entry> out;
    while (q->step())
        out.push_back(read(*q));
    return out;
}

}  // namespace

void enqueue(Database& db, std::string_view entity, std::string_view entityId, std::string_view op,
             std::string_view payload, TimePoint now) {
    auto q = db.query("INSERT INTO outbox (entity, entityId, op, payload, queuedAt) VALUES (?1, ?2, ?3, ?4, ?5)");
    q->bind(1, entity).bind(2, entityId).bind(3, op).bind(4, payload).bind(5, formatIso(now));
    q->run();
}

std::vector<Entry> due(Database& db, TimePoint now, int limit, std::optional<Millis> longestWait) {
    // A record carrying a time the clock could not vouch for waits for it to be
    // re-stamped (or released by staff): storage/clock_stamps. Nearly always
    // there is none, and the limit is SQLite's to apply.
    const auto waiting = clock_stamps::Waiting::load(db);
    auto q = db.query(std::string("SELECT ") + kColumns +
                      " FROM outbox WHERE poisonReason IS NULL"
                      " AND (nextAttemptAt IS NULL OR nextAttemptAt <= ?1 OR nextAttemptAt > ?3)"
                      " ORDER BY seq LIMIT ?2");
    q->bind(1, formatIso(now)).bind(2, waiting.empty() ? limit : -1);
    q->bind(3, longestWait ? std::optional<std::string>(formatIso(now + *longestWait)) : std::nullopt);
    std::vector<Entry> out;
    while (out.size() < static_cast<std::size_t>(limit) && q->step())
        if (waiting.empty() || !waiting.heldIn(q->text(4))) out.push_back(read(*q));
    return out;
}

std::vector<Entry> poison(Database& db) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM outbox WHERE poisonReason IS NOT NULL ORDER BY seq");
    return readAll(q);
}

std::vector<Entry> all(Database& db) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM outbox ORDER BY seq");
    return readAll(q);
}

std::optional<Entry> find(Database& db, std::int64_t seq) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM outbox WHERE seq = ?1");
    q->bind(1, seq);
    if (!q->step()) return std::nullopt;
    return read(*q);
}

void remove(Database& db, std::int64_t seq) {
    auto q = db.query("DELETE FROM outbox WHERE seq = ?1");
    q->bind(1, seq);
    q->run();
}

void markRetry(Database& db, std::int64_t seq, std::string_view error, TimePoint nextAttempt) {
    auto q = db.query("UPDATE outbox SET attempts = attempts + 1, lastError = ?2, nextAttemptAt = ?3 WHERE seq = ?1");
    q->bind(1, seq).bind(2, error).bind(3, formatIso(nextAttempt));
    q->run();
}

void markPoison(Database& db, std::int64_t seq, std::string_view reason) {
    auto q = db.query("UPDATE outbox SET attempts = attempts + 1, poisonReason = ?2, lastError = ?2 WHERE seq = ?1");
    q->bind(1, seq).bind(2, reason);
    q->run();
}

void clearPoison(Database& db, std::int64_t seq) {
    auto q = db.query("UPDATE outbox SET poisonReason = NULL, nextAttemptAt = NULL WHERE seq = ?1");
    q->bind(1, seq);
    q->run();
}

Counts counts(Database& db) {
    auto q = db.query(
        "SELECT coalesce(sum(poisonReason IS NULL), 0), coalesce(sum(poisonReason IS NOT NULL), 0) FROM outbox");
    q->step();
    return Counts{q->integer(0), q->integer(1)};
}

Referenced referenced(Database& db) {
    // The kiosk writes every payload itself (hqjson::toJson); json_valid
    // guards the query against a row damaged some other way.
    auto q = db.query(
        "SELECT DISTINCT json_extract(payload, '$.patronId'), json_extract(payload, '$.eventId') FROM outbox"
        " WHERE json_valid(payload)");
    Referenced out;
    while (q->step()) {
        if (!q->isNull(0)) out.members.push_back(q->text(0));
        if (!q->isNull(1)) out.events.push_back(q->text(1));
    }
    return out;
}

std::vector<std::string> queuedIds(Database& db, std::string_view entity) {
    auto q = db.query("SELECT DISTINCT entityId FROM outbox WHERE entity = ?1");
    q->bind(1, entity);
    std::vector<std::string> out;
    while (q->step())
        out.push_back(q->text(0));
    return out;
}

std::optional<TimePoint> earliestRetry(Database& db) {
    auto q = db.query("SELECT min(nextAttemptAt) FROM outbox WHERE poisonReason IS NULL AND nextAttemptAt IS NOT NULL");
    if (!q->step() || q->isNull(0)) return std::nullopt;
    return optionalTimeColumn(*q, 0);
}

std::int64_t clearAllPoison(Database& db) {
    auto q = db.query("UPDATE outbox SET poisonReason = NULL, nextAttemptAt = NULL WHERE poisonReason IS NOT NULL");
    q->run();
    return db.changes();
}

}  // namespace credopass::storage::outbox
