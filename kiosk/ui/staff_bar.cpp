// The top bar of every staff screen: a tab per staff screen of the screen
// table, and Lock.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/widgets.hpp"
#include "words/translate.hpp"

#include <algorithm>

namespace credopass::kiosk::ui {
namespace {

constexpr int countStaffTabs() {
    int n = 0;
    for (const ScreenInfo& s : kScreens)
        n += s.staffOnly ? 1 : 0;
    return n;
}
constexpr int kStaffTabs = countStaffTabs();

float textWidth(std::string_view text) {
    return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

}  // namespace

void drawStaffBar(FrameContext& f, ScreenId current) {
    const Theme& th = f.theme;
    const float buttons = static_cast<float>(kStaffTabs + 1);  // the tabs, then Lock
    const float width = ImGui::GetContentRegionAvail().x;
    const float w = (width - th.px(10) * (buttons - 1)) / buttons;
    ImGui::PushFont(th.small);
    // Portrait screens are narrow: shrink the tab labels rather than cut them.
    float widest = 0;
    for (const ScreenInfo& s : kScreens)
        if (s.staffOnly) widest = std::max(widest, textWidth(words::tr(s.label)));
    widest += ImGui::GetStyle().FramePadding.x * 2;
    if (widest > w) ImGui::SetWindowFontScale(std::max(0.6f, w / widest));
    for (const ScreenInfo& s : kScreens) {
        if (!s.staffOnly) continue;
        const bool active = s.id == current;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, Theme::kAccent);
        if (active) ImGui::PushStyleColor(ImGuiCol_Text, Theme::kOnAccent);
        const std::string label = std::string(words::tr(s.label)) + "##" + std::string(s.name);
        if (button(label.c_str(), ImVec2(w, th.px(48)))) f.model.showStaffScreen(s.id, f.now);
        if (active) {
            // Marked by a shape too, not by colour alone: a bar under the label.
            const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a.x + th.px(12), b.y - th.px(8)),
                                                      ImVec2(b.x - th.px(12), b.y - th.px(4)), Theme::kOnAccent,
                                                      th.px(2));
            ImGui::PopStyleColor(2);
        }
        ImGui::SameLine();
    }
    ImGui::PushStyleColor(ImGuiCol_Button, Theme::kDanger);
    if (button(words::tr("Lock"), ImVec2(w, th.px(48)))) {
        f.model.noteStaffAction("lock", "", f.now);
        f.model.lock();
    }
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    if (!f.model.staffMessage().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, Theme::kNotice);
        ImGui::TextWrapped("%s", f.model.staffMessage().c_str());
        ImGui::PopStyleColor();
    }
    // Any touch in staff mode postpones the auto-lock.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::GetIO().MouseWheel != 0.0f) f.model.staffTouched(f.now);
}

}  // namespace credopass::kiosk::ui
