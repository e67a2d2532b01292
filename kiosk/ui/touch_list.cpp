#include "kiosk/ui/touch_list.hpp"

#include "kiosk/ui/text_check.hpp"
#include "kiosk/ui/widgets.hpp"

#include <algorithm>
#include <string>

namespace credopass::kiosk::ui {
namespace {

// How far a finger moves before a press is a drag (and no longer a tap): a
// fingertip rolls a few pixels when it lifts.
constexpr float kDragPixels = 12.0f;

bool notDragged() {
    return ImGui::GetIO().MouseDragMaxDistanceSqr[0] < kDragPixels * kDragPixels;
}

// In the list's own window storage: an item held the finger last frame.
ImGuiID heldKey() {
    return ImGui::GetID("##touch-list-held");
}

}  // namespace

void beginTouchList(const char* id, ImVec2 size) {
    ImGui::BeginChild(id, size, false);
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const bool held = storage->GetBool(heldKey(), false);
    storage->SetBool(heldKey(), false);
    // Blocked by an active item: the finger went down on a row, and drags.
    if (!held && ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem) &&
        ImGui::IsMouseDragging(ImGuiMouseButton_Left, kDragPixels))
        ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
}

void holdTouchListWhileActive() {
    if (ImGui::IsItemActive()) ImGui::GetStateStorage()->SetBool(heldKey(), true);
}

void endTouchList() {
    ImGui::EndChild();
}

bool touchRow(const char* id, std::string_view title, std::string_view detail, bool selected, const Theme& theme) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = theme.px(8);
    const float height = std::max(theme.px(64), theme.body->FontSize + theme.small->FontSize + 3 * pad);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const bool released = ImGui::InvisibleButton(id, ImVec2(width, height));
    const bool tapped = released && notDragged();
    const ImVec2 p1(p0.x + width, p0.y + height - theme.px(4));

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool pressed = ImGui::IsItemActive();
    dl->AddRectFilled(p0, p1, pressed ? Theme::kAccent : Theme::kRaised, theme.px(6));
    float x = p0.x + pad;
    if (selected) {
        dl->AddRectFilled(p0, ImVec2(p0.x + theme.px(8), p1.y), Theme::kAccent, theme.px(6));
        x += theme.px(10);
    }
    const std::string head = std::string(selected ? "\xE2\x80\xA2 " : "") + std::string(title);
    const ImU32 ink = pressed ? Theme::kOnAccent : Theme::kText;
    dl->PushClipRect(p0, p1, true);  // a long name is cut at the row's edge: it is data, not our words
    dl->AddText(theme.body, theme.body->FontSize, ImVec2(x, p0.y + pad), ink, head.c_str());
    dl->AddText(theme.small, theme.small->FontSize, ImVec2(x, p0.y + 2 * pad + theme.body->FontSize),
                pressed ? Theme::kOnAccent : Theme::kMuted, detail.data(), detail.data() + detail.size());
    dl->PopClipRect();
    noteDrawnText(head);
    noteDrawnText(detail);
    return tapped;
}

bool touchButton(const char* label, ImVec2 size) {
    const bool released = button(label, size);
    return released && notDragged();
}

}  // namespace credopass::kiosk::ui
