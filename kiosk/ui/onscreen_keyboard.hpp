#pragma once
// A touch keyboard for the member search: letters, digits, and the few
// symbols names and emails need, with a key that swaps the letters for
// accented ones (search ignores accents, but a volunteer may type them as
// written). Every key at least 48 units tall: the screen gives it the height.

#include "kiosk/ui/theme.hpp"

#include <string>

namespace credopass::kiosk::ui {

class OnscreenKeyboard {
public:
    // The height five rows of keys 48 units tall take.
    static float minimumHeight(const Theme& theme);
    // Draws the keys in `height`; returns true when `text` changed.
    bool draw(std::string& text, const Theme& theme, float height);

private:
    bool accented_ = false;  // the letter rows show á, ł, ñ, ...
};

}  // namespace credopass::kiosk::ui
