#include "core/door.hpp"

#include "core/hq_json.hpp"
#include "core/record_ids.hpp"
#include "storage/attendance.hpp"
#include "storage/clock_stamps.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "storage/sqlite_error.hpp"

namespace credopass {
namespace {

using namespace storage;

enum class Action { CheckIn, CheckOut, BackIn };

// A refusal that follows from the member's state at the event.
Refusal stateRefusal(Outcome o) {
    switch (o) {
        case Outcome::AlreadyCheckedOut: return Refusal::AlreadyCheckedOut;
        case Outcome::NotCheckedIn: return Refusal::NotCheckedIn;
        case Outcome::AlreadyCheckedIn:
        case Outcome::CheckedIn:
        case Outcome::CheckedOut:
        case Outcome::BackIn:
        case Outcome::UnknownMember:
        case Outcome::NoEvent:
        case Outcome::EventNotOpen:
        case Outcome::EventFull:
        case Outcome::InvalidBadge: return Refusal::AlreadyCheckedIn;
    }
    return Refusal::AlreadyCheckedIn;
}

void queueAttendance(Database& db, const AttendanceRecord& r, bool created, TimePoint now) {
    outbox::enqueue(db, "attendance", r.id, created ? "create" : "update", hqjson::toJson(r).dump(), now);
}

}  // namespace

Door::Door(Database& db, const Clock& clock, DoorPolicy policy) : db_(db), clock_(clock), policy_(policy) {}

Result<EventChoice> Door::currentEvent(const std::optional<std::string>& pinnedEventId) {
    try {
        return chooseAt(pinnedEventId, clock_.now());
    } catch (const StorageError& e) {
        return e.error();
    }
}

Result<EventChoice> Door::chooseAt(const std::optional<std::string>& pinnedEventId, TimePoint now) {
    if (pinnedEventId) {
        auto pinned = events::find(db_, *pinnedEventId);
        if (!pinned) return Error{InputErrc::UnknownEvent, "no event with id " + *pinnedEventId + " on this kiosk"};
        return choosePinned(*pinned);
    }
    auto candidates = events::openAt(db_, now, policy_.grace);
    return chooseEvent(candidates, now, policy_.grace);
}

Result<EventChoice> Door::chooseForPass(const std::string& eventId, TimePoint now) {
    auto event = events::find(db_, eventId);
    if (!event) return Error{InputErrc::UnknownEvent, "no event with id " + eventId + " on this kiosk"};
    auto candidates = events::openAt(db_, now, policy_.grace);
    return choosePass(*event, candidates, now, policy_.grace);
}

Result<CheckinResult> Door::checkin(const CheckinRequest& request) {
    try {
        Transaction tx(db_);
        const ClockReading reading = readClock();
        const TimePoint now = reading.time;
        CheckinResult result;
        result.at = now;
        auto member = members::find(db_, request.memberId);
        if (!member) {
            result.outcome = Outcome::UnknownMember;
            result.reason = Refusal::UnknownMember;
            return result;  // nothing written; the transaction rolls back
        }
        result.member = member;
        auto choice = request.eventFromPass && request.eventId ? chooseForPass(*request.eventId, now)
                                                               : chooseAt(request.eventId, now);
        if (!choice) return choice.error();
        if (!choice->event && !request.eventId && request.mode != DoorMode::InOnly) {
            // The event is over but the member never checked out: let them.
            if (auto late = attendance::insideEventEndedSince(db_, member->id, now - policy_.lateCheckout))
                choice = EventChoice{events::find(db_, *late), true, "ended; checking out"};
        }
        if (!choice->event) {
            result.outcome = Outcome::NoEvent;
            result.reason = Refusal::NoEvent;
        } else if (!choice->admits && mayLeave(request, *member, *choice->event, now)) {
            // Cancelled, completed or set back to draft while people are
            // inside: nobody is trapped. They can still check out, nothing else.
            CheckinRequest leaving = request;
            leaving.mode = DoorMode::OutOnly;
            result = decide(leaving, *member, *choice->event, now);
        } else if (!choice->admits) {
            result.event = choice->event;
            result.outcome = Outcome::EventNotOpen;
            // A pass for tonight's cancelled event says "cancelled"; one for
            // next week's (or last month's) says it is the wrong event.
            const Event& e = *choice->event;
            result.reason = request.eventFromPass && !withinDoors(e, now, policy_.grace) ? Refusal::WrongEvent
                                                                                         : refusalFor(e.status);
        } else {
            result = decide(request, *member, *choice->event, now);
        }
        result.severalEvents = choice->openNow > 1;
        result.points = loyalty::unexpiredPoints(db_, member->id, now);
        result.tier = tierForPoints(result.points);
        if (result.admitted()) {
            // A database unlinked or replaced while the door runs (a card
            // pulled and reinserted, a mistaken rm) would take this check-in
            // to a deleted file: refuse to acknowledge it instead.
            if (db_.hasMoved())
                return Error{StorageErrc::Moved, "the database file " + db_.path() +
                                                     " was deleted or replaced while the kiosk ran; nothing was "
                                                     "written. Restart the kiosk with the right database."};
            if (!reading.trusted) {
                clock_stamps::record(db_, now, reading.boot);
                clock_.noteUntrustedStamp();
            }
            tx.commit();
            clock_.raiseFloor(now);
        }
        return result;
    } catch (const StorageError& e) {
        return e.error();
    }
}

ClockReading Door::readClock() {
    ClockReading reading = clock_.read();
    if (reading.trusted || floorLoaded_) return reading;
    // Only an untrusted clock needs the floor: read it once, then each record raises it.
    if (auto newest = clock_stamps::newestRecord(db_)) clock_.raiseFloor(*newest);
    floorLoaded_ = true;
    return clock_.read();
}

bool Door::mayLeave(const CheckinRequest& request, const Member& member, const Event& event, TimePoint now) {
    if (request.mode == DoorMode::InOnly) return false;
    auto row = attendance::find(db_, event.id, member.id);
    return row && row->isInside() && event.endTime >= now - policy_.lateCheckout;
}

CheckinResult Door::decide(const CheckinRequest& request, const Member& member, const Event& event, TimePoint now) {
    CheckinResult result;
    result.at = now;
    result.member = member;
    result.event = event;

    auto existing = attendance::find(db_, event.id, member.id);
    bool hasEntered = existing && existing->attended && existing->checkInTime;
    bool inside = existing && existing->isInside();
    if (existing) {
        result.checkInTime = existing->checkInTime;
        result.checkOutTime = existing->checkOutTime;
    }

    // Which action the scan asks for, or which refusal it gets.
    std::optional<Action> action;
    switch (request.mode) {
        case DoorMode::Auto:
            if (!hasEntered) {
                action = Action::CheckIn;
            } else if (inside) {
                TimePoint lastIn = existing->lastInTime.value_or(*existing->checkInTime);
                if (now - lastIn < policy_.dedupWindow)
                    result.outcome = Outcome::AlreadyCheckedIn;
                else
                    action = Action::CheckOut;
            } else if (existing->checkOutTime && now - *existing->checkOutTime < policy_.dedupWindow) {
                // The same badge shown twice on the way out: the second scan
                // is the first one repeated, not a wish to come back in.
                result.outcome = Outcome::AlreadyCheckedOut;
            } else {
                action = Action::BackIn;
            }
            break;
        case DoorMode::InOnly:
            if (!hasEntered)
                action = Action::CheckIn;
            else if (inside)
                result.outcome = Outcome::AlreadyCheckedIn;
            else
                action = Action::BackIn;
            break;
        case DoorMode::OutOnly:
            if (!hasEntered)
                result.outcome = Outcome::NotCheckedIn;
            else if (inside)
                action = Action::CheckOut;
            else
                result.outcome = Outcome::AlreadyCheckedOut;
            break;
    }
    if (!action) {
        result.reason = stateRefusal(result.outcome);
        return result;
    }

    bool entering = *action != Action::CheckOut;
    if (entering && event.capacity && !request.overrideCapacity &&
        attendance::countInside(db_, event.id) >= *event.capacity) {
        result.outcome = Outcome::EventFull;
        result.reason = Refusal::CapacityReached;
        return result;
    }

    // An RSVP row pulled from HQ (attended = false) keeps HQ's id.
    AttendanceRecord row = existing.value_or(AttendanceRecord{attendanceId(event.id, member.id), event.id, member.id,
                                                              false, std::nullopt, std::nullopt, std::nullopt});
    switch (*action) {
        case Action::CheckIn:
            row.attended = true;
            row.checkInTime = now;
            row.checkOutTime.reset();
            row.lastInTime = now;
            result.outcome = Outcome::CheckedIn;
            break;
        case Action::BackIn:
            row.checkOutTime.reset();  // the first check-in time stays
            row.lastInTime = now;
            result.outcome = Outcome::BackIn;
            break;
        case Action::CheckOut:
            result.stayed = now - row.lastInTime.value_or(*row.checkInTime);
            row.checkOutTime = now;
            result.outcome = Outcome::CheckedOut;
            break;
    }
    attendance::save(db_, row);
    queueAttendance(db_, row, !existing, now);
    result.checkInTime = row.checkInTime;
    result.checkOutTime = row.checkOutTime;

    // One loyalty record per member and event, on the first check-in only.
    if (*action == Action::CheckIn && policy_.pointsPerAttendance > 0) {
        std::string loyaltyId = attendanceLoyaltyId(event.id, member.id);
        if (!loyalty::findById(db_, loyaltyId)) {
            std::int64_t total = loyalty::unexpiredPoints(db_, member.id, now) + policy_.pointsPerAttendance;
            LoyaltyRecord record{
                loyaltyId,
                member.id,
                "Attended " + event.name,
                tierForPoints(total),
                policy_.pointsPerAttendance,
                std::nullopt,
                now,
                policy_.pointsExpireAfter ? std::optional<TimePoint>(now + *policy_.pointsExpireAfter) : std::nullopt};
            loyalty::save(db_, record);
            outbox::enqueue(db_, "loyalty", record.id, "create", hqjson::toJson(record).dump(), now);
            result.pointsAwarded = policy_.pointsPerAttendance;
        }
    }
    return result;
}

}  // namespace credopass
