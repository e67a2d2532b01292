// The order staff see events in when they pin one: tonight's first.
#include "kiosk/app/event_list.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <string>

using namespace credopass;
using namespace credopass::kiosk;
using namespace std::chrono_literals;

namespace {

// Local days are the subject: they are UTC's for the length of a test. The
// environment is the process's: these tests start no thread while they run.
// NOLINTBEGIN(concurrency-mt-unsafe)
struct UtcDays {
    std::string saved;
    bool had;
    UtcDays() : had(std::getenv("TZ") != nullptr) {
        if (had) saved = std::getenv("TZ");
        setenv("TZ", "UTC", 1);
        tzset();
    }
    ~UtcDays() {
        if (had)
            setenv("TZ", saved.c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }
    UtcDays(const UtcDays&) = delete;
    UtcDays& operator=(const UtcDays&) = delete;
};
// NOLINTEND(concurrency-mt-unsafe)

Event event(const std::string& id, TimePoint start, EventStatus status = EventStatus::Scheduled) {
    return Event{id,     "Event " + id, std::nullopt, status, start, start + 2h,
                 "Hall", std::nullopt,  "host",       start,  start};
}

}  // namespace

TEST_CASE("events to pin: today's by start, then what is coming, then the past, latest first") {
    UtcDays utc;
    const TimePoint now = *parseIso("2026-12-04T19:30:00Z");
    std::vector<Event> events{
        event("two-weeks-ago", now - 14 * 24h, EventStatus::Completed),
        event("next-week", now + 7 * 24h),
        event("tonight-late", *parseIso("2026-12-04T22:00:00Z")),
        event("yesterday", now - 24h, EventStatus::Completed),
        event("open-now", now - 30min, EventStatus::Ongoing),
        event("this-morning", *parseIso("2026-12-04T08:00:00Z"), EventStatus::Completed),
        event("tomorrow", *parseIso("2026-12-05T01:00:00Z")),
    };
    std::vector<std::string> order;
    for (const Event& e : eventsToPin(events, now))
        order.push_back(e.id);
    CHECK(order == std::vector<std::string>{"this-morning", "open-now", "tonight-late", "tomorrow", "next-week",
                                            "yesterday", "two-weeks-ago"});
}

TEST_CASE("an event open now is today's even when it started yesterday") {
    UtcDays utc;
    const TimePoint now = *parseIso("2026-12-05T00:30:00Z");
    Event overnight = event("overnight", *parseIso("2026-12-04T23:00:00Z"), EventStatus::Ongoing);
    CHECK(eventWhen(overnight, now) == EventWhen::Today);
    CHECK(eventWhen(overnight, now + 2h) == EventWhen::Past);  // over, and begun another day
    CHECK(eventWhen(event("soon", now + 48h), now) == EventWhen::Coming);
}

TEST_CASE("no events, no rows") {
    CHECK(eventsToPin({}, TimePoint{}).empty());
}
