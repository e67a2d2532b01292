#include "core/door.hpp"

#include "common/uuid.hpp"
#include "core/door_records.hpp"
#include "core/record_ids.hpp"
#include "storage/attendance.hpp"
#include "storage/clock_stamps.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/sqlite_error.hpp"

namespace credopass {
namespace {

using namespace storage;

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

}  // namespace

Door::Door(Database& db, const Clock& clock, DoorPolicy policy, Records records)
    : db_(db), clock_(clock), policy_(policy), records_(records) {}

Door::~Door() {
    // A clean stop leaves an empty log. Should this fail, the entries stay
    // and the next door finds their records already written.
    try {
        syncWritten();
    } catch (const StorageError&) {
    }
}

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
        settleOwed();
        std::optional<DoorIntent> intent;
        Result<CheckinResult> result = CheckinResult{};
        ClockReading reading;
        {
            ReadTransaction snapshot(db_);
            reading = readClock();
            result = decideAt(request, reading.time, intent);
        }
        if (!result || !intent) return result;
        // A database unlinked or replaced while the door runs (a card pulled
        // and reinserted, a mistaken rm) would take this check-in to a
        // deleted file: refuse to acknowledge it instead.
        if (db_.hasMoved() || log().hasMoved())
            return Error{StorageErrc::Moved, "the database file " + db_.path() +
                                                 " or its intent log was deleted or replaced while the kiosk ran; "
                                                 "nothing was written. Restart the kiosk with the right database."};
        intent->id = Uuid::random().toString();
        if (!reading.trusted) intent->untrusted = reading.boot;
        const std::int64_t seq = log().append(*intent);
        clock_.raiseFloor(reading.time);
        owed_.push_back(Owed{seq, std::move(*intent)});
        if (records_ == Records::WithAnswer) {
            // The action is acknowledged already: records that cannot be
            // written yet (the database busy past the wait) stay owed, safe in
            // the log, for the next call or the next door to open it.
            try {
                settleOwed();
            } catch (const StorageError&) {
            }
        }
        return result;
    } catch (const StorageError& e) {
        return e.error();
    }
}

Result<CheckinResult> Door::decideAt(const CheckinRequest& request, TimePoint now, std::optional<DoorIntent>& intent) {
    CheckinResult result;
    result.at = now;
    auto member = members::find(db_, request.memberId);
    if (!member) {
        result.outcome = Outcome::UnknownMember;
        result.reason = Refusal::UnknownMember;
        return result;
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
        result = decide(leaving, *member, *choice->event, now, intent);
    } else if (!choice->admits) {
        result.event = choice->event;
        result.outcome = Outcome::EventNotOpen;
        // A pass for tonight's cancelled event says "cancelled"; one for
        // next week's (or last month's) says it is the wrong event.
        const Event& e = *choice->event;
        result.reason =
            request.eventFromPass && !withinDoors(e, now, policy_.grace) ? Refusal::WrongEvent : refusalFor(e.status);
    } else {
        result = decide(request, *member, *choice->event, now, intent);
    }
    result.severalEvents = choice->openNow > 1;
    // The award is not written yet: it counts all the same.
    result.points = loyalty::unexpiredPoints(db_, member->id, now) + result.pointsAwarded;
    result.tier = tierForPoints(result.points);
    return result;
}

Status Door::settle() {
    try {
        settleOwed();
        return {};
    } catch (const StorageError& e) {
        return e.error();
    }
}

Status Door::syncRecords() {
    try {
        settleOwed();
        syncWritten();
        return {};
    } catch (const StorageError& e) {
        return e.error();
    }
}

IntentLog& Door::log() {
    if (!log_) {
        auto opened = IntentLog::open(db_.path());
        if (!opened) throw StorageError(opened.error());
        log_ = std::make_unique<IntentLog>(std::move(opened).value());
    }
    return *log_;
}

void Door::settleOwed() {
    if (!recovered_) {
        // Actions acknowledged before a crash, oldest first. This door owes
        // nothing of its own yet: checkin() appends only after this ran.
        for (auto& entry : log().all()) {
            // An entry this build cannot read stays in the log for an engineer;
            // it never stops the door.
            if (entry.intent) owed_.push_back(Owed{entry.seq, std::move(*entry.intent)});
        }
        recovered_ = true;
    }
    while (!owed_.empty()) {
        const Owed& next = owed_.front();
        {
            // Ordered only: until syncWritten(), the log entry keeps the action.
            Transaction tx(db_, Transaction::Commit::Ordered);
            if (writeRecords(db_, next.intent) == Taken::Now && next.intent.untrusted) clock_.noteUntrustedStamp();
            tx.commit();
        }
        unsynced_.push_back(next.seq);
        owed_.pop_front();
    }
    if (records_ == Records::WithAnswer || unsynced_.size() >= kMostUnsynced) syncWritten();
}

void Door::syncWritten() {
    if (unsynced_.empty()) return;
    db_.syncJournal();
    // After a power cut between these two, the entries come back and their
    // applied-notes (written with the records) make them no-ops.
    log().forget(unsynced_);
    unsynced_.clear();
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

CheckinResult Door::decide(const CheckinRequest& request, const Member& member, const Event& event, TimePoint now,
                           std::optional<DoorIntent>& intent) {
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
    std::optional<DoorAction> action;
    switch (request.mode) {
        case DoorMode::Auto:
            if (!hasEntered) {
                action = DoorAction::CheckIn;
            } else if (inside) {
                TimePoint lastIn = existing->lastInTime.value_or(*existing->checkInTime);
                if (now - lastIn < policy_.dedupWindow)
                    result.outcome = Outcome::AlreadyCheckedIn;
                else
                    action = DoorAction::CheckOut;
            } else if (existing->checkOutTime && now - *existing->checkOutTime < policy_.dedupWindow) {
                // The same badge shown twice on the way out: the second scan
                // is the first one repeated, not a wish to come back in.
                result.outcome = Outcome::AlreadyCheckedOut;
            } else {
                action = DoorAction::BackIn;
            }
            break;
        case DoorMode::InOnly:
            if (!hasEntered)
                action = DoorAction::CheckIn;
            else if (inside)
                result.outcome = Outcome::AlreadyCheckedIn;
            else
                action = DoorAction::BackIn;
            break;
        case DoorMode::OutOnly:
            if (!hasEntered)
                result.outcome = Outcome::NotCheckedIn;
            else if (inside)
                action = DoorAction::CheckOut;
            else
                result.outcome = Outcome::AlreadyCheckedOut;
            break;
    }
    if (!action) {
        result.reason = stateRefusal(result.outcome);
        return result;
    }

    bool entering = *action != DoorAction::CheckOut;
    if (entering && event.capacity && !request.overrideCapacity &&
        attendance::countInside(db_, event.id) >= *event.capacity) {
        result.outcome = Outcome::EventFull;
        result.reason = Refusal::CapacityReached;
        return result;
    }

    switch (*action) {
        case DoorAction::CheckIn:
            result.outcome = Outcome::CheckedIn;
            result.checkInTime = now;
            result.checkOutTime.reset();
            break;
        case DoorAction::BackIn:
            result.outcome = Outcome::BackIn;  // the first check-in time stays
            result.checkOutTime.reset();
            break;
        case DoorAction::CheckOut:
            result.outcome = Outcome::CheckedOut;
            result.stayed = now - existing->lastInTime.value_or(*existing->checkInTime);
            result.checkOutTime = now;
            break;
    }
    intent = DoorIntent{{}, *action, event.id, member.id, now, std::nullopt, std::nullopt};

    // One loyalty record per member and event, on the first check-in only.
    if (*action == DoorAction::CheckIn && policy_.pointsPerAttendance > 0) {
        std::string loyaltyId = attendanceLoyaltyId(event.id, member.id);
        if (!loyalty::findById(db_, loyaltyId)) {
            std::int64_t total = loyalty::unexpiredPoints(db_, member.id, now) + policy_.pointsPerAttendance;
            intent->award = LoyaltyRecord{
                loyaltyId,
                member.id,
                "Attended " + event.name,
                tierForPoints(total),
                policy_.pointsPerAttendance,
                std::nullopt,
                now,
                policy_.pointsExpireAfter ? std::optional<TimePoint>(now + *policy_.pointsExpireAfter) : std::nullopt};
            result.pointsAwarded = policy_.pointsPerAttendance;
        }
    }
    return result;
}

}  // namespace credopass
