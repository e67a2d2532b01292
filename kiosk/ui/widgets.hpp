#pragma once
// Drawing helpers shared by the screens: icons drawn as shapes (no icon font
// to ship), centred text, big touch buttons.

#include "kiosk/app/screen_table.hpp"
#include "kiosk/ui/theme.hpp"
#include "words/result_view.hpp"

#include <imgui.h>

#include <string_view>

namespace credopass::kiosk::ui {

void drawIcon(ImDrawList* dl, words::Icon icon, ImVec2 centre, float radius, ImU32 colour);
// Centred horizontally in [x0, x1] at y; returns the text height.
float centredText(ImDrawList* dl, ImFont* font, std::string_view text, float x0, float x1, float y, ImU32 colour,
                  float wrapWidth = 0);
// ImGui::Button, and under --check-text a report when its label does not fit.
bool button(const char* label, ImVec2 size = ImVec2(0, 0));
// A button at least `minHeight` tall, full width when width is 0.
bool bigButton(const char* label, const Theme& theme, float width = 0, float minHeight = 64);
// The full-screen host window every screen draws into, named after its row of the screen table.
void beginScreen(ScreenId screen, ImU32 background);
void endScreen();

}  // namespace credopass::kiosk::ui
