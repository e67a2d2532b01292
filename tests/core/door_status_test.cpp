#include "core/door_status.hpp"

#include <catch2/catch.hpp>

using namespace credopass;

namespace {
TimePoint at(const char* iso) {
    return *parseIso(iso);
}
}  // namespace

TEST_CASE("arrivals fall into 10-minute bins ending with the current one") {
    std::vector<TimePoint> times{at("2026-01-16T18:01:00Z"), at("2026-01-16T18:09:59Z"), at("2026-01-16T18:10:00Z"),
                                 at("2026-01-16T18:35:00Z")};
    auto a = binArrivals(times, at("2026-01-16T18:41:00Z"), 18);
    CHECK(a.firstBinStart == at("2026-01-16T18:00:00Z"));
    CHECK(a.perTenMinutes == std::vector<int>{2, 1, 0, 1, 0});
}

TEST_CASE("arrivals older than the window are left out") {
    std::vector<TimePoint> times{at("2026-01-16T10:00:00Z"), at("2026-01-16T18:35:00Z")};
    auto a = binArrivals(times, at("2026-01-16T18:41:00Z"), 3);
    CHECK(a.firstBinStart == at("2026-01-16T18:20:00Z"));
    CHECK(a.perTenMinutes == std::vector<int>{0, 1, 0});
}

TEST_CASE("no arrivals yet is one empty bin") {
    auto a = binArrivals({}, at("2026-01-16T18:41:00Z"), 18);
    CHECK(a.perTenMinutes == std::vector<int>{0});
}

TEST_CASE("the next event is the first scheduled or ongoing one still to start") {
    auto make = [](const char* name, const char* start, EventStatus status) {
        Event e;
        e.name = name;
        e.startTime = at(start);
        e.endTime = e.startTime + std::chrono::hours(2);
        e.status = status;
        return e;
    };
    std::vector<Event> events{make("Past", "2026-01-10T19:00:00Z", EventStatus::Completed),
                              make("Later", "2026-01-31T19:00:00Z", EventStatus::Scheduled),
                              make("Cancelled", "2026-01-18T19:00:00Z", EventStatus::Cancelled),
                              make("Draft", "2026-01-18T20:00:00Z", EventStatus::Draft),
                              make("Soon", "2026-01-24T19:00:00Z", EventStatus::Scheduled)};
    auto next = nextEvent(events, at("2026-01-17T12:00:00Z"));
    REQUIRE(next);
    CHECK(next->name == "Soon");
    CHECK_FALSE(nextEvent(events, at("2026-02-01T00:00:00Z")));
}
