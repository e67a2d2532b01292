#pragma once
// The rules of the door. One Door per thread that checks people in; it
// borrows the thread's Database and keeps the intent log beside it.
//
// A door action is decided on one read snapshot (no write lock: a pull in
// the sync process never holds up the answer), then made durable as one
// entry in the door's intent log (storage/intent_log: one row, one fsync of
// its own small journal) before checkin() returns. Its records (the
// attendance row, the loyalty award, their outbox entries) are then written
// in one transaction of the kiosk database (core/door_records): before
// checkin() returns (Records::WithAnswer), or when the owner calls settle()
// after answering the member (Records::AfterAnswer, the door worker). A
// refusal writes nothing.
//
// The log entry is forgotten once the records are on the disk. WithAnswer
// puts them there at once. AfterAnswer commits them without waiting for the
// disk (the entry keeps them safe meanwhile) and puts a batch there with one
// fsync when the owner calls syncRecords() at a quiet moment, or once
// kMostUnsynced members are waiting: the door's one fsync per member is then
// its log's, and it never flushes the pages a pull has written since.
//
// Its times come from a TrustedClock over the clock it is given: a time it
// writes while the clock is untrusted is noted with its records
// (storage/clock_stamps), to be re-stamped once a true time is known.

#include "common/clock.hpp"
#include "common/result.hpp"
#include "core/checkin_result.hpp"
#include "core/door_mode.hpp"
#include "core/door_policy.hpp"
#include "core/event_choice.hpp"
#include "core/trusted_clock.hpp"
#include "model/door_intent.hpp"
#include "storage/database.hpp"
#include "storage/intent_log.hpp"

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace credopass {

struct CheckinRequest {
    std::string memberId{};
    std::optional<std::string> eventId{};  // pinned by staff (or --event); otherwise chosen by time
    DoorMode mode = DoorMode::Auto;
    bool overrideCapacity = false;  // staff let one more in past capacity
    // The event came from the member's pass, not from staff: it admits only
    // while it is open now (a pass for next week's event is no ticket tonight).
    bool eventFromPass = false;
};

class Door {
public:
    enum class Records { WithAnswer, AfterAnswer };
    Door(storage::Database& db, const Clock& clock, DoorPolicy policy = {}, Records records = Records::WithAnswer);
    ~Door();
    Door(const Door&) = delete;
    Door& operator=(const Door&) = delete;

    // Writes what is still owed first (settle()). Errors: "unknown_event" (a
    // pinned id that is not in the database), and storage errors (disk_full,
    // read_only, corrupt, io, busy, moved). On error, nothing was acknowledged.
    Result<CheckinResult> checkin(const CheckinRequest& request);

    // Writes the records of every action acknowledged and not yet written:
    // this door's, and (on first use) what a crash left in the intent log.
    // On error what is owed stays owed, in the log, for the next call.
    Status settle();
    // Puts the records settle() wrote on the disk (one fsync of the database's
    // journal, no lock) and forgets their log entries.
    Status syncRecords();
    // Whether checkin() acknowledged actions whose records are not written,
    // or not yet on the disk: their log entries are still needed.
    bool owesRecords() const { return !owed_.empty() || !unsynced_.empty() || !recovered_; }

    // Records written and not yet on the disk, past which settle() syncs them itself.
    static constexpr std::size_t kMostUnsynced = 64;

    // The event a scan would go to now, and why (for the staff dashboard).
    Result<EventChoice> currentEvent(const std::optional<std::string>& pinnedEventId);

    const DoorPolicy& policy() const { return policy_; }
    TrustedClock& clock() { return clock_; }
    const TrustedClock& clock() const { return clock_; }

private:
    Result<EventChoice> chooseAt(const std::optional<std::string>& pinnedEventId, TimePoint now);
    Result<EventChoice> chooseForPass(const std::string& eventId, TimePoint now);
    // The answer, and the action to log when the member is let in or out.
    Result<CheckinResult> decideAt(const CheckinRequest& request, TimePoint now, std::optional<DoorIntent>& intent);
    CheckinResult decide(const CheckinRequest& request, const Member& member, const Event& event, TimePoint now,
                         std::optional<DoorIntent>& intent);
    storage::IntentLog& log();  // opened on first use; throws StorageError
    void settleOwed();          // throws StorageError
    void syncWritten();         // likewise
    // Whether a member inside an event that no longer admits may still check
    // out of it (within the late check-out window of its end).
    bool mayLeave(const CheckinRequest& request, const Member& member, const Event& event, TimePoint now);

    // The time of a door action, with an untrusted one kept above every stored record.
    ClockReading readClock();

    struct Owed {
        std::int64_t seq = 0;  // its row in the log, forgotten once the records are written
        DoorIntent intent;
    };

    storage::Database& db_;
    TrustedClock clock_;
    bool floorLoaded_ = false;
    DoorPolicy policy_;
    Records records_;
    std::unique_ptr<storage::IntentLog> log_;
    std::deque<Owed> owed_;               // acknowledged, records not yet written, oldest first
    std::vector<std::int64_t> unsynced_;  // log entries whose records are written, not yet synced
    bool recovered_ = false;              // the log's leftovers from before this Door were taken
};

}  // namespace credopass
