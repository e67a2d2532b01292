#pragma once
// The door's intent log: a small SQLite file beside the kiosk's database
// (kiosk.db-intents) where a door action is made durable before the door
// answers the member. Its commit is one row on one page and an fsync of its
// own journal, so a member never waits for the kiosk database's write lock
// (the sync process pulling a roster holds it for a chunk at a time), nor
// for that journal's fsync to flush the pull's pages.
//
// The door then writes the action's records into the kiosk database
// (core/door.cpp, settle) and forgets the entry once those records are on the
// disk (syncRecords, a few members at a time). An entry still here at
// open time is an action acknowledged before a crash: it is written then.
// storage/applied_intents keeps that idempotent: the kiosk database notes
// each entry it took, in the same transaction as its records.

#include "common/result.hpp"
#include "model/door_intent.hpp"
#include "storage/database.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace credopass::storage {

struct LoggedIntent {
    std::int64_t seq = 0;              // order of arrival
    std::optional<DoorIntent> intent;  // none: a row this build cannot read (left for an engineer)
};

class IntentLog {
public:
    // The log of the kiosk database at `kioskDbPath`, created (private, like
    // the database) when missing.
    static Result<IntentLog> open(const std::string& kioskDbPath);
    static std::string pathFor(const std::string& kioskDbPath) { return kioskDbPath + "-intents"; }

    // Appends `intent`, on the disk before it returns; returns its seq. Throws StorageError.
    std::int64_t append(const DoorIntent& intent);
    // Every entry, oldest first.
    std::vector<LoggedIntent> all();
    // Forgets these entries, in one commit. Not waited for on the disk: an
    // entry that comes back after a power cut is found already applied and
    // forgotten again. Copies the log's own journal back now and then (never
    // inside append()).
    void forget(std::span<const std::int64_t> seqs);
    // The log file was deleted or replaced while open (see Database::hasMoved).
    bool hasMoved() { return db_.hasMoved(); }
    const std::string& path() const { return db_.path(); }

private:
    explicit IntentLog(Database db) : db_(std::move(db)) {}
    Database db_;
};

}  // namespace credopass::storage
