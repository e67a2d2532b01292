#pragma once
// Every screen of the door in one table: its id, the name logs and window ids
// use, the label people read, whether it sits behind the staff PIN, and the
// function key that opens it. The model, the staff tabs and the F-keys read
// this table; the screens' factories (kiosk/ui/screen_set.cpp) are the one
// other list, checked against this one when it compiles. A new screen is an
// enum value, a row here, a row there, and its own file.

#include "words/translate.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace credopass::kiosk {

enum class ScreenId { Idle, Result, Pin, Dashboard, Manual, Sync, Device };

struct ScreenInfo {
    ScreenId id;
    std::string_view name;  // stable: the "screen <name>" report line, ImGui window ids
    const char* label;      // for people: a staff screen's tab (English: words::tr at use)
    bool staffOnly;         // behind the staff PIN, with a tab in the staff bar
    int functionKey;        // F<n> opens it; 0: no key
};

// In ScreenId order (checked below), so a row is found by its id's value.
inline constexpr std::array kScreens{
    ScreenInfo{ScreenId::Idle, "idle", words::toTranslate("Door"), false, 0},
    ScreenInfo{ScreenId::Result, "result", words::toTranslate("Result"), false, 0},
    ScreenInfo{ScreenId::Pin, "pin", words::toTranslate("Staff PIN"), false, 2},  // F2: into staff mode
    ScreenInfo{ScreenId::Dashboard, "dashboard", words::toTranslate("Dashboard"), true, 3},
    ScreenInfo{ScreenId::Manual, "manual", words::toTranslate("Check-in"), true, 4},
    ScreenInfo{ScreenId::Sync, "sync", words::toTranslate("Sync"), true, 5},
    ScreenInfo{ScreenId::Device, "device", words::toTranslate("Device"), true, 6},
};

constexpr bool screensInIdOrder() {
    for (std::size_t i = 0; i < kScreens.size(); ++i)
        if (static_cast<std::size_t>(kScreens[i].id) != i) return false;
    return true;
}
static_assert(screensInIdOrder(), "kScreens rows must follow the ScreenId enum's order");

constexpr const ScreenInfo& screenInfo(ScreenId s) {
    return kScreens[static_cast<std::size_t>(s)];
}
constexpr std::string_view toString(ScreenId s) {
    return screenInfo(s).name;
}
constexpr bool isStaffScreen(ScreenId s) {
    return screenInfo(s).staffOnly;
}

// The screen F<n> opens, if any.
std::optional<ScreenId> screenForFunctionKey(int n);

}  // namespace credopass::kiosk
