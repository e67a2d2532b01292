#include "common/time.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace std::chrono;

TEST_CASE("ISO 8601 times round-trip in HQ's format") {
    auto t = parseIso("2026-01-11T10:00:00.000Z");
    REQUIRE(t);
    CHECK(formatIso(*t) == "2026-01-11T10:00:00.000Z");
    CHECK(t->time_since_epoch() == Millis(1768125600000));
}

TEST_CASE("parseIso applies offsets and keeps milliseconds") {
    CHECK(formatIso(*parseIso("2026-01-17T19:55:00.5+01:00")) == "2026-01-17T18:55:00.500Z");
    CHECK(formatIso(*parseIso("2026-01-17T13:55:00-05:00")) == "2026-01-17T18:55:00.000Z");
    CHECK(formatIso(*parseIso("2026-01-17 18:55:00.123456Z")) == "2026-01-17T18:55:00.123Z");
    CHECK(formatIso(*parseIso("2024-02-29T23:59:59.999Z")) == "2024-02-29T23:59:59.999Z");
}

TEST_CASE("parseIso rejects what HQ would misread or what is not a time") {
    CHECK_FALSE(parseIso("2026-01-11T10:00:00"));  // no zone: HQ would read it in its own zone
    CHECK(parseIso("2026-01-11T10:00:00", true));
    CHECK_FALSE(parseIso(""));
    CHECK_FALSE(parseIso("yesterday"));
    CHECK_FALSE(parseIso("2026-02-30T10:00:00Z"));
    CHECK_FALSE(parseIso("2026-01-11T25:00:00Z"));
    CHECK_FALSE(parseIso("2026-01-11T10:00:00Zjunk"));
    CHECK_FALSE(parseIso("2026-01-11T10:00:00.Z"));
}

TEST_CASE("durations read naturally") {
    CHECK(formatDuration(hours(2) + minutes(35)) == "2 h 35 min");
    CHECK(formatDuration(minutes(12)) == "12 min");
    CHECK(formatDuration(hours(3)) == "3 h");
    CHECK(formatDuration(seconds(20)) == "under a minute");
}
