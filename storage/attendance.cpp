#include "storage/attendance.hpp"

#include "storage/columns.hpp"

namespace credopass::storage::attendance {
namespace {

constexpr const char* kColumns = "a.id, a.eventId, a.patronId, a.attended, a.checkInTime, a.checkOutTime, a.lastInTime";

AttendanceRecord read(const Statement& s) {
    return AttendanceRecord{s.text(0),
                            s.text(1),
                            s.text(2),
                            s.integer(3) != 0,
                            optionalTimeColumn(s, 4),
                            optionalTimeColumn(s, 5),
                            optionalTimeColumn(s, 6)};
}

}  // namespace

std::optional<AttendanceRecord> find(Database& db, std::string_view eventId, std::string_view patronId) {
    auto q =
        db.query(std::string("SELECT ") + kColumns + " FROM attendance a WHERE a.eventId = ?1 AND a.patronId = ?2");
    q->bind(1, eventId).bind(2, patronId);
    if (!q->step()) return std::nullopt;
    return read(*q);
}

std::optional<AttendanceRecord> findById(Database& db, std::string_view id) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM attendance a WHERE a.id = ?1");
    q->bind(1, id);
    if (!q->step()) return std::nullopt;
    return read(*q);
}

void save(Database& db, const AttendanceRecord& r) {
    auto q = db.query(
        "INSERT INTO attendance (id, eventId, patronId, attended, checkInTime, checkOutTime, lastInTime)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        " ON CONFLICT (id) DO UPDATE SET eventId = excluded.eventId, patronId = excluded.patronId,"
        " attended = excluded.attended, checkInTime = excluded.checkInTime,"
        " checkOutTime = excluded.checkOutTime, lastInTime = excluded.lastInTime");
    q->bind(1, r.id).bind(2, r.eventId).bind(3, r.patronId).bind(4, r.attended);
    q->bind(5, optionalIso(r.checkInTime)).bind(6, optionalIso(r.checkOutTime)).bind(7, optionalIso(r.lastInTime));
    q->run();
}

std::int64_t countInside(Database& db, std::string_view eventId) {
    auto q = db.query(
        "SELECT count(*) FROM attendance WHERE eventId = ?1 AND attended = 1"
        " AND checkInTime IS NOT NULL AND checkOutTime IS NULL");
    q->bind(1, eventId);
    q->step();
    return q->integer(0);
}

std::optional<std::string> insideEventEndedSince(Database& db, std::string_view patronId, TimePoint endedSince) {
    auto q = db.query(
        "SELECT a.eventId FROM attendance a JOIN events e ON e.id = a.eventId"
        " WHERE a.patronId = ?1 AND a.attended = 1 AND a.checkInTime IS NOT NULL AND a.checkOutTime IS NULL"
        " AND e.endTime >= ?2 ORDER BY e.endTime DESC LIMIT 1");
    q->bind(1, patronId).bind(2, formatIso(endedSince));
    if (!q->step()) return std::nullopt;
    return q->text(0);
}

std::int64_t countAttended(Database& db, std::string_view eventId) {
    auto q = db.query("SELECT count(*) FROM attendance WHERE eventId = ?1 AND attended = 1");
    q->bind(1, eventId);
    q->step();
    return q->integer(0);
}

bool adoptId(Database& db, std::string_view ourId, std::string_view hqId) {
    if (findById(db, hqId)) return false;
    auto row = db.query("UPDATE attendance SET id = ?2 WHERE id = ?1");
    row->bind(1, ourId).bind(2, hqId);
    row->run();
    if (db.changes() == 0) return false;
    // The payload is the kiosk's own JSON (hqjson::toJson): its "id" follows.
    auto queued = db.query(
        "UPDATE outbox SET entityId = ?2, payload = json_set(payload, '$.id', ?2)"
        " WHERE entity = 'attendance' AND entityId = ?1 AND json_valid(payload)");
    queued->bind(1, ourId).bind(2, hqId);
    queued->run();
    return true;
}

std::vector<AttendanceRecord> forEvent(Database& db, std::string_view eventId) {
    auto q = db.query(std::string("SELECT ") + kColumns + " FROM attendance a WHERE a.eventId = ?1");
    q->bind(1, eventId);
    std::vector<AttendanceRecord> out;
    while (q->step())
        out.push_back(read(*q));
    return out;
}

std::vector<Entry> list(Database& db, std::string_view eventId) {
    auto q = db.query(std::string("SELECT ") + kColumns +
                      ", u.firstName, u.lastName, u.email FROM attendance a JOIN users u ON u.id = a.patronId"
                      " WHERE ?1 = '' OR a.eventId = ?1 ORDER BY a.checkInTime DESC, a.id");
    q->bind(1, eventId);
    std::vector<Entry> out;
    while (q->step())
        out.push_back(Entry{read(*q), q->text(7), q->text(8), q->text(9)});
    return out;
}

std::vector<TimePoint> checkInTimes(Database& db, std::string_view eventId) {
    auto q = db.query("SELECT checkInTime FROM attendance WHERE eventId = ?1 AND checkInTime IS NOT NULL");
    q->bind(1, eventId);
    std::vector<TimePoint> out;
    while (q->step())
        out.push_back(timeColumn(*q, 0));
    return out;
}

}  // namespace credopass::storage::attendance
