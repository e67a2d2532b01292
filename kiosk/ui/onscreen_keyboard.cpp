#include "kiosk/ui/onscreen_keyboard.hpp"

#include "kiosk/ui/widgets.hpp"
#include "words/translate.hpp"

#include "kiosk/app/typed_text.hpp"

#include <imgui.h>

#include <array>
#include <string_view>

namespace credopass::kiosk::ui {

bool onscreenKeyboard(std::string& text, const Theme& theme, float height) {
    static constexpr std::array<std::string_view, 4> kRows{"1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm.-_"};
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = theme.px(6);
    const float keyW = (width - gap * 9) / 10.0f;
    const float keyH = (height - gap * 4) / 5.0f;
    bool changed = false;
    // The keys fill the height given; the label font is the largest that fits.
    ImGui::PushFont(keyH >= theme.body->FontSize * 1.25f ? theme.body : theme.small);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(theme.px(4), 0));
    for (std::string_view row : kRows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            char label[2] = {row[i], 0};
            ImGui::PushID(static_cast<int>(row[i]));
            if (button(label, ImVec2(keyW, keyH))) {
                text.push_back(row[i]);
                changed = true;
            }
            ImGui::PopID();
            if (i + 1 < row.size()) ImGui::SameLine(0, gap);
        }
    }
    if (button(words::tr("Space"), ImVec2(keyW * 5 + gap * 4, keyH))) {
        text.push_back(' ');
        changed = true;
    }
    ImGui::SameLine(0, gap);
    if (button((std::string("\xE2\x86\x90 ") + words::tr("Delete") + "##erase").c_str(),
               ImVec2(keyW * 3 + gap * 2, keyH)) &&
        eraseLastCharacter(text))
        changed = true;
    ImGui::SameLine(0, gap);
    if (button(words::tr("Clear"), ImVec2(keyW * 2 + gap, keyH)) && !text.empty()) {
        text.clear();
        changed = true;
    }
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
    return changed;
}

}  // namespace credopass::kiosk::ui
