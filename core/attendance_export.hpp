#pragma once
// Attendance as CSV, for staff exports (USB stick, kioskctl).

#include "common/result.hpp"
#include "storage/database.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace credopass {

// Header: id,eventId,eventName,patronId,firstName,lastName,email,attended,checkInTime,checkOutTime
// Times in ISO 8601 UTC. Every event when eventId is empty.
Status writeAttendanceCsv(storage::Database& db, std::string_view eventId, std::ostream& out);

// Writes to `path` through a temporary file renamed into place, so a pulled
// USB stick leaves either the old file or the whole new one. Returns rows written.
Result<std::size_t> exportAttendanceCsv(storage::Database& db, std::string_view eventId, const std::string& path);

}  // namespace credopass
