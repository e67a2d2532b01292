#pragma once
// Times travel as ISO 8601 UTC text with milliseconds ("2026-01-11T10:00:00.000Z"),
// the HQ's own format; in memory they are milliseconds since the Unix epoch.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace credopass {

using Millis = std::chrono::milliseconds;
using TimePoint = std::chrono::sys_time<Millis>;

// "2026-01-11T10:00:00.000Z"
std::string formatIso(TimePoint t);

// Accepts "YYYY-MM-DDTHH:MM[:SS[.fff...]]" followed by "Z" or "+HH:MM"/"-HH:MM"
// (a space may stand for the "T"). A time without a zone is rejected unless
// assumeUtcWithoutZone: HQ reads zoneless times in its own zone, so we never do.
// A time whose UTC year falls outside 0000-9999 (an offset applied to
// "0000-01-01T00:00" or "9999-12-31T23:00") is rejected: formatIso could not
// write it back, so formatIso(parseIso(s)) always parses again.
std::optional<TimePoint> parseIso(std::string_view text, bool assumeUtcWithoutZone = false);

// Wall-clock forms for people, in the device's local time zone.
std::string formatLocalHourMinute(TimePoint t);  // "18:55"
std::string formatLocalDateTime(TimePoint t);    // "2026-01-17 18:55"
std::string formatLocalDayTime(TimePoint t);     // "Sat 17 Jan 18:55": for members, short and unambiguous

// "2 h 35 min", "12 min", "under a minute"
std::string formatDuration(Millis d);

}  // namespace credopass
