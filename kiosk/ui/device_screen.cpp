// Device: camera choice with preview, sound volume, the clock, CSV export,
// and exit to the system (staff only).
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/touch_list.hpp"
#include "kiosk/ui/widgets.hpp"

#include "words/language.hpp"
#include "words/local_format.hpp"
#include "words/translate.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>
#include <string>

namespace credopass::kiosk::ui {
namespace {

using words::fill;
using words::tr;

// The popup's id stays the same in every language ("###"): only its title is translated.
// Frame padding that makes a slider or a text field 48 units tall, a
// fingertip's target (the style's padding makes them 40 at 800x480).
ImVec2 fingerPadding(const Theme& th) {
    const ImGuiStyle& style = ImGui::GetStyle();
    return ImVec2(style.FramePadding.x, std::max(style.FramePadding.y, (th.px(48) - ImGui::GetFontSize()) * 0.5f));
}
constexpr const char* kExitPopup = "###exit";

class DeviceScreen final : public StaffScreen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        KioskModel& m = f.model;
        beginScreen(ScreenId::Device, Theme::kBackground);
        drawStaffBar(f, ScreenId::Device);
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const bool wide = avail.x > avail.y;

        // A touch list: at 800x480 the column is taller than the screen, and
        // Exit is at its foot. Its buttons ignore a finger that dragged.
        beginTouchList("controls", ImVec2(wide ? avail.x * 0.55f : 0, wide ? 0 : avail.y * 0.6f));
        ImGui::TextUnformatted(
            fill(tr("Camera: {device}"), {{"device", f.camera.device.empty() ? tr("none") : f.camera.device}}).c_str());
        if (!f.camera.status.empty() && f.camera.status != f.camera.device)
            ImGui::TextWrapped("%s", f.camera.status.c_str());
        for (const std::string& dev : f.camera.available) {
            if (dev == f.camera.device) continue;
            std::string label = fill(tr("Use {device}"), {{"device", dev}});
            if (touchButton(label.c_str(), ImVec2(0, th.px(48)))) {
                f.shell.camera = dev;
                m.noteStaffAction("camera", dev, f.now);
            }
            ImGui::SameLine();
        }
        ImGui::NewLine();

        int volume = m.volume();
        ImGui::TextUnformatted(tr("Sound volume"));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, fingerPadding(th));  // the slider as tall as a button
        ImGui::SetNextItemWidth(-th.px(120));
        if (ImGui::SliderInt("##volume", &volume, 0, 100, "%d %%")) m.setVolume(volume, f.now);
        holdTouchListWhileActive();
        ImGui::SameLine();
        if (touchButton(tr("Test"), ImVec2(th.px(110), th.px(48)))) f.shell.testSound = true;
        ImGui::PopStyleVar();

        ImGui::Separator();
        clock(f);
        ImGui::Separator();
        if (exportPath_.empty()) exportPath_ = defaultExportPath(m.config().exportDir, f.wallNow);
        ImGui::TextUnformatted(tr("Export attendance (CSV) to:"));
        char buffer[512];
        std::snprintf(buffer, sizeof buffer, "%s", exportPath_.c_str());
        ImGui::SetNextItemWidth(-1);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, fingerPadding(th));
        if (ImGui::InputText("##path", buffer, sizeof buffer)) exportPath_ = buffer;
        ImGui::PopStyleVar();
        if (touchButton(tr("Export CSV"), ImVec2(th.px(260), th.px(52)))) m.exportCsv(exportPath_, f.now);
        noteTapTarget("device-export");

        ImGui::Separator();
        staffLanguage(f);
        ImGui::Separator();
        ImGui::PushStyleColor(ImGuiCol_Button, Theme::kDanger);
        if (touchButton(tr("Exit to the system"), ImVec2(th.px(320), th.px(52)))) ImGui::OpenPopup(kExitPopup);
        noteTapTarget("device-exit");
        ImGui::PopStyleColor();
        confirmExit(f);
        endTouchList();

        if (wide) ImGui::SameLine();
        ImGui::BeginChild("preview", ImVec2(0, 0), false);
        if (f.camera.texture && f.camera.width > 0) {
            ImVec2 room = ImGui::GetContentRegionAvail();
            float scale =
                std::min(room.x / static_cast<float>(f.camera.width), room.y / static_cast<float>(f.camera.height));
            ImGui::Image(
                reinterpret_cast<ImTextureID>(f.camera.texture),
                ImVec2(static_cast<float>(f.camera.width) * scale, static_cast<float>(f.camera.height) * scale));
        } else {
            ImGui::TextDisabled("%s", tr("No camera picture"));
        }
        ImGui::EndChild();
        endScreen();
    }

    // The export path field takes a person's typing (ImGui reads it from its
    // input queue, as its SDL backend would have put it there); a scanner's
    // badge is a scan and never reaches the field. Enter and Backspace reach
    // the field as keys.
    void onTyped(std::string_view typed, InputContext& /*in*/) override {
        ImGuiIO& io = ImGui::GetIO();
        if (!io.WantTextInput) return;
        std::string text;
        for (char c : typed)
            if (c != '\n') text.push_back(c);
        io.AddInputCharactersUTF8(text.c_str());
    }

private:
    // Whether the door trusts its time; staff can vouch for it (a board
    // without a clock battery and without network), and send records from a
    // boot that never learned the time as they were written.
    void clock(FrameContext& f) {
        const Theme& th = f.theme;
        const ClockState& c = f.model.status().clock;
        const TimePoint doorNow = f.doorNow();
        const char* state = "";
        switch (c.trust.source) {
            case ClockSource::Ntp: state = tr("Clock: set by the network (NTP)"); break;
            case ClockSource::Hq: state = tr("Clock: set from HQ"); break;
            case ClockSource::Staff: state = tr("Clock: confirmed by staff"); break;
            case ClockSource::None: state = tr("Clock not set: records wait until the time is known"); break;
        }
        ImGui::TextWrapped("%s", state);
        ImGui::TextUnformatted(fill(tr("Door time: {when}"), {{"when", words::dateAndTime(doorNow)}}).c_str());
        if (c.waiting > 0)
            ImGui::TextWrapped(
                "%s", fill(tr("{n} check-in times wait to be corrected"), {{"n", words::number(c.waiting)}}).c_str());
        if (!c.trust.trusted && touchButton(tr("The clock is right"), ImVec2(0, th.px(48))))
            f.model.askClock(ClockAsk::What::Confirm, f.now);
        setTime(f, c.trust.trusted, doorNow);
        if (c.held > 0) {
            ImGui::TextWrapped(
                "%s", fill(tr("{n} times from a boot without a clock are held from HQ"), {{"n", words::number(c.held)}})
                          .c_str());
            if (touchButton(tr("Send them as written"), ImVec2(0, th.px(48))))
                f.model.askClock(ClockAsk::What::ReleaseHeld, f.now);
        }
    }

    // Or staff give the time it is: the door's time moved in steps a finger
    // can hit, then set (audited; the door service refuses a time before the build).
    void setTime(FrameContext& f, bool trusted, TimePoint doorNow) {
        using namespace std::chrono_literals;
        if (trusted) {
            proposed_.reset();
            return;
        }
        if (!proposed_) proposed_ = std::chrono::floor<std::chrono::minutes>(doorNow);
        ImGui::TextUnformatted(fill(tr("Set the time to: {when}"), {{"when", words::dateAndTime(*proposed_)}}).c_str());
        // Rows of three at most: a label in a language a third longer than English still fits.
        const std::array<std::array<Millis, 3>, 3> rows{
            {{-24h, 24h, Millis{0}}, {-1h, -10min, -1min}, {1min, 10min, 1h}}};
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        int id = 0;
        for (const auto& row : rows) {
            const int n = row[2] == Millis{0} ? 2 : 3;
            const float width =
                (ImGui::GetContentRegionAvail().x - static_cast<float>(n - 1) * spacing) / static_cast<float>(n);
            for (int i = 0; i < n; ++i) {
                const Millis step = row[static_cast<std::size_t>(i)];
                const std::string label = (step < Millis{0} ? "-" : "+") +
                                          words::duration(step < Millis{0} ? -step : step) + "##step" +
                                          std::to_string(id++);
                if (i > 0) ImGui::SameLine();
                if (touchButton(label.c_str(), ImVec2(width, f.theme.px(48)))) *proposed_ += step;
            }
        }
        if (touchButton(tr("Set the time"), ImVec2(0, f.theme.px(48)))) {
            f.model.askClock(ClockAsk::What::Set, f.now, *proposed_);
            proposed_.reset();
        }
    }

    std::optional<TimePoint> proposed_;  // the time staff are setting, while the clock is untrusted

    // The staff's own language for the staff screens, each by its own name;
    // the door keeps its own for members.
    static void staffLanguage(FrameContext& f) {
        const auto& offered = f.model.language().offered();
        if (offered.size() < 2) return;
        ImGui::TextUnformatted(tr("Staff language:"));
        const ImGuiStyle& style = ImGui::GetStyle();
        const float right = ImGui::GetWindowContentRegionMax().x;
        bool first = true;
        for (const std::string& code : offered) {
            const words::Language* l = words::findLanguage(code);
            if (!l) continue;
            // Wrapped: a row of seven names is wider than the column at 800x480.
            const float w =
                ImGui::CalcTextSize(l->name.data(), l->name.data() + l->name.size()).x + 2 * style.FramePadding.x;
            if (!first && ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
            first = false;
            const bool active = f.model.language().staff() == code;
            if (active) ImGui::PushStyleColor(ImGuiCol_Button, Theme::kAccent);
            const std::string label = std::string(l->name) + "##staff-" + code;
            if (touchButton(label.c_str(), ImVec2(0, f.theme.px(48)))) f.model.chooseStaffLanguage(code, f.now);
            if (active) ImGui::PopStyleColor();
            ImGui::SameLine();
        }
        ImGui::NewLine();
    }

    // One tap is not enough to stop the door: say what happens, and ask.
    static void confirmExit(FrameContext& f) {
        const Theme& th = f.theme;
        const ImVec2 size = ImGui::GetIO().DisplaySize;
        ImGui::SetNextWindowPos(ImVec2(size.x * 0.5f, size.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowSize(ImVec2(std::min(size.x - th.px(40), th.px(640)), 0));
        const std::string title = std::string(tr("Exit the kiosk?")) + kExitPopup;
        if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize))
            return;
        ImGui::TextWrapped("%s", tr("The door stops answering badges. Under its system service "
                                    "(credopass-kiosk.service) it stays stopped until someone runs: systemctl start "
                                    "credopass-kiosk. Everything checked in so far is saved."));
        const float w = (ImGui::GetContentRegionAvail().x - th.px(10)) * 0.5f;
        if (button(tr("Stay"), ImVec2(w, th.px(56)))) ImGui::CloseCurrentPopup();
        noteTapTarget("exit-stay");
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Button, Theme::kDanger);
        if (button(tr("Exit"), ImVec2(w, th.px(56)))) {
            f.model.requestExit(f.now);
            ImGui::CloseCurrentPopup();
        }
        noteTapTarget("exit-confirm");
        ImGui::PopStyleColor();
        ImGui::EndPopup();
    }

    static std::string defaultExportPath(const std::string& dir, TimePoint now) {
        std::time_t t = std::chrono::system_clock::to_time_t(now);
        std::tm local{};
        localtime_r(&t, &local);
        char name[64];
        std::strftime(name, sizeof name, "attendance-%Y%m%d-%H%M.csv", &local);
        return dir + "/" + name;
    }

    std::string exportPath_;
};

}  // namespace

std::unique_ptr<Screen> makeDeviceScreen() {
    return std::make_unique<DeviceScreen>();
}

}  // namespace credopass::kiosk::ui
