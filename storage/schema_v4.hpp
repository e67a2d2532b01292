#pragma once
// Schema version 4: fewer indexes on the rows every check-in writes. Each
// index is one more b-tree insert and one more page in the WAL before the
// commit's fsync, on the door's critical path. These served no query:
//  - attendance (eventId): the unique (eventId, patronId) index has the same prefix;
//  - attendance (attended): a boolean; every query on it also names the event;
//  - loyalty (tier): nothing looks loyalty up by tier;
//  - events (status): (status, startTime) of version 3 has the same prefix.

namespace credopass::storage {

inline constexpr const char* kSchemaV4 = R"sql(
DROP INDEX IF EXISTS idx_attendance_eventId;
DROP INDEX IF EXISTS idx_attendance_attended;
DROP INDEX IF EXISTS idx_loyalty_tier;
DROP INDEX IF EXISTS idx_events_status;
)sql";

}  // namespace credopass::storage
