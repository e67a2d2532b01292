#include "storage/attendance.hpp"
#include "storage/audit.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "storage/settings.hpp"
#include "storage/sqlite_error.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::storage;
using namespace std::chrono_literals;

namespace {

const TimePoint kT0 = *parseIso("2026-01-17T18:00:00.000Z");

Member member(const std::string& id, const std::string& first, const std::string& last, const std::string& email) {
    return Member{id, email, first, last, std::nullopt, kT0, kT0};
}

struct Fixture {
    test::TempDir dir;
    Database db = std::move(Database::open(dir.file("kiosk.db"))).value();
    Member jane = member("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", "Jane", "Smith", "jane@example.com");
    Member john = member("c8d29186-85f7-5b02-8ac2-0f121fb7c38e", "John", "Doe", "john@example.com");
    Event jazz{"d87d2b28-ff03-5d2c-b58f-21d90199c062",
               "Friday Jazz Night",
               std::nullopt,
               EventStatus::Scheduled,
               kT0,
               kT0 + 2h,
               "Main Sanctuary",
               500,
               "c8d29186-85f7-5b02-8ac2-0f121fb7c38e",
               kT0,
               kT0};

    Fixture() {
        members::upsert(db, jane);
        members::upsert(db, john);
        events::upsert(db, jazz);
    }
};

}  // namespace

TEST_CASE_METHOD(Fixture, "members are found by id and searched by name or email") {
    auto found = members::find(db, jane.id);
    REQUIRE(found);
    CHECK(found->fullName() == "Jane Smith");
    CHECK_FALSE(members::find(db, "00000000-0000-4000-8000-000000000000"));
    CHECK(members::search(db, "smi").size() == 1);
    CHECK(members::search(db, "JOHN@").size() == 1);
    CHECK(members::search(db, "e ").size() == 1);  // "Jane Smith" has "e S"
    CHECK(members::search(db, "%").empty());       // wildcards are text
    CHECK(members::search(db, "_").empty());
    CHECK(members::count(db) == 2);
}

TEST_CASE_METHOD(Fixture, "upsert updates a member in place") {
    Member changed = jane;
    changed.lastName = "Smith-Jones";
    members::upsert(db, changed);
    CHECK(members::find(db, jane.id)->lastName == "Smith-Jones");
    CHECK(members::count(db) == 2);
}

TEST_CASE_METHOD(Fixture, "the schema enforces the document's constraints") {
    Member upper = member("B0EC1BFD-BFF0-5DC6-90F0-ABF1BF9D6A5C", "X", "Y", "x@example.com");
    CHECK_THROWS_AS(members::upsert(db, upper), StorageError);
    Member sameEmail = member("a0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", "X", "Y", "jane@example.com");
    CHECK_THROWS_AS(members::upsert(db, sameEmail), StorageError);
    auto q = db.query("UPDATE events SET status = 'postponed'");
    CHECK_THROWS_AS(q->run(), StorageError);
    // attendance needs a real event and member
    AttendanceRecord orphan{"e0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b",
                            "f0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b",
                            jane.id,
                            true,
                            kT0,
                            std::nullopt,
                            kT0};
    CHECK_THROWS_AS(attendance::save(db, orphan), StorageError);
}

TEST_CASE_METHOD(Fixture, "(eventId, patronId) is unique locally") {
    attendance::save(db, {"e0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jazz.id, jane.id, true, kT0, std::nullopt, kT0});
    CHECK_THROWS_AS(
        attendance::save(db, {"e1ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jazz.id, jane.id, true, kT0, std::nullopt, kT0}),
        StorageError);
}

TEST_CASE_METHOD(Fixture, "deleting a member cascades to their records, as at HQ") {
    attendance::save(db, {"e0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jazz.id, jane.id, true, kT0, std::nullopt, kT0});
    loyalty::save(
        db, {"a1ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jane.id, "x", std::nullopt, 5, std::nullopt, kT0, std::nullopt});
    CHECK(members::remove(db, jane.id));
    CHECK_FALSE(attendance::find(db, jazz.id, jane.id));
    CHECK(loyalty::unexpiredPoints(db, jane.id, kT0) == 0);
}

TEST_CASE_METHOD(Fixture, "events open at a time: ongoing, or scheduled within grace") {
    Event later = jazz;
    later.id = "d87d2b28-ff03-5d2c-b58f-21d90199c063";
    later.startTime = kT0 + 24h;
    later.endTime = kT0 + 26h;
    events::upsert(db, later);
    CHECK(events::openAt(db, kT0 - 31min, 30min).empty());
    CHECK(events::openAt(db, kT0 - 30min, 30min).size() == 1);
    CHECK(events::openAt(db, kT0 + 2h, 30min).size() == 1);
    CHECK(events::openAt(db, kT0 + 2h + 1ms, 30min).empty());
    later.status = EventStatus::Ongoing;  // ongoing admits whatever the clock says
    events::upsert(db, later);
    CHECK(events::openAt(db, kT0 - 5h, 30min).size() == 1);
}

TEST_CASE_METHOD(Fixture, "counts of who is inside") {
    attendance::save(db, {"e0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jazz.id, jane.id, true, kT0, std::nullopt, kT0});
    attendance::save(db, {"e1ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jazz.id, john.id, true, kT0, kT0 + 1h, kT0});
    CHECK(attendance::countInside(db, jazz.id) == 1);
    CHECK(attendance::countAttended(db, jazz.id) == 2);
    CHECK(attendance::list(db, jazz.id).size() == 2);
    CHECK(attendance::checkInTimes(db, jazz.id).size() == 2);
}

TEST_CASE_METHOD(Fixture, "unexpired points ignore lapsed records") {
    loyalty::save(
        db, {"a1ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jane.id, "a", Tier::Bronze, 10, std::nullopt, kT0, std::nullopt});
    loyalty::save(
        db, {"a2ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jane.id, "b", std::nullopt, 300, std::nullopt, kT0, kT0 + 1h});
    loyalty::save(db, {"a3ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", jane.id, "c", std::nullopt, std::nullopt, std::nullopt,
                       kT0, std::nullopt});
    CHECK(loyalty::unexpiredPoints(db, jane.id, kT0) == 310);
    CHECK(loyalty::unexpiredPoints(db, jane.id, kT0 + 1h) == 10);
    CHECK(loyalty::forMember(db, jane.id).size() == 3);
}

TEST_CASE_METHOD(Fixture, "the outbox keeps order, backs off and isolates poison") {
    outbox::enqueue(db, "attendance", "id-1", "create", "{}", kT0);
    outbox::enqueue(db, "loyalty", "id-2", "create", "{}", kT0);
    outbox::enqueue(db, "attendance", "id-1", "update", "{}", kT0);
    auto due = outbox::due(db, kT0, 10);
    REQUIRE(due.size() == 3);
    CHECK(due[0].entityId == "id-1");
    CHECK(due[1].entity == "loyalty");
    outbox::markRetry(db, due[0].seq, "HTTP 503", kT0 + 10s);
    outbox::markPoison(db, due[1].seq, "Validation failed: points");
    auto now = outbox::due(db, kT0, 10);
    REQUIRE(now.size() == 1);
    CHECK(now[0].op == "update");
    CHECK(outbox::due(db, kT0 + 10s, 10).size() == 2);
    // The clock set back a day after the back-off was timed: a wait longer
    // than any back-off is a clock's mistake, and the record is due at once.
    CHECK(outbox::due(db, kT0 - 24h, 10, 60s).size() == 2);
    CHECK(outbox::due(db, kT0 - 24h, 10).size() == 1);
    CHECK(outbox::due(db, kT0 + 5s, 10, 60s).size() == 1);  // a true back-off is still waited out
    CHECK(outbox::counts(db).waiting == 2);
    CHECK(outbox::counts(db).poison == 1);
    CHECK(outbox::poison(db)[0].poisonReason == std::optional<std::string>("Validation failed: points"));
    CHECK(outbox::find(db, due[0].seq)->attempts == 1);
    outbox::clearPoison(db, due[1].seq);
    outbox::remove(db, due[0].seq);
    CHECK(outbox::counts(db).waiting == 2);
    CHECK(outbox::counts(db).poison == 0);
}

TEST_CASE_METHOD(Fixture, "settings and the audit log persist") {
    CHECK_FALSE(settings::get(db, "door.mode"));
    settings::set(db, "door.mode", "in-only");
    settings::set(db, "door.mode", "out-only");
    CHECK(settings::get(db, "door.mode") == std::optional<std::string>("out-only"));
    settings::erase(db, "door.mode");
    CHECK_FALSE(settings::get(db, "door.mode"));

    audit::append(db, kT0, "staff", "unlock");
    audit::append(db, kT0 + 1s, "staff", "pin_event", std::string_view("jazz"));
    auto log = audit::recent(db, 10);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "pin_event");
    CHECK(log[0].detail == std::optional<std::string>("jazz"));
}
