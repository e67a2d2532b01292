#include "core/door_records.hpp"

#include "core/hq_json.hpp"
#include "core/record_ids.hpp"
#include "storage/applied_intents.hpp"
#include "storage/attendance.hpp"
#include "storage/clock_stamps.hpp"
#include "storage/loyalty.hpp"
#include "storage/outbox.hpp"

namespace credopass {

Taken writeRecords(storage::Database& db, const DoorIntent& intent) {
    using namespace storage;
    if (applied_intents::contains(db, intent.id)) return Taken::Before;
    const TimePoint at = intent.at;
    auto existing = attendance::find(db, intent.eventId, intent.memberId);
    // An RSVP row pulled from HQ (attended = false) keeps HQ's id.
    AttendanceRecord row =
        existing.value_or(AttendanceRecord{attendanceId(intent.eventId, intent.memberId), intent.eventId,
                                           intent.memberId, false, std::nullopt, std::nullopt, std::nullopt});
    switch (intent.action) {
        case DoorAction::CheckIn:
            row.attended = true;
            row.checkInTime = at;
            row.checkOutTime.reset();
            row.lastInTime = at;
            break;
        case DoorAction::BackIn:
            row.attended = true;
            if (!row.checkInTime) row.checkInTime = at;
            row.checkOutTime.reset();  // the first check-in time stays
            row.lastInTime = at;
            break;
        case DoorAction::CheckOut:
            row.attended = true;
            if (!row.checkInTime) row.checkInTime = at;
            row.checkOutTime = at;
            break;
    }
    attendance::save(db, row);
    outbox::enqueue(db, "attendance", row.id, existing ? "update" : "create", hqjson::toJson(row).dump(), at);
    // One loyalty record per member and event, on the first check-in only.
    if (intent.award && !loyalty::findById(db, intent.award->id)) {
        loyalty::save(db, *intent.award);
        outbox::enqueue(db, "loyalty", intent.award->id, "create", hqjson::toJson(*intent.award).dump(), at);
    }
    if (intent.untrusted) clock_stamps::record(db, at, *intent.untrusted);
    applied_intents::mark(db, intent.id, at);
    return Taken::Now;
}

}  // namespace credopass
