#include "storage/events.hpp"

#include "storage/columns.hpp"

namespace credopass::storage::events {
namespace {

constexpr const char* kColumns =
    "id, name, description, status, startTime, endTime, location, capacity, hostId, createdAt, updatedAt";

Event read(const Statement& s) {
    auto status = parseEventStatus(s.text(3));
    if (!status) throw StorageError(Error{StorageErrc::Corrupt, "unknown event status '" + s.text(3) + "'"});
    return Event{s.text(0),        s.text(1),        s.optionalText(2), *status,
                 timeColumn(s, 4), timeColumn(s, 5), s.text(6),         s.optionalInteger(7),
                 s.text(8),        timeColumn(s, 9), timeColumn(s, 10)};
}

std::vector<Event> readAll(Query& q) {
    std::vector<Event> out;
    while (q->step())
        out.push_back(read(*q));
    return out;
}

}  // namespace

std::optional<Event> find(Database& db, std::string_view id) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM events WHERE id = ?1");
    q->bind(1, id);
    if (!q->step()) return std::nullopt;
    return read(*q);
}

std::vector<Event> all(Database& db) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM events ORDER BY startTime DESC");
    return readAll(q);
}

std::vector<Event> openAt(Database& db, TimePoint now, Millis grace) {
    // ISO 8601 UTC text with fixed width compares like the times it holds.
    auto q = db.query(std::string("SELECT ") + kColumns +
                      " FROM events WHERE status = 'ongoing'"
                      " OR (status = 'scheduled' AND startTime <= ?1 AND endTime >= ?2)"
                      " ORDER BY startTime DESC");
    q->bind(1, formatIso(now + grace)).bind(2, formatIso(now));
    return readAll(q);
}

std::vector<std::string> idsBetween(Database& db, TimePoint endsAfter, TimePoint startsBefore) {
    auto q = db.query("SELECT id FROM events WHERE startTime <= ?1 AND endTime >= ?2 ORDER BY startTime");
    q->bind(1, formatIso(startsBefore)).bind(2, formatIso(endsAfter));
    std::vector<std::string> ids;
    while (q->step())
        ids.push_back(q->text(0));
    return ids;
}

void upsert(Database& db, const Event& e) {
    auto q = db.query(
        "INSERT INTO events (id, name, description, status, startTime, endTime, location, capacity, hostId,"
        " createdAt, updatedAt) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description,"
        " status = excluded.status, startTime = excluded.startTime, endTime = excluded.endTime,"
        " location = excluded.location, capacity = excluded.capacity, hostId = excluded.hostId,"
        " createdAt = excluded.createdAt, updatedAt = excluded.updatedAt");
    q->bind(1, e.id).bind(2, e.name).bind(3, e.description).bind(4, toString(e.status));
    q->bind(5, formatIso(e.startTime)).bind(6, formatIso(e.endTime)).bind(7, e.location).bind(8, e.capacity);
    q->bind(9, e.hostId).bind(10, formatIso(e.createdAt)).bind(11, formatIso(e.updatedAt));
    q->run();
}

bool remove(Database& db, std::string_view id) {
    auto q = db.query("DELETE FROM events WHERE id = ?1");
    q->bind(1, id);
    q->run();
    return db.changes() > 0;
}

}  // namespace credopass::storage::events
