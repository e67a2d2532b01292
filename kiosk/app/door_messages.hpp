#pragma once
// The values the UI thread and the door worker send each other through
// MessageQueues. Requests are intents; replies are results, complete enough
// to show as they are. Nothing else passes between the two threads.

#include "common/result.hpp"
#include "common/scan.hpp"
#include "core/checkin_result.hpp"
#include "core/door_mode.hpp"
#include "core/door_status.hpp"
#include "model/records.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace credopass::kiosk {

// --- requests (UI -> door worker) ---
// A badge scan travels as the one Scan value (common/scan.hpp).
struct ManualCheckin {  // staff, from the member search (or "Admit one more")
    std::string memberId;
    DoorMode mode = DoorMode::InOnly;  // in-only = check in, out-only = check out
    bool overrideCapacity = false;     // staff let this member in past capacity
    bool answerAtDoor = false;         // from a result at the door: answered as a result, for the member to see
};
struct VerifyPin {
    std::string pin;
    // Which check this is (KioskModel counts them): the reply carries it back,
    // so an answer the screen no longer waits for is told from the current one.
    std::uint64_t requestId = 0;
};
struct SearchMembers {
    std::string text;
};
struct RefreshStatus {};
struct PinEvent {
    std::optional<std::string> eventId;  // nullopt = back to choosing by time
};
struct SetMode {
    DoorMode mode = DoorMode::Auto;
};
struct ExportCsv {
    std::string path;
};
// A staff action with no database change of its own (lock, volume, exit...).
struct AuditNote {
    std::string action;
    std::string detail;
};
// Staff vouch for the time the door shows (the device screen's "The clock is
// right"), give the time it is (`setTo`), or send records from boots that
// never learned the time, as written.
struct ClockAsk {
    enum class What { Confirm, Set, ReleaseHeld } what = What::Confirm;
    TimePoint setTo{};  // What::Set
};
// The watchdog's question (host/liveness.hpp): answered at once with a Pong,
// behind whatever the worker is doing, so an answer means it is not stuck.
struct Ping {};
using DoorRequest = std::variant<Scan, ManualCheckin, VerifyPin, SearchMembers, RefreshStatus, PinEvent, SetMode,
                                 ExportCsv, AuditNote, ClockAsk, Ping>;

// --- replies (door worker -> UI) ---
struct CheckinReply {
    std::optional<CheckinResult> result;  // set unless the door failed
    std::optional<Error> error;
    SteadyTime scannedAt{};
    bool manual = false;
};
struct StaffBadgeReply {  // a staff member's badge: opens staff mode
    std::string name;
};
struct PinReply {
    bool ok = false;
    bool noPinSet = false;
    bool refusedLocked = false;   // not checked: locked from earlier failures
    Millis retryAfter{0};         // after a failure: the wait before the next try
    std::uint64_t requestId = 0;  // the VerifyPin's
};
struct SearchReply {
    std::string text;
    std::vector<Member> members;
};
struct StatusReply {
    DoorStatus status;
};
struct ExportReply {
    std::string path;
    std::optional<std::size_t> rows;
    std::optional<Error> error;
};
struct FailureReply {  // a staff action failed (storage error): shown, not hidden
    std::string action;
    Error error;
};
struct Pong {};
using DoorReply =
    std::variant<CheckinReply, StaffBadgeReply, PinReply, SearchReply, StatusReply, ExportReply, FailureReply, Pong>;

}  // namespace credopass::kiosk
