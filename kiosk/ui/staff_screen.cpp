// What every staff screen does with keys.
#include "kiosk/ui/screen.hpp"

namespace credopass::kiosk::ui {

void StaffScreen::onKey(SDL_Keycode key, InputContext& in) {
    if (key != SDLK_ESCAPE) return;
    in.model.noteStaffAction("lock", "", in.now);
    in.model.lock();
}

}  // namespace credopass::kiosk::ui
