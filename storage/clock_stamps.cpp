#include "storage/clock_stamps.hpp"

#include "storage/columns.hpp"

#include <unordered_map>
#include <utility>
#include <vector>

namespace credopass::storage::clock_stamps {
namespace {

// Where a time the door wrote can be: the column, and the table it is in.
constexpr const char* kTimeColumns[][2] = {
    {"attendance", "checkInTime"}, {"attendance", "checkOutTime"}, {"attendance", "lastInTime"},
    {"loyalty", "issuedAt"},       {"outbox", "queuedAt"},
};

// Calls `found(position)` for each `"` in `payload` that opens a JSON
// string of exactly `length` characters; `found` returns whether it used
// it (the search then goes on after its closing quote).
template <class Found>
void forEachQuoted(const std::string& payload, std::size_t length, Found&& found) {
    for (std::size_t q = payload.find('"'); q != std::string::npos && q + length + 1 < payload.size();
         q = payload.find('"', q + 1)) {
        if (payload[q + length + 1] == '"' && found(q + 1)) q += length + 1;
    }
}

// Each quoted stamp in `payload` replaced by its true time.
std::string replaceQuoted(const std::string& payload, const std::unordered_map<std::string, std::string>& to,
                          std::size_t length) {
    std::string out;
    std::size_t copied = 0;
    forEachQuoted(payload, length, [&](std::size_t at) {
        auto it = to.find(payload.substr(at, length));
        if (it == to.end()) return false;
        out.append(payload, copied, at - copied).append(it->second);
        copied = at + length;
        return true;
    });
    if (copied == 0) return payload;
    return out.append(payload, copied, std::string::npos);
}

}  // namespace

void record(Database& db, TimePoint stamp, const BootInstant& at) {
    auto q = db.query("INSERT OR IGNORE INTO clock_stamps (stamp, bootId, sinceBootMs) VALUES (?1, ?2, ?3)");
    q->bind(1, formatIso(stamp)).bind(2, at.bootId).bind(3, static_cast<std::int64_t>(at.sinceBoot.count()));
    q->run();
}

// One pass over each table whatever the number of stamps, inside the
// caller's transaction (the door waits for its lock): an evening of check-ins
// under an unknown clock is re-stamped in one go, not one scan per stamp.
std::int64_t restamp(Database& db, const std::string& bootId, TimePoint trueAt, Millis trueSinceBoot) {
    std::unordered_map<std::string, std::string> to;  // stamp -> the true time it was
    {
        auto q = db.query("SELECT stamp, sinceBootMs FROM clock_stamps WHERE bootId = ?1");
        q->bind(1, bootId);
        while (q->step())
            to.emplace(q->text(0), formatIso(trueAt - (trueSinceBoot - Millis(q->integer(1)))));
    }
    if (to.empty()) return 0;
    db.exec("CREATE TEMP TABLE IF NOT EXISTS restamp_map (old TEXT PRIMARY KEY NOT NULL, new TEXT NOT NULL)");
    db.exec("DELETE FROM temp.restamp_map");
    for (const auto& [old, now] : to) {
        auto q = db.query("INSERT INTO temp.restamp_map (old, new) VALUES (?1, ?2)");
        q->bind(1, old).bind(2, now);
        q->run();
    }
    for (const auto& [table, column] : kTimeColumns) {
        // Table and column names come from the constant list above, never from data.
        std::string sql = "UPDATE ";
        sql.append(table).append(" SET ").append(column).append(" = (SELECT new FROM temp.restamp_map WHERE old = ");
        sql.append(table).append(".").append(column).append(") WHERE ").append(column);
        sql.append(" IN (SELECT old FROM temp.restamp_map)");
        db.exec(sql.c_str());
    }
    // A queued payload holds the times as JSON strings, quotes included.
    const std::size_t length = to.begin()->first.size();
    std::vector<std::pair<std::int64_t, std::string>> changed;
    {
        auto q = db.query("SELECT seq, payload FROM outbox");
        while (q->step()) {
            std::string payload = q->text(1);
            std::string fixed = replaceQuoted(payload, to, length);
            if (fixed != payload) changed.emplace_back(q->integer(0), std::move(fixed));
        }
    }
    for (const auto& [seq, payload] : changed) {
        auto q = db.query("UPDATE outbox SET payload = ?2 WHERE seq = ?1");
        q->bind(1, seq).bind(2, payload);
        q->run();
    }
    db.exec("DELETE FROM temp.restamp_map");
    auto q = db.query("DELETE FROM clock_stamps WHERE bootId = ?1");
    q->bind(1, bootId);
    q->run();
    return static_cast<std::int64_t>(to.size());
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

Waiting Waiting::load(Database& db) {
    Waiting w;
    auto q = db.query("SELECT stamp FROM clock_stamps");
    while (q->step()) {
        w.stamps_.insert(q->text(0));
        w.length_ = q->text(0).size();
    }
    return w;
}

bool Waiting::heldIn(const std::string& payload) const {
    bool held = false;
    forEachQuoted(payload, length_, [&](std::size_t at) {
        held = held || stamps_.count(payload.substr(at, length_)) > 0;
        return held;
    });
    return held;
}

std::optional<TimePoint> newestRecord(Database& db) {
    auto q = db.query(
        "SELECT max(t) FROM (SELECT max(checkInTime) AS t FROM attendance UNION ALL"
        " SELECT max(checkOutTime) FROM attendance UNION ALL SELECT max(issuedAt) FROM loyalty)");
    if (!q->step()) return std::nullopt;
    return optionalTimeColumn(*q, 0);
}

}  // namespace credopass::storage::clock_stamps
