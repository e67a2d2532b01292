#include "sync/puller.hpp"

#include "core/hq_json.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/sqlite_error.hpp"
#include "sync/transfer_fate.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <unordered_map>
#include <unordered_set>

namespace credopass::sync {
namespace {

using nlohmann::json;
using namespace storage;

// Milliseconds since `since`; moves `since` to now.
Millis lap(std::chrono::steady_clock::time_point& since) {
    auto now = std::chrono::steady_clock::now();
    auto d = std::chrono::duration_cast<Millis>(now - since);
    since = now;
    return d;
}

bool same(const Member& a, const Member& b) {
    return a.email == b.email && a.firstName == b.firstName && a.lastName == b.lastName && a.phone == b.phone &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
}
bool same(const Event& a, const Event& b) {
    return a.name == b.name && a.description == b.description && a.status == b.status && a.startTime == b.startTime &&
           a.endTime == b.endTime && a.location == b.location && a.capacity == b.capacity && a.hostId == b.hostId &&
           a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
}
bool same(const LoyaltyRecord& a, const LoyaltyRecord& b) {
    return a.patronId == b.patronId && a.description == b.description && a.tier == b.tier && a.points == b.points &&
           a.reward == b.reward && a.issuedAt == b.issuedAt && a.expiresAt == b.expiresAt;
}

Result<json> fetchOnce(HttpClient& http, const char* path, Millis timeout) {
    auto r = http.get(path, timeout);
    if (!r) return r.error();
    if (r->status == 401 || r->status == 403)
        return Error{NetErrc::Credentials, "HQ refused the kiosk's credentials (" + std::to_string(r->status) + ")"};
    if (r->status != 200)
        return Error{NetErrc::HttpStatus, std::string("HQ answered ") + std::to_string(r->status) + " to GET " + path};
    auto list = json::parse(r->body, nullptr, false);
    if (!list.is_array())
        return Error{NetErrc::HttpStatus, std::string("HQ's answer to GET ") + path + " is not a JSON list"};
    return list;
}

// A GET is safe to repeat: one hiccup (a 5xx, a timeout, a dropped or garbled
// answer) gets a second try at once, so a roster pull of several lists is not
// lost to a single bad answer.
Result<json> fetchList(HttpClient& http, const char* path, Millis timeout, PullCounts& counts) {
    auto clock = std::chrono::steady_clock::now();
    auto list = fetchOnce(http, path, timeout);
    if (!list && fateOf(list.error()) == TransferFate::Ambiguous) list = fetchOnce(http, path, timeout);
    counts.download = lap(clock);
    return list;
}

template <class T, class Parse>
std::vector<T> parseAll(const json& list, Parse parse, PullCounts& counts) {
    std::vector<T> out;
    out.reserve(list.size());
    for (const auto& item : list) {
        auto parsed = parse(item);
        if (parsed)
            out.push_back(std::move(parsed).value());
        else
            ++counts.skipped;  // one bad row from HQ must not block the rest of the roster
    }
    counts.received = static_cast<std::int64_t>(out.size());
    return out;
}

std::unordered_set<std::string> localIds(Database& db, const char* sql) {
    std::unordered_set<std::string> ids;
    auto q = db.query(sql);
    while (q->step())
        ids.insert(q->text(0));
    return ids;
}

// Unsent outbox entries that name `id` in `field` can no longer reach HQ.
std::int64_t markOrphans(Database& db, const char* field, const std::string& id, const std::string& reason) {
    auto q = db.query(
        "UPDATE outbox SET poisonReason = ?3, lastError = ?3 WHERE poisonReason IS NULL"
        " AND json_valid(payload) AND json_extract(payload, ?1) = ?2");
    q->bind(1, std::string("$.") + field).bind(2, id).bind(3, reason);
    q->run();
    return db.changes();
}

Status pullMembers(HttpClient& http, Database& db, Millis timeout, PullReport& report) {
    auto list = fetchList(http, "/api/users", timeout, report.members);
    if (!list) return list.error();
    auto clock = std::chrono::steady_clock::now();
    auto hq = parseAll<Member>(*list, hqjson::memberFromJson, report.members);
    list->clear();

    std::unordered_map<std::string, Member> local;
    for (auto& m : members::all(db))
        local.emplace(m.id, std::move(m));
    std::vector<const Member*> changed;
    std::vector<std::string> emailMoves;  // members whose email changed at HQ
    for (const auto& m : hq) {
        auto it = local.find(m.id);
        if (it == local.end() || !same(it->second, m)) changed.push_back(&m);
        if (it != local.end()) {
            if (it->second.email != m.email) emailMoves.push_back(m.id);
            local.erase(it);
        }
    }
    // What is left in `local` is gone at HQ.
    report.members.parse = lap(clock);
    Transaction tx(db);
    for (const auto& [id, m] : local) {
        report.orphanedRecords += markOrphans(
            db, "patronId", id,
            "member " + m.fullName() + " <" + m.email + "> was deleted at HQ; this record was kept on the kiosk");
        members::remove(db, id);
    }
    // Emails are unique: when two members swap addresses (or one takes
    // another's), moving the old ones aside first keeps every upsert legal.
    for (const auto& id : emailMoves) {
        auto q = db.query("UPDATE users SET email = id || '@moving.invalid' WHERE id = ?1");
        q->bind(1, id);
        q->run();
    }
    for (const Member* m : changed)
        members::upsert(db, *m);
    tx.commit();
    report.members.apply = lap(clock);
    report.members.written = static_cast<std::int64_t>(changed.size());
    report.members.removed = static_cast<std::int64_t>(local.size());
    return {};
}

Status pullEvents(HttpClient& http, Database& db, Millis timeout, PullReport& report) {
    auto list = fetchList(http, "/api/events", timeout, report.events);
    if (!list) return list.error();
    auto clock = std::chrono::steady_clock::now();
    auto hq = parseAll<Event>(*list, hqjson::eventFromJson, report.events);

    auto users = localIds(db, "SELECT id FROM users");
    std::unordered_map<std::string, Event> local;
    for (auto& e : events::all(db))
        local.emplace(e.id, std::move(e));
    std::vector<const Event*> changed;
    for (const auto& e : hq) {
        auto it = local.find(e.id);
        bool differs = it == local.end() || !same(it->second, e);
        if (it != local.end()) local.erase(it);
        if (!users.count(e.hostId)) {
            ++report.events.skipped;  // its host is not on our roster
            continue;
        }
        if (differs) changed.push_back(&e);
    }
    report.events.parse = lap(clock);
    Transaction tx(db);
    for (const auto& [id, e] : local) {
        report.orphanedRecords +=
            markOrphans(db, "eventId", id, "event " + e.name + " was deleted at HQ; this record was kept on the kiosk");
        events::remove(db, id);
    }
    for (const Event* e : changed)
        events::upsert(db, *e);
    tx.commit();
    report.events.apply = lap(clock);
    report.events.written = static_cast<std::int64_t>(changed.size());
    report.events.removed = static_cast<std::int64_t>(local.size());
    return {};
}

Status pullLoyalty(HttpClient& http, Database& db, Millis timeout, PullReport& report) {
    auto list = fetchList(http, "/api/loyalty", timeout, report.loyalty);
    if (!list) return list.error();
    auto clock = std::chrono::steady_clock::now();
    auto hq = parseAll<LoyaltyRecord>(*list, hqjson::loyaltyFromJson, report.loyalty);
    list->clear();

    auto users = localIds(db, "SELECT id FROM users");
    std::unordered_map<std::string, LoyaltyRecord> local;
    {
        auto q = db.query("SELECT id FROM loyalty");
        std::vector<std::string> ids;
        while (q->step())
            ids.push_back(q->text(0));
        for (auto& id : ids)
            if (auto r = loyalty::findById(db, id)) local.emplace(id, std::move(*r));
    }
    std::vector<const LoyaltyRecord*> changed;
    for (const auto& l : hq) {
        auto it = local.find(l.id);
        bool differs = it == local.end() || !same(it->second, l);
        if (it != local.end()) local.erase(it);
        if (!users.count(l.patronId)) {
            ++report.loyalty.skipped;
            continue;
        }
        if (differs) changed.push_back(&l);
    }
    report.loyalty.parse = lap(clock);
    Transaction tx(db);
    // Records HQ does not have are removed, unless they are ours and still on their way.
    auto drop = db.query(
        "DELETE FROM loyalty WHERE id = ?1 AND NOT EXISTS"
        " (SELECT 1 FROM outbox WHERE entity = 'loyalty' AND entityId = ?1)");
    for (const auto& [id, l] : local) {
        drop->bind(1, id);
        drop->run();
        drop->reset();
        report.loyalty.removed += db.changes();
    }
    for (const LoyaltyRecord* l : changed)
        loyalty::save(db, *l);
    tx.commit();
    report.loyalty.apply = lap(clock);
    report.loyalty.written = static_cast<std::int64_t>(changed.size());
    return {};
}

Status pullAttendance(HttpClient& http, Database& db, Millis timeout, TimePoint now, PullReport& report) {
    std::vector<std::string> open;
    {
        auto q = db.query(
            "SELECT id FROM events WHERE status IN ('ongoing', 'scheduled') AND startTime <= ?1 AND endTime >= ?2");
        q->bind(1, formatIso(now + std::chrono::hours(24))).bind(2, formatIso(now - std::chrono::hours(12)));
        while (q->step())
            open.push_back(q->text(0));
    }
    auto users = localIds(db, "SELECT id FROM users");
    std::vector<AttendanceRecord> fresh;
    for (const auto& eventId : open) {
        PullCounts counts;
        auto list = fetchList(http, ("/api/attendance?eventId=" + eventId).c_str(), timeout, counts);
        if (!list) return list.error();
        report.attendance.download += counts.download;
        auto clock = std::chrono::steady_clock::now();
        auto hq = parseAll<AttendanceRecord>(*list, hqjson::attendanceFromJson, counts);
        report.attendance.received += counts.received;
        report.attendance.skipped += counts.skipped;
        std::unordered_set<std::string> known;  // ids and members of this event's rows here
        {
            auto q = db.query("SELECT id, patronId FROM attendance WHERE eventId = ?1");
            q->bind(1, eventId);
            while (q->step()) {
                known.insert(q->text(0));
                known.insert(q->text(1));
            }
        }
        for (auto& r : hq) {
            if (r.eventId != eventId || !users.count(r.patronId)) {
                ++report.attendance.skipped;
                continue;
            }
            // Known here, by id or by (event, member): the kiosk's own row stands.
            if (known.count(r.id) || known.count(r.patronId)) continue;
            r.lastInTime = r.checkInTime;
            fresh.push_back(std::move(r));
        }
        report.attendance.parse += lap(clock);
    }
    if (fresh.empty()) return {};
    auto clock = std::chrono::steady_clock::now();
    Transaction tx(db);
    for (const auto& r : fresh) {
        // The door may have written this member's row since we looked.
        if (attendance::find(db, r.eventId, r.patronId)) continue;
        attendance::save(db, r);
        ++report.attendance.written;
    }
    tx.commit();
    report.attendance.apply = lap(clock);
    return {};
}

}  // namespace

Result<PullReport> pullFromHq(HttpClient& http, Database& db, Millis timeout, TimePoint now) {
    PullReport report;
    try {
        if (auto s = pullMembers(http, db, timeout, report); !s) return s.error();
        if (auto s = pullEvents(http, db, timeout, report); !s) return s.error();
        if (auto s = pullLoyalty(http, db, timeout, report); !s) return s.error();
        if (auto s = pullAttendance(http, db, timeout, now, report); !s) return s.error();
        // A large pull leaves a large WAL. Copy it back into the database here,
        // on the sync thread, rather than leave it to the door's next commit
        // (SQLite checkpoints in whichever connection crosses the threshold).
        if (report.members.written + report.loyalty.written + report.events.written > 1000)
            db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const StorageError& e) {
        return e.error();
    }
    return report;
}

}  // namespace credopass::sync
