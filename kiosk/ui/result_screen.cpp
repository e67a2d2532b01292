// The door's answer, full screen: tone colour, an icon, the words, what to do next.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/widgets.hpp"
#include "words/translate.hpp"

namespace credopass::kiosk::ui {
namespace {

class ResultScreen final : public Screen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        const auto& view = f.model.result();
        if (!view) return;
        ToneColours colours = th.tone(view->tone);
        beginScreen(ScreenId::Result, colours.background);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 size = ImGui::GetWindowSize();
        const float margin = th.px(24);
        const float radius = std::min(size.x, size.y) * 0.16f;
        float y = size.y * 0.08f;
        drawIcon(dl, view->icon, ImVec2(size.x * 0.5f, y + radius), radius, colours.text);
        y += radius * 2 + th.px(20);
        y += centredText(dl, th.title, view->title, margin, size.x - margin, y, colours.text);
        if (!view->detail.empty()) {
            y += th.px(8);
            y += centredText(dl, th.body, view->detail, margin, size.x - margin, y, colours.text);
        }
        if (!view->advice.empty()) {
            y += th.px(16);
            centredText(dl, th.body, view->advice, margin, size.x - margin, y, colours.text);
        }
        // How long the answer stays: a bar along the bottom edge that shrinks
        // to nothing, in the answer's own text colour (it reads on every tone).
        const float barH = th.px(10);
        const float left = f.model.resultTimeLeft(f.now);
        dl->AddRectFilled(ImVec2(0, size.y - barH), ImVec2(size.x * left, size.y), colours.text);
        // Event full, in staff mode: the volunteer may let this member in
        // anyway (audited). Members never see the button: it needs staff mode.
        float touchH = size.y;
        if (f.model.canAdmitOneMore(false)) {
            const ImVec2 button(th.px(300), th.px(64));
            touchH = size.y - button.y - th.px(30);
            ImGui::SetCursorPos(ImVec2((size.x - button.x) * 0.5f, touchH + th.px(8)));
            ImGui::PushFont(th.body);
            if (ui::button(words::tr("Admit one more"), button)) f.model.admitOneMore(false, f.now);
            ImGui::PopFont();
        }
        // Touching the screen ends the result early: the next member is waiting.
        ImGui::SetCursorPos(ImVec2(0, 0));
        if (ImGui::InvisibleButton("dismiss", ImVec2(size.x, touchH))) f.model.dismissResult(f.now);
        endScreen();
    }

    // Over the idle screen, typing is still a member id at the door. Over the
    // PIN pad or a staff screen it is staff typing into a screen the result
    // hides (a PIN, say): it goes nowhere, and never to the door.
    void onTyped(std::string_view typed, InputContext& in) override {
        if (in.model.resultOver() == ScreenId::Idle) in.model.typedAtDoor(typed, in.now);
    }
};

}  // namespace

std::unique_ptr<Screen> makeResultScreen() {
    return std::make_unique<ResultScreen>();
}

}  // namespace credopass::kiosk::ui
