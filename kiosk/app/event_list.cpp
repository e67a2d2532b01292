#include "kiosk/app/event_list.hpp"

#include "words/local_format.hpp"

#include <algorithm>
#include <tuple>

namespace credopass::kiosk {

EventWhen eventWhen(const Event& event, TimePoint now) {
    const bool openNow = event.startTime <= now && now <= event.endTime;
    if (openNow || words::sameLocalDay(event.startTime, now)) return EventWhen::Today;
    return event.startTime > now ? EventWhen::Coming : EventWhen::Past;
}

std::vector<Event> eventsToPin(std::vector<Event> events, TimePoint now) {
    auto key = [now](const Event& e) {
        const EventWhen when = eventWhen(e, now);
        // Past events latest first: their start time, negated, sorts that way.
        const auto start = e.startTime.time_since_epoch().count();
        return std::make_tuple(static_cast<int>(when), when == EventWhen::Past ? -start : start, e.id);
    };
    std::sort(events.begin(), events.end(), [&](const Event& a, const Event& b) { return key(a) < key(b); });
    return events;
}

}  // namespace credopass::kiosk
