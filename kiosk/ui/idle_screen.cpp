// Idle: who runs the door, which event, the time, what the door will do
// (words/idle_view.hpp), the camera view with a target frame, and a discreet
// offline mark. Everything a member reads is at least theme.member's size.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/tap_targets.hpp"
#include "kiosk/ui/text_check.hpp"
#include "kiosk/ui/widgets.hpp"

#include "words/idle_view.hpp"
#include "words/language.hpp"
#include "words/local_format.hpp"
#include "words/translate.hpp"

#include <algorithm>
#include <vector>

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
        const words::CameraState cameraState = f.camera.device.empty() ? words::CameraState::None
                                               : f.camera.silent       ? words::CameraState::Unavailable
                                                                       : words::CameraState::Working;
        const TimePoint now = f.doorNow();
        const words::IdleView idle = words::describeIdle(status, f.model.statusKnown(), cameraState, now);
        ImFont* const secondary = th.member;

        // Header: organisation and event on the left, the time on the right.
        dl->AddText(secondary, secondary->FontSize, ImVec2(pad, pad), Theme::kMuted,
                    f.model.config().organisation.c_str());
        noteDrawnText(idle.eventLine);
        dl->AddText(th.body, th.body->FontSize, ImVec2(pad, pad + secondary->FontSize * 1.15f), Theme::kText,
                    idle.eventLine.c_str());
        std::string clock = words::timeOfDay(now);
        noteDrawnText(clock);
        ImVec2 cs = th.clock->CalcTextSizeA(th.clock->FontSize, FLT_MAX, 0, clock.c_str());
        dl->AddText(th.clock, th.clock->FontSize, ImVec2(size.x - pad - cs.x, pad), Theme::kText, clock.c_str());

        // Marks under the time (offline, clock not set): discreet, but words and a shape, not a colour alone.
        float markY = pad + cs.y + th.px(4);
        auto drawMark = [&](const std::string& mark) {
            ImVec2 ms = secondary->CalcTextSizeA(secondary->FontSize, FLT_MAX, 0, mark.c_str());
            ImVec2 p(size.x - pad - ms.x, markY);
            dl->AddCircle(ImVec2(p.x - th.px(14), p.y + ms.y * 0.5f), th.px(7), Theme::kMuted, 12, th.px(2));
            dl->AddText(secondary, secondary->FontSize, p, Theme::kMuted, mark.c_str());
            noteDrawnText(mark);
            markY += ms.y * 1.1f;
        };
        const auto& sync = f.model.sync();
        if (sync.offline)
            drawMark(words::fill(words::tr("Offline \xC2\xB7 {n} waiting"), {{"n", words::number(sync.waiting)}}));
        if (!idle.clockMark.empty()) drawMark(idle.clockMark);

        // Middle: camera view with a target frame, or a badge drawing.
        const float top = pad + secondary->FontSize * 1.15f + th.body->FontSize * 1.5f;
        // Room under the headline for its detail line ("Next: …", "Exit only"),
        // clear of the staff corner.
        const float detailWrap = size.x - 2 * pad;
        const float detailRoom =
            idle.detail.empty()
                ? 0.0f
                : secondary->CalcTextSizeA(secondary->FontSize, FLT_MAX, detailWrap, idle.detail.c_str()).y;
        const float bottom = size.y - th.title->FontSize * 2.6f - detailRoom;
        const float areaH = bottom - top;
        const float areaW = portrait ? size.x - 2 * pad : size.x * 0.6f;
        if (f.camera.texture && f.camera.width > 0 && cameraState == words::CameraState::Working) {
            float scale =
                std::min(areaW / static_cast<float>(f.camera.width), areaH / static_cast<float>(f.camera.height));
            ImVec2 sz(static_cast<float>(f.camera.width) * scale, static_cast<float>(f.camera.height) * scale);
            ImVec2 p0((size.x - sz.x) * 0.5f, top + (areaH - sz.y) * 0.5f);
            // A camera's picture mirrored (u from 1 to 0) unless configured
            // otherwise: members see a mirror. A replay of files is shown as it is.
            const bool mirror = f.camera.facesMember && f.model.config().mirrorPreview;
            dl->AddImage(reinterpret_cast<ImTextureID>(f.camera.texture), p0, ImVec2(p0.x + sz.x, p0.y + sz.y),
                         ImVec2(mirror ? 1.0f : 0.0f, 0.0f), ImVec2(mirror ? 0.0f : 1.0f, 1.0f));
            drawTarget(dl, p0, sz, th);
        } else {
            // No picture to aim at: words only, no target frame (a scanner has
            // its own light). A camera that is opening says how it is doing.
            const std::string hint = idle.cameraHint.empty() ? f.camera.status : idle.cameraHint;
            const float hintH = secondary->CalcTextSizeA(secondary->FontSize, FLT_MAX, areaW, hint.c_str()).y;
            centredText(dl, secondary, hint, 0, size.x, top + (areaH - hintH) * 0.5f, Theme::kMuted, areaW);
        }

        const float headlineY = bottom + th.title->FontSize * 0.3f;
        centredText(dl, th.title, idle.headline, 0, size.x, headlineY, Theme::kText);
        if (!idle.detail.empty())
            centredText(dl, secondary, idle.detail, 0, size.x, headlineY + th.title->FontSize * 1.1f, Theme::kMuted,
                        detailWrap);

        if (f.model.language().offersChoice()) drawLanguages(f, size, pad);

        // The staff corner: leads only to the PIN screen.
        // As wide as its word needs ("Personal", "Obsługa"), never narrower than a fingertip's 100 px.
        const char* staff = words::tr("Staff");
        const float staffW = std::max(th.px(100), ImGui::CalcTextSize(staff).x + 2 * ImGui::GetStyle().FramePadding.x);
        ImGui::SetCursorPos(ImVec2(size.x - staffW - th.px(10), size.y - th.px(56)));
        ImGui::PushStyleColor(ImGuiCol_Button, Theme::kTransparent);
        ImGui::PushStyleColor(ImGuiCol_Text, Theme::kMuted);
        if (button(staff, ImVec2(staffW, th.px(48)))) f.model.openStaff(f.now);
        noteTapTarget("idle-staff");
        ImGui::PopStyleColor(2);
        endScreen();
    }

    // Someone without a badge types their member id and Enter.
    void onTyped(std::string_view typed, InputContext& in) override { in.model.typedAtDoor(typed, in.now); }

private:
    // The other languages the door speaks, each by its own name, bottom left:
    // one tap, and the door speaks it until this member's result is done.
    static void drawLanguages(FrameContext& f, ImVec2 size, float pad) {
        const Theme& th = f.theme;
        const std::string_view now = f.model.language().forMembers(f.now);
        std::vector<const words::Language*> others;
        for (const std::string& code : f.model.language().offered())
            if (const words::Language* l = words::findLanguage(code); l && l->code != now) others.push_back(l);
        const ImGuiStyle& style = ImGui::GetStyle();
        const float gap = th.px(6), padX = th.px(8);
        float wanted = 0;
        for (const words::Language* l : others)
            wanted +=
                th.small->CalcTextSizeA(th.small->FontSize, FLT_MAX, 0, l->name.data(), l->name.data() + l->name.size())
                    .x +
                2 * padX + gap;
        const float room = size.x - pad - th.px(150);  // clear of the staff corner
        ImGui::PushFont(th.small);
        if (wanted > room) ImGui::SetWindowFontScale(std::max(0.7f, room / wanted));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(padX, style.FramePadding.y));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, style.ItemSpacing.y));
        ImGui::PushStyleColor(ImGuiCol_Button, Theme::kPanel);
        ImGui::SetCursorPos(ImVec2(pad, size.y - th.px(56)));
        for (const words::Language* l : others) {
            const std::string label = std::string(l->name) + "##lang-" + std::string(l->code);
            if (button(label.c_str(), ImVec2(0, th.px(48)))) f.model.chooseLanguage(std::string(l->code), f.now);
            ImGui::SameLine();
        }
        ImGui::NewLine();
        ImGui::PopStyleColor();
        ImGui::PopStyleVar(2);
        ImGui::SetWindowFontScale(1.0f);
        ImGui::PopFont();
    }

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
