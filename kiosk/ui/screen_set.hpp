#pragma once
// One of each screen, made from the factory list in screen_set.cpp (the UI
// half of the screen table: kiosk/app/screen_table.hpp holds the rest).

#include "kiosk/app/screen_table.hpp"
#include "kiosk/ui/screen.hpp"

#include <array>
#include <memory>

namespace credopass::kiosk::ui {

class ScreenSet {
public:
    ScreenSet();
    Screen& operator[](ScreenId id) { return *screens_[static_cast<std::size_t>(id)]; }

private:
    std::array<std::unique_ptr<Screen>, kScreens.size()> screens_;
};

}  // namespace credopass::kiosk::ui
