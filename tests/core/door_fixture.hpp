#pragma once
// A kiosk database on disk with two members and tonight's event (19:00-21:00
// UTC), a clock standing at 18:55, and a Door over them.

#include "common/clock.hpp"
#include "core/door.hpp"
#include "storage/database.hpp"
#include "tests/support/temp_dir.hpp"

namespace credopass::test {

TimePoint at(const char* iso);

Member makeMember(const std::string& id, const std::string& first, const std::string& last);
Event makeEvent(const std::string& id, const std::string& name, EventStatus status, TimePoint start, TimePoint end,
                std::optional<std::int64_t> capacity = std::nullopt);

struct DoorFixture {
    TempDir dir;
    storage::Database db;
    ManualClock clock{at("2026-01-17T18:55:00.000Z")};
    Member jane;
    Member john;
    Event jazz;
    Door door;

    DoorFixture();
    CheckinResult scan(const std::string& memberId, DoorMode mode = DoorMode::Auto,
                       std::optional<std::string> event = std::nullopt, bool overrideCapacity = false);
    std::int64_t countRows(const char* table);
};

}  // namespace credopass::test
