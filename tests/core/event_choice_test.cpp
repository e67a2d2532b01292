#include "core/event_choice.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

#include <vector>

using namespace credopass;
using namespace credopass::test;
using namespace std::chrono_literals;

TEST_CASE("event choice follows status and the grace window") {
    Event jazz = makeEvent("d87d2b28-ff03-5d2c-b58f-21d90199c062", "Jazz", EventStatus::Scheduled,
                           at("2026-01-17T19:00:00.000Z"), at("2026-01-17T21:00:00.000Z"));
    std::vector<Event> events{jazz};
    CHECK(chooseEvent(events, at("2026-01-17T18:30:00.000Z"), 30min).event);
    CHECK_FALSE(chooseEvent(events, at("2026-01-17T18:29:59.999Z"), 30min).event);
    CHECK_FALSE(chooseEvent(events, at("2026-01-17T18:40:00.000Z"), 15min).event);
    CHECK(chooseEvent(events, at("2026-01-17T21:00:00.000Z"), 30min).event);
    CHECK_FALSE(chooseEvent(events, at("2026-01-17T21:00:00.001Z"), 30min).event);

    for (EventStatus closed : {EventStatus::Draft, EventStatus::Completed, EventStatus::Cancelled}) {
        events[0].status = closed;
        CHECK_FALSE(chooseEvent(events, at("2026-01-17T19:30:00.000Z"), 30min).event);
        CHECK_FALSE(choosePinned(events[0]).admits);
    }
    events[0].status = EventStatus::Ongoing;
    CHECK(chooseEvent(events, at("2026-01-18T05:00:00.000Z"), 30min).event);
    CHECK(choosePinned(events[0]).admits);
}

TEST_CASE("of several open events the latest start wins") {
    std::vector<Event> events{
        makeEvent("a87d2b28-ff03-5d2c-b58f-21d90199c062", "A", EventStatus::Ongoing, at("2026-01-17T08:00:00.000Z"),
                  at("2026-01-17T23:00:00.000Z")),
        makeEvent("b87d2b28-ff03-5d2c-b58f-21d90199c062", "B", EventStatus::Scheduled, at("2026-01-17T19:00:00.000Z"),
                  at("2026-01-17T21:00:00.000Z")),
        makeEvent("c87d2b28-ff03-5d2c-b58f-21d90199c062", "C", EventStatus::Scheduled, at("2026-01-17T18:00:00.000Z"),
                  at("2026-01-17T22:00:00.000Z")),
    };
    auto choice = chooseEvent(events, at("2026-01-17T19:10:00.000Z"), 30min);
    REQUIRE(choice.event);
    CHECK(choice.event->name == "B");
    CHECK(chooseEvent(events, at("2026-01-17T18:10:00.000Z"), 30min).event->name == "C");
    CHECK(chooseEvent(events, at("2026-01-17T22:30:00.000Z"), 30min).event->name == "A");
}
