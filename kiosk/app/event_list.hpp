#pragma once
// The events staff choose from to pin one, in the order they look for them:
// tonight's first (open now, or starting today), then what is coming, then
// the past, newest first. A completed event from two weeks ago is at the end
// of the list, never beside tonight's.

#include "model/records.hpp"

#include <vector>

namespace credopass::kiosk {

enum class EventWhen { Today, Coming, Past };

// Open now, or starting on `now`'s local day: Today. Starting later: Coming.
EventWhen eventWhen(const Event& event, TimePoint now);

// `events` in that order: Today and Coming by start time, Past latest first.
std::vector<Event> eventsToPin(std::vector<Event> events, TimePoint now);

}  // namespace credopass::kiosk
