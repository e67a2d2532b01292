// Re-stamping: the times a boot wrote under an untrusted clock, replaced by
// the true ones in every column and queued payload, in one pass.
#include "storage/clock_stamps.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::storage;
using namespace std::chrono_literals;

namespace {

const TimePoint kBuilt = *parseIso("2026-11-30T09:00:00.000Z");  // where an unknown clock starts
const std::string kJane = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";
const std::string kEvent = "d87d2b28-ff03-5d2c-b58f-21d90199c062";
const std::string kRow = "2f9a0c8e-5d4b-5b7e-9a51-3c8f0e2d6b14";

std::string quoted(TimePoint t) {
    return "\"" + formatIso(t) + "\"";
}

struct Fixture {
    test::TempDir dir;
    Database db = std::move(Database::open(dir.file("kiosk.db"))).value();

    Fixture() {
        members::upsert(db, Member{kJane, "jane@example.com", "Jane", "Smith", std::nullopt, kBuilt, kBuilt});
        events::upsert(db, Event{kEvent, "Jazz", std::nullopt, EventStatus::Ongoing, kBuilt, kBuilt + 2h, "Hall",
                                 std::nullopt, kJane, kBuilt, kBuilt});
    }
};

}  // namespace

TEST_CASE_METHOD(Fixture, "a boot's stamps are replaced everywhere they were written; another boot's stay") {
    // Boot A wrote a check-in at kBuilt (10 s after boot) and a check-out one
    // second later; boot B, another evening, one time of its own.
    const TimePoint in = kBuilt, out = kBuilt + 1s, other = kBuilt + 5s;
    clock_stamps::record(db, in, {"boot-a", 10'000ms});
    clock_stamps::record(db, out, {"boot-a", 11'000ms});
    clock_stamps::record(db, other, {"boot-b", 3'000ms});
    attendance::save(db, AttendanceRecord{kRow, kEvent, kJane, true, in, out, in});
    loyalty::save(db, LoyaltyRecord{kRow, kJane, "Attended at " + formatIso(in), Tier::Bronze, 10, std::nullopt, in,
                                    std::nullopt});
    const std::string payload =
        "{\"id\":\"" + kRow + "\",\"checkInTime\":" + quoted(in) + ",\"checkOutTime\":" + quoted(out) + "}";
    outbox::enqueue(db, "attendance", kRow, "update", payload, out);
    outbox::enqueue(db, "loyalty", kRow, "create", "{\"issuedAt\":" + quoted(other) + "}", other);

    // The true time was 2026-12-04T20:00:00Z at 12 s into boot A.
    const TimePoint trueAt = *parseIso("2026-12-04T20:00:00.000Z");
    CHECK(clock_stamps::restamp(db, "boot-a", trueAt, 12'000ms) == 2);
    const TimePoint trueIn = trueAt - 2s, trueOut = trueAt - 1s;

    auto row = attendance::find(db, kEvent, kJane);
    REQUIRE(row);
    CHECK(row->checkInTime == trueIn);
    CHECK(row->checkOutTime == trueOut);
    CHECK(row->lastInTime == trueIn);
    auto points = loyalty::findById(db, kRow);
    REQUIRE(points);
    CHECK(points->issuedAt == trueIn);
    CHECK(points->description == "Attended at " + formatIso(in));  // not a quoted time: text stays
    auto queued = outbox::all(db);
    REQUIRE(queued.size() == 2);
    CHECK(queued[0].payload ==
          "{\"id\":\"" + kRow + "\",\"checkInTime\":" + quoted(trueIn) + ",\"checkOutTime\":" + quoted(trueOut) + "}");
    CHECK(queued[0].queuedAt == trueOut);
    CHECK(queued[1].payload == "{\"issuedAt\":" + quoted(other) + "}");  // boot B's
    CHECK(queued[1].queuedAt == other);
    CHECK(clock_stamps::count(db, "boot-a") == 0);
    CHECK(clock_stamps::count(db, "boot-b") == 1);
}

TEST_CASE_METHOD(Fixture, "a stamp's true time that is another stamp's old text is not replaced twice") {
    // One second apart, and the true times one second later: the first one's
    // true time is the second one's stamp. Replaced one after the other, the
    // first would be moved on again with the second.
    const TimePoint first = kBuilt, second = kBuilt + 1s;
    clock_stamps::record(db, first, {"boot-a", 10'000ms});
    clock_stamps::record(db, second, {"boot-a", 11'000ms});
    attendance::save(db, AttendanceRecord{kRow, kEvent, kJane, true, first, second, first});
    outbox::enqueue(db, "attendance", kRow, "update",
                    "{\"checkInTime\":" + quoted(first) + ",\"checkOutTime\":" + quoted(second) + "}", second);

    CHECK(clock_stamps::restamp(db, "boot-a", kBuilt + 2s, 11'000ms) == 2);
    auto row = attendance::find(db, kEvent, kJane);
    REQUIRE(row);
    CHECK(row->checkInTime == kBuilt + 1s);
    CHECK(row->checkOutTime == kBuilt + 2s);
    CHECK(outbox::all(db).at(0).payload ==
          "{\"checkInTime\":" + quoted(kBuilt + 1s) + ",\"checkOutTime\":" + quoted(kBuilt + 2s) + "}");
}

TEST_CASE_METHOD(Fixture, "re-stamping a boot with no stamps changes nothing") {
    attendance::save(db, AttendanceRecord{kRow, kEvent, kJane, true, kBuilt, std::nullopt, kBuilt});
    CHECK(clock_stamps::restamp(db, "boot-a", kBuilt + 24h, 0ms) == 0);
    CHECK(attendance::find(db, kEvent, kJane)->checkInTime == kBuilt);
}

TEST_CASE_METHOD(Fixture, "records holding a waiting stamp are not due; the limit counts only those that are") {
    const TimePoint held = kBuilt + 1s;
    clock_stamps::record(db, held, {"boot-a", 10'000ms});
    for (int i = 0; i < 3; ++i)
        outbox::enqueue(db, "attendance", kRow, "update", "{\"checkInTime\":" + quoted(held) + "}", kBuilt);
    for (int i = 0; i < 3; ++i)
        outbox::enqueue(db, "attendance", kRow, "update", "{\"checkInTime\":" + quoted(kBuilt) + "}", kBuilt);
    // A stamp's text that is not a JSON string of its own holds nothing back.
    outbox::enqueue(db, "loyalty", kRow, "create", "{\"description\":\"at " + formatIso(held) + "\"}", kBuilt);

    auto due = outbox::due(db, kBuilt + 1h, 2);
    REQUIRE(due.size() == 2);
    CHECK(due[0].seq == 4);
    CHECK(due[1].seq == 5);
    CHECK(outbox::due(db, kBuilt + 1h, 10).size() == 4);

    const auto waiting = clock_stamps::Waiting::load(db);
    CHECK(waiting.heldIn("{\"a\":1,\"checkOutTime\":" + quoted(held) + "}"));
    CHECK_FALSE(waiting.heldIn("{\"checkOutTime\":\"" + formatIso(held) + "x\"}"));
    CHECK_FALSE(waiting.heldIn(quoted(held).substr(0, 10)));
    CHECK_FALSE(waiting.heldIn(""));

    clock_stamps::release(db, "boot-a");
    CHECK(outbox::due(db, kBuilt + 1h, 10).size() == 7);
}
