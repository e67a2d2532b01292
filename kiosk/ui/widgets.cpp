#include "kiosk/ui/widgets.hpp"

#include "kiosk/ui/text_check.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace credopass::kiosk::ui {

void drawIcon(ImDrawList* dl, words::Icon icon, ImVec2 c, float r, ImU32 col) {
    const float t = r * 0.16f;  // stroke thickness
    dl->AddCircle(c, r, col, 64, t);
    auto at = [&](float x, float y) { return ImVec2(c.x + x * r, c.y + y * r); };
    switch (icon) {
        case words::Icon::Check:
            dl->AddLine(at(-0.45f, 0.02f), at(-0.12f, 0.36f), col, t);
            dl->AddLine(at(-0.12f, 0.36f), at(0.48f, -0.32f), col, t);
            break;
        case words::Icon::Cross:
            dl->AddLine(at(-0.38f, -0.38f), at(0.38f, 0.38f), col, t);
            dl->AddLine(at(0.38f, -0.38f), at(-0.38f, 0.38f), col, t);
            break;
        case words::Icon::Clock:
            dl->AddLine(c, at(0.0f, -0.55f), col, t);
            dl->AddLine(c, at(0.38f, 0.2f), col, t);
            break;
        case words::Icon::Wave:  // an arrow leaving through a door
            dl->AddRect(at(-0.5f, -0.5f), at(0.05f, 0.5f), col, 0, 0, t * 0.8f);
            dl->AddLine(at(-0.2f, 0.0f), at(0.55f, 0.0f), col, t);
            dl->AddLine(at(0.55f, 0.0f), at(0.3f, -0.25f), col, t);
            dl->AddLine(at(0.55f, 0.0f), at(0.3f, 0.25f), col, t);
            break;
        case words::Icon::Calendar:
            dl->AddRect(at(-0.45f, -0.38f), at(0.45f, 0.45f), col, r * 0.08f, 0, t * 0.8f);
            dl->AddLine(at(-0.45f, -0.12f), at(0.45f, -0.12f), col, t * 0.8f);
            dl->AddLine(at(-0.2f, -0.55f), at(-0.2f, -0.3f), col, t * 0.8f);
            dl->AddLine(at(0.2f, -0.55f), at(0.2f, -0.3f), col, t * 0.8f);
            break;
        case words::Icon::People:
            dl->AddCircleFilled(at(-0.25f, -0.2f), r * 0.17f, col);
            dl->AddCircleFilled(at(0.25f, -0.2f), r * 0.17f, col);
            dl->AddRectFilled(at(-0.5f, 0.05f), at(-0.0f, 0.45f), col, r * 0.1f);
            dl->AddRectFilled(at(0.0f, 0.05f), at(0.5f, 0.45f), col, r * 0.1f);
            break;
    }
}

float centredText(ImDrawList* dl, ImFont* font, std::string_view text, float x0, float x1, float y, ImU32 colour,
                  float wrapWidth) {
    const char* b = text.data();
    const char* e = b + text.size();
    const float wrap = wrapWidth > 0 ? wrapWidth : x1 - x0;
    noteDrawnText(text);
    // Wrapped text is drawn line by line so each line is centred.
    float lineY = y;
    const char* line = b;
    while (line < e) {
        const char* end = font->CalcWordWrapPositionA(1.0f, line, e, wrap);
        if (end == line) end = line + 1;
        ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, line, end);
        noteLabelFit(std::string_view(line, static_cast<std::size_t>(end - line)), size.x, x1 - x0);
        dl->AddText(font, font->FontSize, ImVec2(x0 + (x1 - x0 - size.x) * 0.5f, lineY), colour, line, end);
        lineY += font->FontSize * 1.1f;
        line = end;
        while (line < e && *line == ' ')
            ++line;
    }
    return lineY - y;
}

bool button(const char* label, ImVec2 size) {
    if (size.x <= 0) {  // as wide as its label: it must fit what is left of the row
        const float width = ImGui::CalcTextSize(label, nullptr, true).x + 2 * ImGui::GetStyle().FramePadding.x;
        noteLabelFit(label, width, ImGui::GetContentRegionAvail().x);
        return ImGui::Button(label, size);
    }
    // A label too long for its button (German and French run a third longer
    // than English) is drawn smaller, down to kMinLabelScale, rather than cut.
    constexpr float kMinLabelScale = 0.7f;
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float own = window->FontWindowScale;
    const float room = size.x - 2 * ImGui::GetStyle().FramePadding.x;
    const float width = ImGui::CalcTextSize(label, nullptr, true).x;
    const float scale = width > room ? std::max(kMinLabelScale, room / width) : 1.0f;
    noteLabelFit(label, width * scale, room);
    if (scale < 1.0f) ImGui::SetWindowFontScale(own * scale);
    const bool pressed = ImGui::Button(label, size);
    if (scale < 1.0f) ImGui::SetWindowFontScale(own);
    return pressed;
}

bool bigButton(const char* label, const Theme& theme, float width, float minHeight) {
    float w = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    return button(label, ImVec2(w, theme.px(minHeight)));
}

void beginScreen(ScreenId screen, ImU32 background) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
    const std::string id(toString(screen));
    ImGui::Begin(id.c_str(), nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleColor();
}

void endScreen() {
    ImGui::End();
}

}  // namespace credopass::kiosk::ui
