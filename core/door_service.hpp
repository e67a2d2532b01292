#pragma once
// The door service: every use case a front end has, over one database
// connection. The door screen's worker thread and each kioskctl command call
// this and nothing below it: no front end includes a storage/ header or sees
// a storage exception. Every call returns a value (Result/Status) with a
// typed error.
//
// One DoorService per thread: it owns that thread's SQLite connection (WAL
// lets the sync process and kioskctl open their own). The badge policy, the
// trusted keys, revocations and the door's settings are loaded once and
// reloaded only when the database changed under them (PRAGMA data_version,
// or a write through this service), so a scan costs one verification and the
// door's own rows.

#include "badge/issuer.hpp"
#include "badge/policy.hpp"
#include "badge/verifier.hpp"
#include "common/clock.hpp"
#include "common/result.hpp"
#include "common/scan.hpp"
#include "core/badge_rows.hpp"
#include "core/checkin_result.hpp"
#include "core/demo_summary.hpp"
#include "core/door_mode.hpp"
#include "core/door_policy.hpp"
#include "core/door_status.hpp"
#include "core/event_choice.hpp"
#include "core/pin_attempt.hpp"

#include <chrono>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace credopass {

// How long the audit log keeps an entry: a quarter covers the questions staff
// ask about a night ("who exported the list?") and keeps the log small on an
// SD card. The door screen's configuration can change it ([staff] audit_days).
inline constexpr Millis kDefaultAuditRetention = std::chrono::days(90);

struct DoorServiceOptions {
    std::string dbPath;
    bool create = true;     // create the file when missing (kioskctl init, demos; never the door)
    bool readOnly = false;  // for commands that only read (status, lists)
    DoorPolicy policy;
    // Members whose signed badge opens staff mode at the door screen.
    std::vector<std::string> staffMembers;
    // The most the door accepts, from the root-owned configuration ([badges]
    // accept, signed only by default): the policy in the database can narrow
    // it, never widen it, so a lost or recreated database cannot open the
    // door to unsigned ids. None: kioskctl, where staff act at the console.
    std::optional<badge::BadgePolicy> acceptCeiling;
    std::string actor = "door";  // who acts, for the audit log ("door", "kioskctl")
    // The door copies its journal back into the database between members
    // (checkpointJournal), never inside a check-in's commit. Off: SQLite does
    // it in whichever commit crosses its threshold (kioskctl's one-shot commands).
    bool checkpointBetweenMembers = false;
    // The door answers a member once their action is durable in its intent
    // log (core/door.hpp) and writes the records after, when the worker calls
    // settle(). Off: scan() and manualCheckin() return with the records
    // written (kioskctl's commands, tests that read the database next).
    bool recordsAfterAnswer = false;
};

// What staff (or kioskctl) ask of one door action beyond the scan itself.
struct DoorAsk {
    std::optional<std::string> eventId;  // default: the pinned event, else the one open now
    std::optional<DoorMode> mode;        // default: the kiosk's door mode
    bool overrideCapacity = false;       // staff let one more in past capacity
};

// A staff member's signed badge was scanned: staff mode opens.
struct StaffBadge {
    std::string name;
};
using ScanAnswer = std::variant<CheckinResult, StaffBadge>;

struct EventSummary {
    Event event;
    std::int64_t inside = 0;  // members checked in and not out
};

struct MemberSummary {
    Member member;
    std::int64_t points = 0;
    Tier tier = Tier::Bronze;
};

class DoorService {
public:
    // Opens (and, unless readOnly or !create, creates and migrates) the database.
    static Result<DoorService> open(DoorServiceOptions options, const Clock& clock);
    DoorService(DoorService&&) noexcept;
    DoorService& operator=(DoorService&&) noexcept;
    ~DoorService();

    // --- the door ---
    // Verifies the text once (policy, keys, revocations, time), then: a staff
    // member's signed badge opens staff mode; anything else goes to the door
    // rules. A refused badge is a CheckinResult (InvalidBadge), not an error.
    Result<ScanAnswer> scan(const Scan& scan, const DoorAsk& ask = {});
    // Staff chose the member by name: no badge to verify, the rules still apply.
    Result<CheckinResult> manualCheckin(const std::string& memberId, const DoorAsk& ask);
    // The verdict alone (kioskctl scan, previews): writes nothing.
    Result<badge::BadgeVerdict> verify(std::string_view text);
    // Writes the records of the door actions answered and not yet written
    // (recordsAfterAnswer), and what a crash left in the intent log. Until it
    // has, they are safe in the log; the next door action tries first.
    Status settle();
    // settle(), then puts those records on the disk (one fsync, no lock) and
    // empties the intent log of them: for a quiet moment (recordsAfterAnswer).
    Status syncRecords();

    // --- staff ---
    Result<DoorStatus> status();
    Result<EventChoice> currentEvent();
    Result<std::vector<Member>> searchMembers(std::string_view text, int limit);
    Status pinEvent(const std::optional<std::string>& eventId);
    Status setDoorMode(DoorMode mode);
    Result<PinAttempt> attemptPin(std::string_view pin);
    // Errors: PinTooShort, InvalidPin (core/pin_format.hpp), HashFailed. Audited, never the PIN.
    Status setPin(std::string_view pin);
    Result<bool> hasPin();
    // A staff action with no database change of its own (lock, volume, exit).
    Status audit(std::string_view action, std::string_view detail);
    // Removes audit entries older than `maxAge` by this service's clock, and
    // notes in the log itself how many went (nothing when none did). Returns
    // that count. The door worker runs it at start and once a day. Notes of
    // door intents taken more than a day ago go too (storage/applied_intents).
    Result<std::int64_t> pruneAudit(Millis maxAge);
    // With checkpointBetweenMembers: copies the write-ahead journal back into
    // the database when it holds at least `pages` pages not yet copied.
    // Returns whether it copied (false when small enough, or another
    // process's checkpoint was running). Without the option: nothing to do.
    Result<bool> checkpointJournal(std::int64_t pages);

    // --- the clock (core/trusted_clock.hpp) ---
    Result<ClockState> clockState();
    // Staff say the clock shows the right time now, or set the time it is:
    // this boot's untrusted times are re-stamped from it. Audited.
    Status confirmClock();
    Status setClock(TimePoint trueNow);
    // Staff accept the times of earlier boots that never learned the time:
    // their records go to HQ as written. Audited; returns how many times.
    Result<std::int64_t> releaseHeldTimes();

    // --- records ---
    Result<std::vector<MemberSummary>> members(std::string_view search, int limit);
    Result<std::vector<EventSummary>> events();
    Result<std::optional<Member>> member(const std::string& id);
    // Newest check-in first; every event when eventId is empty.
    Result<std::vector<AttendanceEntry>> attendance(std::string_view eventId);
    // Attendance as CSV (every event when eventId is empty): to a stream, or
    // to a file written whole or not at all. Returns rows written.
    Status writeAttendanceCsv(std::string_view eventId, std::ostream& out);
    Result<std::size_t> exportAttendanceCsv(std::string_view eventId, const std::string& path);
    Result<demo::Summary> loadDemo(int generatedMembers);
    Result<int> schemaVersion();

    // --- badge trust ---
    Result<badge::BadgePolicy> badgePolicy();
    Status setBadgePolicy(const badge::BadgePolicy& policy);
    Status trustKey(const badge::PublicKey& key, std::string_view label);
    Result<bool> untrustKey(std::string_view keyIdHex);
    Result<std::vector<TrustedKey>> trustedKeys();
    Result<std::vector<Revocation>> revocations();
    Status revokeBadge(std::string_view badgeId, std::string_view reason);
    Status revokeMember(std::string_view memberId, std::string_view reason);

    const Clock& clock() const;
    const std::string& dbPath() const;

private:
    struct Impl;
    explicit DoorService(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace credopass
