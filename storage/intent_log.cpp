#include "storage/intent_log.hpp"

#include "storage/columns.hpp"
#include "storage/sqlite_error.hpp"

namespace credopass::storage {
namespace {

// Typed columns, not a JSON text: the row is written while a member waits,
// and binding ten values costs a fraction of building and printing a document.
constexpr int kLogVersion = 1;
constexpr std::int64_t kCheckpointPages = 1000;  // SQLite's own default threshold
constexpr const char* kLogSchema = R"sql(
CREATE TABLE IF NOT EXISTS intents (
  seq              INTEGER PRIMARY KEY,
  id               TEXT NOT NULL,
  action           TEXT NOT NULL,
  eventId          TEXT NOT NULL,
  memberId         TEXT NOT NULL,
  at               TEXT NOT NULL,
  awardId          TEXT,
  awardDescription TEXT,
  awardTier        TEXT,
  awardPoints      INTEGER,
  awardExpiresAt   TEXT,
  bootId           TEXT,
  sinceBootMs      INTEGER
);
PRAGMA user_version=1;
)sql";

// One row back as the intent it was, or nothing when it cannot be (a damaged
// or foreign row): the door must not stop on it.
std::optional<DoorIntent> readRow(const Statement& s) {
    DoorIntent i;
    i.id = s.text(1);
    auto action = parseDoorAction(s.text(2));
    auto at = parseIso(s.text(5));
    if (!action || !at) return std::nullopt;
    i.action = *action;
    i.eventId = s.text(3);
    i.memberId = s.text(4);
    i.at = *at;
    if (!s.isNull(6)) {
        LoyaltyRecord award;
        award.id = s.text(6);
        award.patronId = i.memberId;
        award.description = s.text(7);
        if (auto tier = s.optionalText(8)) award.tier = parseTier(*tier);
        award.points = s.optionalInteger(9);
        award.issuedAt = i.at;
        if (auto expires = s.optionalText(10)) {
            award.expiresAt = parseIso(*expires);
            if (!award.expiresAt) return std::nullopt;
        }
        i.award = std::move(award);
    }
    if (!s.isNull(11)) i.untrusted = BootInstant{s.text(11), Millis(s.integer(12))};
    return i;
}

}  // namespace

Result<IntentLog> IntentLog::open(const std::string& kioskDbPath) {
    OpenOptions how;
    how.schema = OpenOptions::Schema::Own;
    how.ownerLike = kioskDbPath;  // created private, and the door's even when root creates it
    // Copied back in forget(), after the member's answer, never inside an append.
    how.checkpoints = OpenOptions::Checkpoints::OnRequest;
    auto db = Database::open(pathFor(kioskDbPath), how);
    if (!db) return db.error();
    try {
        if (const int version = db->schemaVersion(); version > kLogVersion)
            return Error{StorageErrc::NewerSchema, "the door's intent log " + db->path() +
                                                       " was written by a newer CredoPass Kiosk; install it again"};
        // No AUTOINCREMENT: a reused seq is harmless (entries are known by
        // their id), and its counter would be one more page in every commit
        // a member waits on.
        db->exec(kLogSchema);
    } catch (const StorageError& e) {
        return e.error();
    }
    return IntentLog(std::move(db).value());
}

std::int64_t IntentLog::append(const DoorIntent& i) {
    db_.setDurableCommits(true);  // forget() relaxes them
    auto q = db_.query(
        "INSERT INTO intents (id, action, eventId, memberId, at, awardId, awardDescription, awardTier, awardPoints, "
        "awardExpiresAt, bootId, sinceBootMs) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
        "RETURNING seq");
    q->bind(1, i.id).bind(2, toString(i.action)).bind(3, i.eventId).bind(4, i.memberId).bind(5, formatIso(i.at));
    if (i.award) {
        q->bind(6, i.award->id).bind(7, i.award->description).bind(9, i.award->points);
        if (i.award->tier) q->bind(8, toString(*i.award->tier));
        q->bind(10, optionalIso(i.award->expiresAt));
    }
    if (i.untrusted)
        q->bind(11, i.untrusted->bootId).bind(12, static_cast<std::int64_t>(i.untrusted->sinceBoot.count()));
    if (!q->step()) throw StorageError(Error{StorageErrc::Sqlite, "the intent log gave no row back"});
    const std::int64_t seq = q->integer(0);
    while (q->step()) {
    }  // the statement commits when stepped to its end
    return seq;
}

std::vector<LoggedIntent> IntentLog::all() {
    std::vector<LoggedIntent> out;
    auto q = db_.query(
        "SELECT seq, id, action, eventId, memberId, at, awardId, awardDescription, awardTier, awardPoints, "
        "awardExpiresAt, bootId, sinceBootMs FROM intents ORDER BY seq");
    while (q->step())
        out.push_back({q->integer(0), readRow(*q)});
    return out;
}

void IntentLog::forget(std::span<const std::int64_t> seqs) {
    if (seqs.empty()) return;
    db_.setDurableCommits(false);
    {
        Transaction tx(db_);
        for (const std::int64_t seq : seqs) {
            auto q = db_.query("DELETE FROM intents WHERE seq = ?1");
            q->bind(1, seq);
            q->run();
        }
        tx.commit();
    }
    // A frame per member for the append, a few per batch forgotten: copied
    // back every several hundred members, so the journal's file stays a few
    // megabytes.
    if (db_.walPages() >= kCheckpointPages) db_.checkpoint();
}

}  // namespace credopass::storage
