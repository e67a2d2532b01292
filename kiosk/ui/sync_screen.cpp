// Sync: online or offline, records waiting, last success and error, records
// held for staff with their reason (and a retry), a roster held for removing
// too much (and applying it anyway), "sync now", and progress while a backlog
// drains.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/widgets.hpp"

#include "common/time.hpp"

namespace credopass::kiosk::ui {
namespace {

class SyncScreen final : public StaffScreen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        KioskModel& m = f.model;
        const SyncView& s = m.sync();
        beginScreen(ScreenId::Sync, Theme::kBackground);
        drawStaffBar(f, ScreenId::Sync);
        ImGui::PushFont(th.body);
        if (!s.running)
            ImGui::TextUnformatted("Sync: no HQ configured on this kiosk");
        else if (s.online)
            ImGui::TextUnformatted("\xE2\x9C\x93 Online: HQ reachable");
        else if (s.offline && s.connection == "offline")
            ImGui::TextUnformatted("\xE2\x9C\x97 Offline: HQ unreachable, records wait");
        else if (s.offline)
            ImGui::Text("\xE2\x9C\x97 Offline: %s", s.connection.c_str());
        else
            ImGui::Text("Sync: %s", s.connection.c_str());
        ImGui::PopFont();
        ImGui::Text("Records waiting for HQ: %lld%s", static_cast<long long>(s.waiting),
                    s.pulling ? "  (pulling roster)" : "");
        if (s.drainTotal > 0) {
            float done = static_cast<float>(s.drainSent) / static_cast<float>(s.drainTotal);
            std::string label = std::to_string(s.drainSent) + " of " + std::to_string(s.drainTotal) + " sent";
            ImGui::ProgressBar(done, ImVec2(-1, th.px(36)), label.c_str());
        }
        ImGui::Text("Last success: %s", s.lastSuccess ? formatLocalDateTime(*s.lastSuccess).c_str() : "never");
        if (s.lastError.empty()) {
            ImGui::TextUnformatted("Last problem: none");
        } else {
            // Words a volunteer can act on; the code's own message below, smaller, for whoever fixes it.
            ImGui::TextWrapped("Last problem: %s",
                               s.lastErrorWords.empty() ? s.lastError.c_str() : s.lastErrorWords.c_str());
            if (!s.lastErrorWords.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, Theme::kMuted);
                ImGui::TextWrapped("Details: %s", s.lastError.c_str());
                ImGui::PopStyleColor();
            }
        }
        if (s.running) {
            if (m.syncAsked()) {
                ImGui::BeginDisabled();
                bigButton("Syncing...", th, th.px(260), 56);
                ImGui::EndDisabled();
            } else if (bigButton("Sync now", th, th.px(260), 56)) {
                m.syncNow(f.now);
            }
        }
        if (s.correctedAtHq > 0)
            ImGui::Text("Corrected at HQ: %lld records other writers had changed",
                        static_cast<long long>(s.correctedAtHq));
        for (const std::string& held : s.pullHeld)
            ImGui::TextWrapped("Roster held: %s", held.c_str());
        if (s.running && !s.pullHeld.empty() && bigButton("Apply roster anyway", th, th.px(300), 56))
            m.askSync(sync::SyncAsk::ApplyHeldRoster, f.now);
        ImGui::Separator();
        const auto& poison = s.poison;
        ImGui::Text("Held for staff (kept, not retried): %zu", poison.size());
        if (s.running && !poison.empty()) {
            ImGui::SameLine();
            if (bigButton("Retry held", th, th.px(200), 48)) m.askSync(sync::SyncAsk::RetryHeld, f.now);
        }
        ImGui::BeginChild("poison", ImVec2(0, 0), false);
        for (const PoisonRecord& p : poison)
            ImGui::TextWrapped("#%lld %s: %s", static_cast<long long>(p.seq), p.entity.c_str(), p.reason.c_str());
        ImGui::EndChild();
        endScreen();
    }
};

}  // namespace

std::unique_ptr<Screen> makeSyncScreen() {
    return std::make_unique<SyncScreen>();
}

}  // namespace credopass::kiosk::ui
