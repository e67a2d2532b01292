#pragma once
// A test mode (credopass-kiosk --tell-taps): where the touch targets a test
// needs are on the screen, told once each time one appears or moves, as
// "tap <name> at X Y" (window pixels). tests/e2e taps there, so the test
// never computes a layout. Off, every call costs a flag test. UI thread only.

#include <string>
#include <string_view>
#include <vector>

namespace credopass::kiosk::ui {

void startTellingTaps();
bool tellingTaps();
// The target `name` is centred at (x, y) in this frame.
void noteTap(std::string_view name, float x, float y);
// The last ImGui item's centre, when that is visible (a row scrolled away cannot be tapped).
void noteTapTarget(std::string_view name);
// After a frame: the lines for targets that appeared or moved since the last.
std::vector<std::string> tapChanges();

}  // namespace credopass::kiosk::ui
