// Manual check-in: search members by name or email (local database, works
// offline) with the on-screen keyboard, then check the one found in or out.
#include "kiosk/ui/onscreen_keyboard.hpp"
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/touch_list.hpp"
#include "kiosk/ui/widgets.hpp"
#include "words/translate.hpp"

namespace credopass::kiosk::ui {
namespace {

class ManualScreen final : public StaffScreen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        KioskModel& m = f.model;
        beginScreen(ScreenId::Manual, Theme::kBackground);
        drawStaffBar(f, ScreenId::Manual);

        ImGui::PushFont(th.body);
        std::string shown = words::fill(words::tr("Search: {text}"), {{"text", m.searchText()}}) + "_";
        ImGui::TextUnformatted(shown.c_str());
        ImGui::PopFont();

        if (const auto& r = m.manualResult()) {
            ToneColours c = th.tone(r->tone);
            ImGui::PushStyleColor(ImGuiCol_ChildBg, c.background);
            ImGui::PushStyleColor(ImGuiCol_Text, c.text);
            ImGui::BeginChild("answer", ImVec2(0, th.body->FontSize * 1.8f), false);
            ImGui::PushFont(th.body);
            std::string line =
                std::string(r->tone == words::Tone::Success || r->tone == words::Tone::Info ? "\xE2\x9C\x93 "
                                                                                            : "\xE2\x9C\x97 ") +
                r->title;
            ImGui::TextUnformatted(line.c_str());
            ImGui::PopFont();
            if (m.canAdmitOneMore(true)) {
                // Event full: this member in anyway, on staff's word (audited).
                ImGui::SameLine(ImGui::GetContentRegionAvail().x - th.px(230));
                if (button(words::tr("Admit one more"), ImVec2(th.px(220), th.px(48)))) m.admitOneMore(true, f.now);
            }
            ImGui::EndChild();
            ImGui::PopStyleColor(2);
        }

        // Keys of 48 units first; the answers scroll (by finger) in what is left.
        const float keyboardH = std::max(OnscreenKeyboard::minimumHeight(th),
                                         std::min(ImGui::GetContentRegionAvail().y * 0.6f, th.px(300)));
        // The answers scroll by finger drag; a drag never checks anyone in.
        beginTouchList("results", ImVec2(0, ImGui::GetContentRegionAvail().y - keyboardH - th.px(8)));
        const float buttonW = th.px(96);
        for (const Member& member : m.searchResults()) {
            ImGui::PushID(member.id.c_str());
            ImGui::AlignTextToFramePadding();
            std::string who = member.fullName() + "  <" + member.email + ">";
            const float room = ImGui::GetContentRegionAvail().x;
            ImGui::TextUnformatted(who.c_str());
            // Narrow (portrait) screens: the buttons go under the name instead of over it.
            if (ImGui::CalcTextSize(who.c_str()).x + buttonW * 2 + th.px(30) < room)
                ImGui::SameLine(room - buttonW * 2 - th.px(20));
            if (touchButton((std::string(words::tr("In")) + "##in").c_str(), ImVec2(buttonW, th.px(48))))
                m.manualCheckin(member.id, false, f.now);
            ImGui::SameLine();
            if (touchButton((std::string(words::tr("Out")) + "##out").c_str(), ImVec2(buttonW, th.px(48))))
                m.manualCheckin(member.id, true, f.now);
            ImGui::PopID();
        }
        if (!m.searchText().empty() && m.searchResults().empty())
            ImGui::TextDisabled("%s", words::tr("No member matches"));
        endTouchList();

        std::string text = m.searchText();
        if (keyboard_.draw(text, th, keyboardH)) m.setSearchText(text, f.now);
        endScreen();
    }

    void onKey(SDL_Keycode key, InputContext& in) override {
        if (key == SDLK_BACKSPACE) return in.model.searchBackspace(in.now);
        StaffScreen::onKey(key, in);
    }

    // A real keyboard types into the search as the on-screen one does; a
    // scanner's badge is a scan, never search text.
    void onTyped(std::string_view typed, InputContext& in) override { in.model.searchTyped(typed, in.now); }

private:
    OnscreenKeyboard keyboard_;
};

}  // namespace

std::unique_ptr<Screen> makeManualScreen() {
    return std::make_unique<ManualScreen>();
}

}  // namespace credopass::kiosk::ui
