#include "sync/puller.hpp"

#include "core/hq_json.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "storage/sqlite_error.hpp"
#include "sync/chunked_writes.hpp"
#include "sync/hq_list.hpp"
#include "sync/reconcile.hpp"
#include "sync/transfer_fate.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <unordered_map>
#include <unordered_set>

namespace credopass::sync {
namespace {

using nlohmann::json;
using namespace storage;
using IdSet = std::unordered_set<std::string>;

// Removals up to this many rows never look like a wipe on their own (a small
// club deleting two members of five); removing every row always does.
constexpr std::size_t kRemovalsAlwaysAccepted = 5;

// Milliseconds since `since`; moves `since` to now.
Millis lap(std::chrono::steady_clock::time_point& since) {
    auto now = std::chrono::steady_clock::now();
    auto d = std::chrono::duration_cast<Millis>(now - since);
    since = now;
    return d;
}

IdSet toSet(std::vector<std::string> ids) {
    return IdSet(std::make_move_iterator(ids.begin()), std::make_move_iterator(ids.end()));
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

// One list as HQ answered it, read into records element by element (never
// the whole list's DOM). `rows` is empty when the body is byte for byte the
// one last applied (nothing to parse or compare).
template <class T>
struct Fetched {
    std::string path;
    PullMemo::Digest digest;
    std::optional<std::vector<T>> rows;
    std::int64_t skipped = 0;  // elements HQ sent that are not a valid record
};

template <class T, class Parse>
Result<Fetched<T>> fetchOnce(HttpClient& http, const std::string& path, Millis timeout, const PullMemo& memo,
                             Parse parse) {
    auto r = http.get(path, timeout, BodyKind::List);
    if (!r) return r.error();
    Fetched<T> f{path, PullMemo::digestOf(r->body), std::nullopt, 0};
    if (r->status == 200 && memo.unchanged(path, f.digest)) return f;
    std::vector<T> rows;
    auto read = readListItems(*r, path, [&](const json& item) {
        auto parsed = parse(item);
        if (parsed)
            rows.push_back(std::move(parsed).value());
        else
            ++f.skipped;  // one bad row from HQ must not block the rest of the roster
    });
    if (!read) return read.error();
    f.rows = std::move(rows);
    return f;
}

// A GET is safe to repeat: one hiccup (a 5xx, a timeout, a dropped or garbled
// answer) gets a second try at once, so a roster pull of several lists is not
// lost to a single bad answer.
template <class T, class Parse>
Result<Fetched<T>> fetchList(HttpClient& http, const std::string& path, Millis timeout, const PullMemo& memo,
                             Parse parse, PullCounts& counts) {
    auto clock = std::chrono::steady_clock::now();
    auto list = fetchOnce<T>(http, path, timeout, memo, parse);
    if (!list && fateOf(list.error()) == TransferFate::Ambiguous) list = fetchOnce<T>(http, path, timeout, memo, parse);
    counts.download += lap(clock);
    if (!list) return list;
    if (!list->rows) {
        counts.unchanged = true;
        return list;
    }
    counts.skipped += list->skipped;
    counts.received += static_cast<std::int64_t>(list->rows->size());
    return list;
}

// Whether removing `removed` of `local` rows looks like a broken answer (an
// empty or partial list) rather than HQ's real change. `maxPercent` < 0:
// only "every row" does.
bool looksLikeWipe(std::size_t local, std::size_t removed, int maxPercent) {
    if (removed == 0) return false;
    if (removed == local) return true;
    if (maxPercent < 0 || removed <= kRemovalsAlwaysAccepted) return false;
    return removed * 100 > static_cast<std::size_t>(maxPercent) * local;
}

std::string heldMessage(const char* kind, std::size_t removed, std::size_t local) {
    return "HQ's " + std::string(kind) + " list would remove " + std::to_string(removed) + " of the " +
           std::to_string(local) + " " + kind +
           " on this kiosk; not applied. Check HQ; if it is right, run `credopass-kioskctl sync --once "
           "--accept-removals`.";
}

class Pull {
public:
    Pull(HttpClient& http, Database& db, const PullOptions& options, PullMemo& memo)
        : http_(http), db_(db), options_(options), memo_(memo), referenced_(outbox::referenced(db)) {
        for (auto& id : referenced_.members)
            keptMembers_.insert(id);
        for (auto& id : referenced_.events)
            keptEvents_.insert(id);
    }

    Status members(PullReport& report);
    Status events(PullReport& report);
    Status loyalty(PullReport& report);
    Status attendance(TimePoint now, PullReport& report);

private:
    bool hold(PullReport& report, PullCounts& counts, const char* kind, std::size_t removed, std::size_t local,
              int maxPercent) const {
        if (options_.acceptRemovals || !looksLikeWipe(local, removed, maxPercent)) return false;
        counts.held = true;
        report.held.push_back(heldMessage(kind, removed, local));
        return true;
    }

    HttpClient& http_;
    Database& db_;
    const PullOptions& options_;
    PullMemo& memo_;
    outbox::Referenced referenced_;
    IdSet keptMembers_;
    IdSet keptEvents_;
};

Status Pull::members(PullReport& report) {
    auto fetched =
        fetchList<Member>(http_, "/api/users", options_.timeout, memo_, hqjson::memberFromJson, report.members);
    if (!fetched) return fetched.error();
    if (!fetched->rows) return {};
    auto clock = std::chrono::steady_clock::now();
    auto hq = std::move(*fetched->rows);

    std::unordered_map<std::string, Member> local;
    for (auto& m : members::all(db_))
        local.emplace(m.id, std::move(m));
    const std::size_t localCount = local.size();
    std::vector<const Member*> changed;
    std::vector<std::string> emailMoves;  // local members whose address another member takes
    IdSet emails;                         // taken by HQ's members, in HQ's order (newest first)
    std::unordered_map<std::string, std::string> localByEmail;
    for (const auto& [id, m] : local)
        localByEmail.emplace(m.email, id);
    for (const auto& m : hq) {
        // Two users sharing an address cannot both be stored (emails are
        // unique here): the newer one stands, the other is skipped and counted.
        if (!emails.insert(m.email).second) {
            ++report.members.skipped;
            local.erase(m.id);  // neither removed nor changed: it stays as it was
            continue;
        }
        auto it = local.find(m.id);
        if (it == local.end() || !same(it->second, m)) changed.push_back(&m);
        if (auto holder = localByEmail.find(m.email); holder != localByEmail.end() && holder->second != m.id)
            emailMoves.push_back(holder->second);
        if (it != local.end()) local.erase(it);
    }
    // What is left in `local` is gone at HQ, except members that records in
    // the outbox still name.
    std::vector<std::string> removals;
    for (const auto& [id, m] : local) {
        if (keptMembers_.count(id))
            ++report.members.kept;
        else
            removals.push_back(id);
    }
    report.members.parse += lap(clock);
    if (hold(report, report.members, "members", removals.size(), localCount, options_.maxRemovalPercent)) return {};

    {
        // Addresses move aside in the first chunk, before any member takes one.
        ChunkedWrites tx(db_);
        for (const auto& id : removals) {
            members::remove(db_, id);
            tx.wrote();
        }
        for (const auto& id : emailMoves)
            members::moveEmailAside(db_, id);
        for (const Member* m : changed) {
            members::upsert(db_, *m);
            tx.wrote();
        }
        tx.commit();
    }
    // Events and loyalty records skipped for a member we lacked may be
    // acceptable now: their lists must be looked at again, changed or not.
    if (!removals.empty() || !changed.empty()) memo_.forget();
    memo_.applied(fetched->path, fetched->digest);
    report.members.apply += lap(clock);
    report.members.written = static_cast<std::int64_t>(changed.size());
    report.members.removed = static_cast<std::int64_t>(removals.size());
    return {};
}

Status Pull::events(PullReport& report) {
    auto fetched =
        fetchList<Event>(http_, "/api/events", options_.timeout, memo_, hqjson::eventFromJson, report.events);
    if (!fetched) return fetched.error();
    if (!fetched->rows) return {};
    auto clock = std::chrono::steady_clock::now();
    auto hq = std::move(*fetched->rows);

    auto users = toSet(members::ids(db_));
    std::unordered_map<std::string, Event> local;
    for (auto& e : events::all(db_))
        local.emplace(e.id, std::move(e));
    const std::size_t localCount = local.size();
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
    std::vector<std::string> removals;
    for (const auto& [id, e] : local) {
        if (keptEvents_.count(id))
            ++report.events.kept;
        else
            removals.push_back(id);
    }
    report.events.parse += lap(clock);
    if (hold(report, report.events, "events", removals.size(), localCount, -1)) return {};

    ChunkedWrites tx(db_);
    for (const auto& id : removals) {
        events::remove(db_, id);
        tx.wrote();
    }
    for (const Event* e : changed) {
        events::upsert(db_, *e);
        tx.wrote();
    }
    tx.commit();
    if (report.events.skipped == 0) memo_.applied(fetched->path, fetched->digest);
    report.events.apply += lap(clock);
    report.events.written = static_cast<std::int64_t>(changed.size());
    report.events.removed = static_cast<std::int64_t>(removals.size());
    return {};
}

Status Pull::loyalty(PullReport& report) {
    auto fetched = fetchList<LoyaltyRecord>(http_, "/api/loyalty", options_.timeout, memo_, hqjson::loyaltyFromJson,
                                            report.loyalty);
    if (!fetched) return fetched.error();
    if (!fetched->rows) return {};
    auto clock = std::chrono::steady_clock::now();
    auto hq = std::move(*fetched->rows);

    auto users = toSet(members::ids(db_));
    std::unordered_map<std::string, LoyaltyRecord> local;
    for (auto& r : loyalty::all(db_))
        local.emplace(r.id, std::move(r));
    const std::size_t localCount = local.size();
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
    report.loyalty.parse += lap(clock);
    if (hold(report, report.loyalty, "loyalty", local.size(), localCount, -1)) return {};

    ChunkedWrites tx(db_);
    // Records HQ does not have are removed, unless they are ours and still on their way.
    for (const auto& [id, l] : local) {
        if (loyalty::removeUnlessQueued(db_, id))
            ++report.loyalty.removed;
        else
            ++report.loyalty.kept;
        tx.wrote();
    }
    for (const LoyaltyRecord* l : changed) {
        loyalty::save(db_, *l);
        tx.wrote();
    }
    tx.commit();
    if (report.loyalty.skipped == 0) memo_.applied(fetched->path, fetched->digest);
    report.loyalty.apply += lap(clock);
    report.loyalty.written = static_cast<std::int64_t>(changed.size());
    return {};
}

Status Pull::attendance(TimePoint now, PullReport& report) {
    auto recent = events::idsBetween(db_, now - options_.reconcileWindow, now + std::chrono::hours(24));
    auto users = toSet(members::ids(db_));
    auto queued = toSet(outbox::queuedIds(db_, "attendance"));
    std::vector<AttendanceRecord> fresh;
    std::vector<Correction> corrections;
    // Never memoised: the door writes its own rows between pulls, and what
    // was skipped as known must be looked at again.
    const PullMemo none;
    for (const auto& eventId : recent) {
        auto fetched = fetchList<AttendanceRecord>(http_, "/api/attendance?eventId=" + eventId, options_.timeout, none,
                                                   hqjson::attendanceFromJson, report.attendance);
        if (!fetched) return fetched.error();
        auto clock = std::chrono::steady_clock::now();
        auto hq = std::move(*fetched->rows);
        auto local = attendance::forEvent(db_, eventId);
        auto corrected = reconcileEvent(http_, local, hq, queued);
        if (!corrected) return corrected.error();
        for (auto& c : *corrected) {
            if (c.hqChanged) ++report.attendance.corrected;
            if (c.localChanged) corrections.push_back(std::move(c));
        }
        IdSet known;  // ids and members of this event's rows here
        for (auto& r : local) {
            known.insert(std::move(r.id));
            known.insert(std::move(r.patronId));
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
    auto clock = std::chrono::steady_clock::now();
    if (!fresh.empty() || !corrections.empty()) {
        Transaction tx(db_);
        for (const auto& r : fresh) {
            // The door may have written this member's row since we looked.
            if (attendance::find(db_, r.eventId, r.patronId)) continue;
            attendance::save(db_, r);
            ++report.attendance.written;
        }
        for (const auto& c : corrections) {
            // Only if the door has not changed the row since (its change
            // then goes to HQ through the outbox, merged there).
            auto row = attendance::findById(db_, c.before.id);
            if (!row || row->attended != c.before.attended || row->checkInTime != c.before.checkInTime ||
                row->checkOutTime != c.before.checkOutTime)
                continue;
            attendance::save(db_, c.merged);
            ++report.attendance.written;
        }
        tx.commit();
    }
    report.attendance.apply += lap(clock);
    return {};
}

}  // namespace

Result<PullReport> pullFromHq(HttpClient& http, Database& db, const PullOptions& options, TimePoint now,
                              PullMemo& memo) {
    PullReport report;
    try {
        Pull pull(http, db, options, memo);
        if (auto s = pull.members(report); !s) return s.error();
        if (auto s = pull.events(report); !s) return s.error();
        if (auto s = pull.loyalty(report); !s) return s.error();
        if (auto s = pull.attendance(now, report); !s) return s.error();
        // A large pull leaves a large WAL. Copy it back into the database here,
        // on the sync thread, rather than leave it to the door's next commit
        // (SQLite checkpoints in whichever connection crosses the threshold).
        if (report.members.written + report.loyalty.written + report.events.written > 1000) db.checkpoint();
    } catch (const StorageError& e) {
        memo.forget();  // what was applied is unsure now: parse everything next time
        return e.error();
    }
    return report;
}

}  // namespace credopass::sync
