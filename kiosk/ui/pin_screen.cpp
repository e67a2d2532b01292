// The staff PIN: a keypad, dots for the digits typed, the lockout message.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/tap_targets.hpp"
#include "kiosk/ui/widgets.hpp"
#include "words/translate.hpp"

namespace credopass::kiosk::ui {
namespace {

class PinScreen final : public Screen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        KioskModel& m = f.model;
        beginScreen(ScreenId::Pin, Theme::kBackground);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 size = ImGui::GetWindowSize();
        float y = th.px(14);
        // Cancel, top left: back to the door (a member who tapped "Staff" by mistake).
        ImGui::SetCursorPos(ImVec2(th.px(12), th.px(8)));
        if (button(words::tr("Cancel"), ImVec2(th.px(130), th.px(48)))) m.cancelPin();
        noteTapTarget("pin-cancel");
        y += centredText(dl, th.body, words::tr("Staff PIN"), 0, size.x, y, Theme::kText);

        // One dot per digit typed, never the digits.
        const float dot = th.px(10);
        const auto n = static_cast<float>(m.pinLength());
        float x = size.x * 0.5f - (n - 1) * dot * 1.5f;
        for (std::size_t i = 0; i < m.pinLength(); ++i, x += dot * 3)
            dl->AddCircleFilled(ImVec2(x, y + dot * 1.5f), dot, Theme::kText);
        y += dot * 4;
        std::string message = m.pinMessage();
        if (auto wait = m.pinSecondsLeft(f.now))
            message = words::fill(words::tr("Locked: try again in {s} s"), {{"s", std::to_string(*wait)}});
        centredText(dl, th.small, message, 0, size.x, y, Theme::kNotice);
        y += th.small->FontSize * 1.4f;

        // Keypad, 3 x 4, as large as the screen allows; the last row is
        // Delete (the last digit), 0 and OK.
        const float keyH = std::min((size.y - y - th.px(12)) / 4.0f - th.px(8), th.px(90));
        const float keyW = std::min(size.x / 3.0f - th.px(16), keyH * 2.2f);
        const float left = (size.x - (keyW * 3 + th.px(16))) * 0.5f;
        static const char* kKeys[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Delete", "0", "OK"};
        ImGui::PushFont(th.body);
        for (int i = 0; i < 12; ++i) {
            const int column = i % 3, row = i / 3;
            ImGui::SetCursorPos(ImVec2(left + static_cast<float>(column) * (keyW + th.px(8)),
                                       y + static_cast<float>(row) * (keyH + th.px(8))));
            const char* label = i == 9 ? words::tr("Delete") : i == 11 ? words::tr("OK") : kKeys[i];
            const std::string id = std::string(label) + "##key" + std::to_string(i);
            if (button(id.c_str(), ImVec2(keyW, keyH))) {
                if (i == 9)
                    m.pinBackspace(f.now);
                else if (i == 11)
                    m.pinSubmit(f.now);
                else
                    m.pinDigit(kKeys[i][0], f.now);
            }
        }
        ImGui::PopFont();
        endScreen();
    }

    void onKey(SDL_Keycode key, InputContext& in) override {
        if (key == SDLK_BACKSPACE) in.model.pinBackspace(in.now);
        if (key == SDLK_ESCAPE) in.model.cancelPin();
    }

    // A person's digits and Enter. A scanner's badge typed here never comes
    // this way (it is a scan): it is not a PIN, and no failed attempt.
    void onTyped(std::string_view typed, InputContext& in) override { in.model.pinTyped(typed, in.now); }
};

}  // namespace

std::unique_ptr<Screen> makePinScreen() {
    return std::make_unique<PinScreen>();
}

}  // namespace credopass::kiosk::ui
