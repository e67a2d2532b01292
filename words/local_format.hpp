#pragma once
// Times, dates and numbers as the current language writes them: its clock
// (24-hour or "7:05 pm"), its date order, its month and day names, its digit
// grouping. The conventions come from the language's catalogue (each pattern
// is a translatable string with a context), not from the system's locales:
// a kiosk may have generated none but one, and the door's language changes
// per member while the system's does not.

#include "common/time.hpp"

#include <string>

namespace credopass::words {

std::string number(long long n);       // "1,250", "1.250", "1 250"
std::string timeOfDay(TimePoint t);    // "18:55", "6:55 pm"
std::string dayAndTime(TimePoint t);   // "Sat 17 Jan 18:55", "Sa., 17. Jan. 18:55"
std::string dateAndTime(TimePoint t);  // "2026-01-17 18:55", "17.01.2026 18:55"
std::string duration(Millis d);        // "2 h 35 min", "12 min", "under a minute"
bool sameLocalDay(TimePoint a, TimePoint b);

}  // namespace credopass::words
