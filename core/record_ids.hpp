#pragma once
// Record ids derived from what they record: two kiosks that check the same
// member into the same event while offline mint the same ids, so HQ ends up
// with one row, not two. Version 5 UUIDs under credopassNamespace().

#include <string>
#include <string_view>

namespace credopass {

std::string attendanceId(std::string_view eventId, std::string_view patronId);
// The loyalty record for attending that event.
std::string attendanceLoyaltyId(std::string_view eventId, std::string_view patronId);

}  // namespace credopass
