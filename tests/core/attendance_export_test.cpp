#include "core/attendance_export.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace credopass;
using namespace credopass::test;

TEST_CASE_METHOD(DoorFixture, "attendance exports as CSV with a header and one row per record") {
    scan(jane.id);
    scan(john.id);
    std::ostringstream out;
    REQUIRE(writeAttendanceCsv(db, jazz.id, out).ok());
    std::string csv = out.str();
    CHECK(csv.rfind("id,eventId,eventName,patronId,firstName,lastName,email,attended,checkInTime,checkOutTime\r\n",
                    0) == 0);
    CHECK_THAT(csv, Catch::Contains(",Friday Jazz Night," + jane.id + ",Jane,Smith,"));
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 3);

    auto rows = exportAttendanceCsv(db, "", dir.file("export.csv"));
    REQUIRE(rows.ok());
    CHECK(*rows == 2);
    std::ifstream f(dir.file("export.csv"));
    std::stringstream saved;
    saved << f.rdbuf();
    CHECK(saved.str() == csv);
}

TEST_CASE_METHOD(DoorFixture, "an export to a missing folder fails clearly and leaves nothing") {
    auto rows = exportAttendanceCsv(db, "", dir.file("no-stick/export.csv"));
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().code == FileErrc::Io);
    CHECK_THAT(rows.error().message, Catch::Contains("no-stick"));
}
