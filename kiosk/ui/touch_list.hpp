#pragma once
// A list made for fingers. Dear ImGui 1.86 scrolls a list only by wheel or
// scrollbar: this one also follows a finger dragged anywhere on it, and its
// rows act when a finger lifts without having dragged, so scrolling never
// picks a row by accident.

#include "kiosk/ui/tap_targets.hpp"  // noteTapTarget, for the rows and buttons of a list
#include "kiosk/ui/theme.hpp"

#include <imgui.h>

#include <string_view>

namespace credopass::kiosk::ui {

// Between beginTouchList and endTouchList, the rows of one list in a child
// window of `size` (ImGui's meaning: 0 fills, negative leaves room).
void beginTouchList(const char* id, ImVec2 size);
void endTouchList();

// Right after an item a finger drags itself (a slider): while it is held,
// the list stays where it is instead of scrolling under the finger.
void holdTouchListWhileActive();

// A row the width of the list, two lines (a title and, smaller, a detail),
// at least 64 units tall. A selected row is marked by a bar and a bullet,
// not by colour alone. True when tapped.
bool touchRow(const char* id, std::string_view title, std::string_view detail, bool selected, const Theme& theme);

// A button inside a touch list: like button() (kiosk/ui/widgets.hpp), but a
// finger that dragged the list and lifted on it has not pressed it.
bool touchButton(const char* label, ImVec2 size);

}  // namespace credopass::kiosk::ui
