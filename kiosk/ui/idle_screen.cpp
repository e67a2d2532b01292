// Idle: who runs the door, which event, the time, "Scan your badge", the
// camera view with a target frame, and a discreet offline mark.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/widgets.hpp"

#include "common/time.hpp"

namespace credopass::kiosk::ui {
namespace {

class IdleScreen final : public Screen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        beginScreen(ScreenId::Idle, Theme::kBackground);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 size = ImGui::GetWindowSize();
        const float pad = th.px(18);
        const auto& status = f.model.status();
        const bool portrait = size.y > size.x;

        // Header: organisation and event on the left, the time on the right.
        dl->AddText(th.small, th.small->FontSize, ImVec2(pad, pad), Theme::kMuted,
                    f.model.config().organisation.c_str());
        std::string event =
            status.event ? status.event->name : std::string(f.model.statusKnown() ? "No event right now" : "");
        dl->AddText(th.body, th.body->FontSize, ImVec2(pad, pad + th.small->FontSize * 1.2f), Theme::kText,
                    event.c_str());
        std::string clock = formatLocalHourMinute(f.wallNow);
        ImVec2 cs = th.clock->CalcTextSizeA(th.clock->FontSize, FLT_MAX, 0, clock.c_str());
        dl->AddText(th.clock, th.clock->FontSize, ImVec2(size.x - pad - cs.x, pad), Theme::kText, clock.c_str());

        // Offline mark: discreet, but words and a shape, not a colour alone.
        const auto& sync = f.model.sync();
        if (sync.offline) {
            std::string mark = "Offline \xC2\xB7 " + std::to_string(sync.waiting) + " waiting";
            ImVec2 ms = th.small->CalcTextSizeA(th.small->FontSize, FLT_MAX, 0, mark.c_str());
            ImVec2 p(size.x - pad - ms.x, pad + cs.y + th.px(4));
            dl->AddCircle(ImVec2(p.x - th.px(12), p.y + ms.y * 0.5f), th.px(6), Theme::kMuted, 12, th.px(2));
            dl->AddText(th.small, th.small->FontSize, p, Theme::kMuted, mark.c_str());
        }

        // Middle: camera view with a target frame, or a badge drawing.
        const float top = pad + th.small->FontSize * 1.2f + th.body->FontSize * 1.6f;
        const float bottom = size.y - th.title->FontSize * 2.6f;
        const float areaH = bottom - top;
        const float areaW = portrait ? size.x - 2 * pad : size.x * 0.6f;
        if (f.camera.texture && f.camera.width > 0) {
            float scale =
                std::min(areaW / static_cast<float>(f.camera.width), areaH / static_cast<float>(f.camera.height));
            ImVec2 sz(static_cast<float>(f.camera.width) * scale, static_cast<float>(f.camera.height) * scale);
            ImVec2 p0((size.x - sz.x) * 0.5f, top + (areaH - sz.y) * 0.5f);
            dl->AddImage(reinterpret_cast<ImTextureID>(f.camera.texture), p0, ImVec2(p0.x + sz.x, p0.y + sz.y));
            drawTarget(dl, p0, sz, th);
        } else {
            float s = std::min(areaH, areaW) * 0.8f;
            ImVec2 c(size.x * 0.5f, top + areaH * 0.5f);
            drawTarget(dl, ImVec2(c.x - s * 0.5f, c.y - s * 0.5f), ImVec2(s, s), th);
            centredText(dl, th.small, f.camera.device.empty() ? "Hold your badge to the scanner" : f.camera.status, 0,
                        size.x, c.y - th.small->FontSize * 0.5f, Theme::kMuted, s * 0.9f);
        }

        centredText(dl, th.title, "Scan your badge", 0, size.x, bottom + th.title->FontSize * 0.4f, Theme::kText);

        // The staff corner: leads only to the PIN screen.
        ImGui::SetCursorPos(ImVec2(size.x - th.px(110), size.y - th.px(56)));
        ImGui::PushStyleColor(ImGuiCol_Button, Theme::kTransparent);
        ImGui::PushStyleColor(ImGuiCol_Text, Theme::kMuted);
        if (ImGui::Button("Staff", ImVec2(th.px(100), th.px(48)))) f.model.openStaff(f.now);
        ImGui::PopStyleColor(2);
        endScreen();
    }

    // Someone without a badge types their member id and Enter.
    void onTyped(std::string_view typed, InputContext& in) override { in.model.typedAtDoor(typed, in.now); }

private:
    static void drawTarget(ImDrawList* dl, ImVec2 p0, ImVec2 sz, const Theme& th) {
        const float len = std::min(sz.x, sz.y) * 0.18f;
        const float t = th.px(6);
        const ImVec2 p1(p0.x + sz.x, p0.y + sz.y);
        const ImU32 col = Theme::kAccent;
        dl->AddLine(p0, ImVec2(p0.x + len, p0.y), col, t);
        dl->AddLine(p0, ImVec2(p0.x, p0.y + len), col, t);
        dl->AddLine(ImVec2(p1.x, p0.y), ImVec2(p1.x - len, p0.y), col, t);
        dl->AddLine(ImVec2(p1.x, p0.y), ImVec2(p1.x, p0.y + len), col, t);
        dl->AddLine(ImVec2(p0.x, p1.y), ImVec2(p0.x + len, p1.y), col, t);
        dl->AddLine(ImVec2(p0.x, p1.y), ImVec2(p0.x, p1.y - len), col, t);
        dl->AddLine(p1, ImVec2(p1.x - len, p1.y), col, t);
        dl->AddLine(p1, ImVec2(p1.x, p1.y - len), col, t);
    }
};

}  // namespace

std::unique_ptr<Screen> makeIdleScreen() {
    return std::make_unique<IdleScreen>();
}

}  // namespace credopass::kiosk::ui
