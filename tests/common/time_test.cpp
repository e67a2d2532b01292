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

TEST_CASE("parseIso refuses a time an offset carries out of years 0000-9999, so every parsed time formats back") {
    // Valid ISO 8601, but in UTC year -1 and year 10000: stored with formatIso, unreadable ever after.
    CHECK_FALSE(parseIso("0000-01-01T00:00:00+01:00"));
    CHECK_FALSE(parseIso("9999-12-31T23:00:00-05:00"));
    CHECK_FALSE(parseIso("9999-12-31T23:59:59.999-00:01"));
    // The edges themselves stay readable.
    CHECK(formatIso(*parseIso("0000-01-01T00:00:00Z")) == "0000-01-01T00:00:00.000Z");
    CHECK(formatIso(*parseIso("9999-12-31T23:59:59.999Z")) == "9999-12-31T23:59:59.999Z");
    CHECK(formatIso(*parseIso("0000-01-01T01:00:00+01:00")) == "0000-01-01T00:00:00.000Z");
    for (const char* text : {"0000-01-01T00:00:00+01:00", "9999-12-31T23:00:00-05:00", "0000-01-01T00:00:00-23:59",
                             "9999-12-31T00:00:00+23:59", "1970-01-01T00:00:00Z", "2026-01-17T19:55:00.5+01:00"}) {
        INFO(text);
        if (auto t = parseIso(text)) CHECK(parseIso(formatIso(*t)) == t);
    }
}

TEST_CASE("formatIso writes every field at its width, before 1970 and at the ends of year 0..9999 too") {
    using namespace std::chrono;
    CHECK(formatIso(TimePoint{} - Millis{1}) == "1969-12-31T23:59:59.999Z");
    CHECK(formatIso(TimePoint{}) == "1970-01-01T00:00:00.000Z");
    CHECK(formatIso(*parseIso("0000-01-01T00:00:00.000Z")) == "0000-01-01T00:00:00.000Z");
    CHECK(formatIso(*parseIso("9999-12-31T23:59:59.999Z")) == "9999-12-31T23:59:59.999Z");
    CHECK(formatIso(*parseIso("2026-03-04T05:06:07.008Z")) == "2026-03-04T05:06:07.008Z");
    // Outside what parseIso accepts, still a readable time rather than garbage.
    CHECK(formatIso(TimePoint{sys_days{year{10000} / January / 2}}) == "10000-01-02T00:00:00.000Z");
}

TEST_CASE("formatLocalDayTime names the day and month in English, whatever the locale") {
    const TimePoint t = *parseIso("2026-01-24T12:30:00Z");
    const std::string s = formatLocalDayTime(t);
    // The local day depends on the zone: check the shape and that it agrees with formatLocalDateTime.
    const std::string iso = formatLocalDateTime(t);
    CHECK(s.substr(s.size() - 5) == iso.substr(11, 5));
    CHECK(s.find(std::to_string(std::stoi(iso.substr(8, 2)))) != std::string::npos);
    CHECK((s.rfind("Fri ", 0) == 0 || s.rfind("Sat ", 0) == 0 || s.rfind("Sun ", 0) == 0));
    CHECK(s.find(" Jan ") != std::string::npos);
}
