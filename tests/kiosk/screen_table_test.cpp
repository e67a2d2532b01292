#include "kiosk/app/screen_table.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace credopass::kiosk;

TEST_CASE("the screen table: names the logs use, staff screens, function keys") {
    CHECK(toString(ScreenId::Idle) == "idle");
    CHECK(toString(ScreenId::Result) == "result");
    CHECK(toString(ScreenId::Pin) == "pin");
    CHECK(toString(ScreenId::Dashboard) == "dashboard");
    CHECK(toString(ScreenId::Manual) == "manual");
    CHECK(toString(ScreenId::Sync) == "sync");
    CHECK(toString(ScreenId::Device) == "device");
    CHECK_FALSE(isStaffScreen(ScreenId::Idle));
    CHECK_FALSE(isStaffScreen(ScreenId::Result));
    CHECK_FALSE(isStaffScreen(ScreenId::Pin));
    CHECK(isStaffScreen(ScreenId::Dashboard));
    CHECK(isStaffScreen(ScreenId::Device));
    CHECK(screenForFunctionKey(2) == ScreenId::Pin);
    CHECK(screenForFunctionKey(3) == ScreenId::Dashboard);
    CHECK(screenForFunctionKey(4) == ScreenId::Manual);
    CHECK(screenForFunctionKey(5) == ScreenId::Sync);
    CHECK(screenForFunctionKey(6) == ScreenId::Device);
    CHECK_FALSE(screenForFunctionKey(0));
    CHECK_FALSE(screenForFunctionKey(1));
    CHECK_FALSE(screenForFunctionKey(7));
}

TEST_CASE("every screen has its own name and key, and every staff screen a label") {
    std::set<std::string_view> names;
    std::set<int> keys;
    for (const ScreenInfo& s : kScreens) {
        CHECK(names.insert(s.name).second);
        if (s.functionKey) CHECK(keys.insert(s.functionKey).second);
        if (s.staffOnly) CHECK_FALSE(std::string_view(s.label).empty());
    }
}
