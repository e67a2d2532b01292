#include "kiosk/ui/onscreen_keyboard.hpp"

#include "kiosk/ui/touch_list.hpp"
#include "kiosk/ui/widgets.hpp"
#include "words/translate.hpp"

#include "kiosk/app/typed_text.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace credopass::kiosk::ui {
namespace {

constexpr float kKeyUnits = 48;  // 9 mm on the 7" panel
constexpr float kGapUnits = 6;
constexpr int kRows = 5;  // four of keys, then Space, Delete, Clear

// Ten keys a row, each a UTF-8 character. The accented rows hold the letters
// of the languages the door speaks and its members' names most often carry.
constexpr std::array<std::array<std::string_view, 10>, 4> kPlain{{
    {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"},
    {"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"},
    {"a", "s", "d", "f", "g", "h", "j", "k", "l", "@"},
    {"z", "x", "c", "v", "b", "n", "m", ".", "-", "_"},
}};
constexpr std::array<std::array<std::string_view, 10>, 4> kAccented{{
    {"á", "à", "â", "ä", "ã", "å", "æ", "ç", "é", "è"},
    {"ê", "ë", "í", "ì", "î", "ï", "ñ", "ó", "ò", "ô"},
    {"ö", "õ", "ø", "œ", "ú", "ù", "û", "ü", "ý", "ß"},
    {"ą", "ć", "ę", "ł", "ń", "ś", "ź", "ż", "ő", "ű"},
}};

}  // namespace

float OnscreenKeyboard::minimumHeight(const Theme& theme) {
    return theme.px(kKeyUnits) * kRows + theme.px(kGapUnits) * (kRows - 1);
}

bool OnscreenKeyboard::draw(std::string& text, const Theme& theme, float height) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = theme.px(kGapUnits);
    const float keyW = (width - gap * 9) / 10.0f;
    const float keyH = std::max(theme.px(kKeyUnits), (height - gap * (kRows - 1)) / kRows);
    bool changed = false;
    // The keys fill the height given; the label font is the largest that fits.
    ImGui::PushFont(keyH >= theme.body->FontSize * 1.25f ? theme.body : theme.small);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(theme.px(4), 0));
    const auto& rows = accented_ ? kAccented : kPlain;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t i = 0; i < rows[r].size(); ++i) {
            const std::string label(rows[r][i]);
            ImGui::PushID(static_cast<int>(r * 10 + i));
            if (button(label.c_str(), ImVec2(keyW, keyH))) {
                text += label;
                changed = true;
            }
            noteTapTarget("key-" + label);
            ImGui::PopID();
            if (i + 1 < rows[r].size()) ImGui::SameLine(0, gap);
        }
    }
    // The accents key reads what it switches to; while on, it is marked so.
    const std::string accents = std::string(accented_ ? "\xE2\x80\xA2 " : "") +
                                words::trc("keyboard key: accented letters", "áé") + "##accents";
    if (button(accents.c_str(), ImVec2(keyW * 2 + gap, keyH))) accented_ = !accented_;
    noteTapTarget("key-accents");
    ImGui::SameLine(0, gap);
    if (button(words::tr("Space"), ImVec2(keyW * 3 + gap * 2, keyH))) {
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
    noteTapTarget("key-clear");
    ImGui::PopStyleVar(2);
    ImGui::PopFont();
    return changed;
}

}  // namespace credopass::kiosk::ui
