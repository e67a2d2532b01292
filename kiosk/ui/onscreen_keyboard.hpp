#pragma once
// A touch keyboard for the member search: letters, digits, and the few
// symbols names and emails need. Returns true when `text` changed.

#include "kiosk/ui/theme.hpp"

#include <string>

namespace credopass::kiosk::ui {

bool onscreenKeyboard(std::string& text, const Theme& theme, float height);

}  // namespace credopass::kiosk::ui
