#include "storage/clock_stamps.hpp"

#include "storage/columns.hpp"

namespace credopass::storage::clock_stamps {
namespace {

// Where a time the door wrote can be: the column, and the table it is in.
constexpr const char* kTimeColumns[][2] = {
    {"attendance", "checkInTime"}, {"attendance", "checkOutTime"}, {"attendance", "lastInTime"},
    {"loyalty", "issuedAt"},       {"outbox", "queuedAt"},
};

void replaceStamp(Database& db, const std::string& from, const std::string& to) {
    for (const auto& [table, column] : kTimeColumns) {
        // Table and column names come from the constant list above, never from data.
        auto q = db.query(std::string("UPDATE ") + table + " SET " + column + " = ?2 WHERE " + column + " = ?1");
        q->bind(1, from).bind(2, to);
        q->run();
    }
    // A queued payload holds the times as JSON strings, quotes included.
    auto q = db.query(
        "UPDATE outbox SET payload = replace(payload, '\"' || ?1 || '\"', '\"' || ?2 || '\"')"
        " WHERE instr(payload, ?1) > 0");
    q->bind(1, from).bind(2, to);
    q->run();
}

}  // namespace

void record(Database& db, TimePoint stamp, const BootInstant& at) {
    auto q = db.query("INSERT OR IGNORE INTO clock_stamps (stamp, bootId, sinceBootMs) VALUES (?1, ?2, ?3)");
    q->bind(1, formatIso(stamp)).bind(2, at.bootId).bind(3, static_cast<std::int64_t>(at.sinceBoot.count()));
    q->run();
}

std::int64_t restamp(Database& db, const std::string& bootId, TimePoint trueAt, Millis trueSinceBoot) {
    struct Stamp {
        std::string text;
        Millis sinceBoot;
    };
    std::vector<Stamp> stamps;
    {
        auto q = db.query("SELECT stamp, sinceBootMs FROM clock_stamps WHERE bootId = ?1 ORDER BY sinceBootMs");
        q->bind(1, bootId);
        while (q->step())
            stamps.push_back({q->text(0), Millis(q->integer(1))});
    }
    for (const auto& s : stamps)
        replaceStamp(db, s.text, formatIso(trueAt - (trueSinceBoot - s.sinceBoot)));
    auto q = db.query("DELETE FROM clock_stamps WHERE bootId = ?1");
    q->bind(1, bootId);
    q->run();
    return static_cast<std::int64_t>(stamps.size());
}

std::vector<HeldBoot> held(Database& db) {
    auto q = db.query(
        "SELECT bootId, count(*), min(stamp), max(stamp) FROM clock_stamps GROUP BY bootId ORDER BY min(stamp)");
    std::vector<HeldBoot> out;
    while (q->step())
        out.push_back({q->text(0), q->integer(1), timeColumn(*q, 2), timeColumn(*q, 3)});
    return out;
}

std::int64_t count(Database& db, const std::string& bootId) {
    auto q = db.query("SELECT count(*) FROM clock_stamps WHERE bootId = ?1");
    q->bind(1, bootId);
    q->step();
    return q->integer(0);
}

std::int64_t release(Database& db, const std::string& bootId) {
    const std::int64_t n = count(db, bootId);
    auto q = db.query("DELETE FROM clock_stamps WHERE bootId = ?1");
    q->bind(1, bootId);
    q->run();
    return n;
}

std::optional<TimePoint> newestRecord(Database& db) {
    auto q = db.query(
        "SELECT max(t) FROM (SELECT max(checkInTime) AS t FROM attendance UNION ALL"
        " SELECT max(checkOutTime) FROM attendance UNION ALL SELECT max(issuedAt) FROM loyalty)");
    if (!q->step()) return std::nullopt;
    return optionalTimeColumn(*q, 0);
}

}  // namespace credopass::storage::clock_stamps
