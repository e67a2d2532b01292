// The top bar of every staff screen: one tab per screen, and Lock.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/widgets.hpp"

#include <algorithm>

namespace credopass::kiosk::ui {

void drawStaffBar(FrameContext& f, ScreenId current) {
    const Theme& th = f.theme;
    struct Tab {
        const char* label;
        ScreenId id;
    };
    static const Tab kTabs[] = {{"Dashboard", ScreenId::Dashboard},
                                {"Check-in", ScreenId::Manual},
                                {"Sync", ScreenId::Sync},
                                {"Device", ScreenId::Device}};
    const float width = ImGui::GetContentRegionAvail().x;
    const float w = (width - th.px(10) * 4) / 5.0f;
    ImGui::PushFont(th.small);
    // Portrait screens are narrow: shrink the tab labels rather than cut them.
    const float widest = ImGui::CalcTextSize("Dashboard").x + ImGui::GetStyle().FramePadding.x * 2;
    if (widest > w) ImGui::SetWindowFontScale(std::max(0.6f, w / widest));
    for (const Tab& tab : kTabs) {
        bool active = tab.id == current;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(Theme::kAccent));
        if (active) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0, 0, 0, 1));
        if (ImGui::Button(tab.label, ImVec2(w, th.px(48)))) f.model.showStaffScreen(tab.id, f.now);
        if (active) ImGui::PopStyleColor(2);
        ImGui::SameLine();
    }
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.55f, 0.12f, 0.16f, 1));
    if (ImGui::Button("Lock", ImVec2(w, th.px(48)))) {
        f.model.noteStaffAction("lock", "", f.now);
        f.model.lock();
    }
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    if (!f.model.staffMessage().empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(IM_COL32(255, 210, 90, 255)));
        ImGui::TextWrapped("%s", f.model.staffMessage().c_str());
        ImGui::PopStyleColor();
    }
    // Any touch in staff mode postpones the auto-lock.
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) || ImGui::GetIO().MouseWheel != 0.0f) f.model.staffTouched(f.now);
}

}  // namespace credopass::kiosk::ui
