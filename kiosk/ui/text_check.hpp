#pragma once
// A test mode (credopass-kiosk --check-text): each frame's visible text is
// captured through Dear ImGui's own text log, and every new line of it is
// told once on standard output as "credopass-kiosk: text shown: …"; a label
// wider than the room it was given, as "credopass-kiosk: text clipped: …".
// tests/e2e/pseudo_language.sh runs the door in the pseudo-language and fails
// on a line with words outside «…» (a string that bypassed gettext) or on any
// clipping. Off, every call here costs a flag test. UI thread only.

#include <imgui.h>

#include <string_view>

namespace credopass::kiosk::ui {

void startTextCheck();  // after the platform set up Dear ImGui
void beginFrameText();  // after NewFrame
void endFrameText();    // before Render
// Text drawn straight onto a draw list (Dear ImGui does not log those).
void noteDrawnText(std::string_view text);
// A label of `width` pixels shown in `room` pixels (0: as wide as it likes).
void noteLabelFit(std::string_view label, float width, float room);

}  // namespace credopass::kiosk::ui
