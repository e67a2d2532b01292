#include "tests/core/door_fixture.hpp"

#include "storage/events.hpp"
#include "storage/members.hpp"

#include <catch2/catch.hpp>

namespace credopass::test {

TimePoint at(const char* iso) {
    auto t = parseIso(iso);
    REQUIRE(t);
    return *t;
}

Member makeMember(const std::string& id, const std::string& first, const std::string& last) {
    TimePoint joined = at("2025-01-01T00:00:00.000Z");
    return Member{id, first + "." + last + "@example.com", first, last, std::nullopt, joined, joined};
}

Event makeEvent(const std::string& id, const std::string& name, EventStatus status, TimePoint start, TimePoint end,
                std::optional<std::int64_t> capacity) {
    TimePoint created = at("2025-12-01T00:00:00.000Z");
    return Event{id,
                 name,
                 std::nullopt,
                 status,
                 start,
                 end,
                 "Main Sanctuary",
                 capacity,
                 "c8d29186-85f7-5b02-8ac2-0f121fb7c38e",
                 created,
                 created};
}

namespace {
storage::Database openDb(const TempDir& dir) {
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    return std::move(db).value();
}
}  // namespace

DoorFixture::DoorFixture()
    : db(openDb(dir)),
      jane(makeMember("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", "Jane", "Smith")),
      john(makeMember("c8d29186-85f7-5b02-8ac2-0f121fb7c38e", "John", "Doe")),
      jazz(makeEvent("d87d2b28-ff03-5d2c-b58f-21d90199c062", "Friday Jazz Night", EventStatus::Scheduled,
                     at("2026-01-17T19:00:00.000Z"), at("2026-01-17T21:00:00.000Z"), 500)),
      door(db, clock) {
    storage::members::upsert(db, jane);
    storage::members::upsert(db, john);
    storage::events::upsert(db, jazz);
}

CheckinResult DoorFixture::scan(const std::string& memberId, DoorMode mode, std::optional<std::string> event,
                                bool overrideCapacity) {
    auto result = door.checkin(CheckinRequest{memberId, std::move(event), mode, overrideCapacity});
    REQUIRE(result.ok());
    return *result;
}

std::int64_t DoorFixture::countRows(const char* table) {
    auto q = db.query(std::string("SELECT count(*) FROM ") + table);  // table names are test constants
    q->step();
    return q->integer(0);
}

}  // namespace credopass::test
