#pragma once
// Attendance records: who came to which event, and when.

#include "model/records.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace credopass::storage::attendance {

std::optional<AttendanceRecord> find(Database& db, std::string_view eventId, std::string_view patronId);
std::optional<AttendanceRecord> findById(Database& db, std::string_view id);
// Inserts, or replaces the row with the same id.
void save(Database& db, const AttendanceRecord& r);
// Members currently inside: checked in and not out.
std::int64_t countInside(Database& db, std::string_view eventId);
// The event a member is still inside of that ended at or after `endedSince`
// (the latest such), for checking out after an event's end.
std::optional<std::string> insideEventEndedSince(Database& db, std::string_view patronId, TimePoint endedSince);
std::int64_t countAttended(Database& db, std::string_view eventId);
// The record `ourId` and its changes still in the outbox take HQ's id
// `hqId` (HQ held a row for the same visit before ours arrived). False when
// there is no such record here, or a row with `hqId` exists already.
bool adoptId(Database& db, std::string_view ourId, std::string_view hqId);
// Every record of one event, in no particular order.
std::vector<AttendanceRecord> forEvent(Database& db, std::string_view eventId);

// A row for lists and exports: the record with the member's name.
using Entry = AttendanceEntry;
// Newest check-in first; every event when eventId is empty.
std::vector<Entry> list(Database& db, std::string_view eventId = {});
// Check-in times of an event, for the arrivals chart.
std::vector<TimePoint> checkInTimes(Database& db, std::string_view eventId);

}  // namespace credopass::storage::attendance
