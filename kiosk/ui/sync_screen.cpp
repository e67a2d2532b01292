// Sync: online or offline, records waiting, last success and error, records
// held for staff with their reason (and a retry), a roster held for removing
// too much (and applying it anyway), "sync now", and progress while a backlog
// drains.
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/widgets.hpp"

#include "words/local_format.hpp"
#include "words/translate.hpp"

namespace credopass::kiosk::ui {
namespace {

using words::dateAndTime;
using words::fill;
using words::number;
using words::tr;
using words::trn;

const char* headline(const SyncView& s) {
    if (!s.running) return tr("Sync: no HQ configured on this kiosk");
    switch (s.connection) {
        case sync::Connection::Online: return tr("\xE2\x9C\x93 Online: HQ reachable");
        case sync::Connection::Offline: return tr("\xE2\x9C\x97 Offline: HQ unreachable, records wait");
        case sync::Connection::CredentialsRejected: return tr("\xE2\x9C\x97 Offline: HQ refused our credentials");
        case sync::Connection::Unknown: return tr("Sync: connecting");
    }
    return "";
}

class SyncScreen final : public StaffScreen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        KioskModel& m = f.model;
        const SyncView& s = m.sync();
        beginScreen(ScreenId::Sync, Theme::kBackground);
        drawStaffBar(f, ScreenId::Sync);
        ImGui::PushFont(th.body);
        ImGui::TextUnformatted(headline(s));
        ImGui::PopFont();
        std::string waiting = fill(tr("Records waiting for HQ: {n}"), {{"n", number(s.waiting)}});
        if (s.pulling) waiting += std::string("  ") + tr("(pulling roster)");
        ImGui::TextUnformatted(waiting.c_str());
        if (s.drainTotal > 0) {
            float done = static_cast<float>(s.drainSent) / static_cast<float>(s.drainTotal);
            std::string label =
                fill(tr("{sent} of {total} sent"), {{"sent", number(s.drainSent)}, {"total", number(s.drainTotal)}});
            ImGui::ProgressBar(done, ImVec2(-1, th.px(36)), label.c_str());
        }
        const std::string success = s.lastSuccess ? dateAndTime(*s.lastSuccess) : std::string(tr("never"));
        ImGui::TextUnformatted(fill(tr("Last success: {when}"), {{"when", success}}).c_str());
        if (s.lastError.empty()) {
            ImGui::TextUnformatted(tr("Last problem: none"));
        } else {
            // Words a volunteer can act on; the code's own message below, smaller, for whoever fixes it.
            const std::string& what = s.lastErrorWords.empty() ? s.lastError : s.lastErrorWords;
            ImGui::TextWrapped("%s", fill(tr("Last problem: {what}"), {{"what", what}}).c_str());
            if (!s.lastErrorWords.empty()) {
                ImGui::PushStyleColor(ImGuiCol_Text, Theme::kMuted);
                ImGui::TextWrapped("%s", fill(tr("Details: {what}"), {{"what", s.lastError}}).c_str());
                ImGui::PopStyleColor();
            }
        }
        if (s.running) {
            if (m.syncAsked()) {
                ImGui::BeginDisabled();
                bigButton(tr("Syncing..."), th, th.px(260), 56);
                ImGui::EndDisabled();
            } else if (bigButton(tr("Sync now"), th, th.px(260), 56)) {
                m.syncNow(f.now);
            }
        }
        if (s.correctedAtHq > 0)
            ImGui::TextWrapped("%s", trn("Corrected at HQ: {n} record other writers had changed",
                                         "Corrected at HQ: {n} records other writers had changed", s.correctedAtHq)
                                         .c_str());
        for (const std::string& held : s.pullHeld)
            ImGui::TextWrapped("%s", fill(tr("Roster held: {why}"), {{"why", held}}).c_str());
        if (s.running && !s.pullHeld.empty() && bigButton(tr("Apply roster anyway"), th, th.px(300), 56))
            m.askSync(sync::SyncAsk::ApplyHeldRoster, f.now);
        ImGui::Separator();
        const auto& poison = s.poison;
        ImGui::TextUnformatted(
            fill(tr("Held for staff (kept, not retried): {n}"), {{"n", number(static_cast<long long>(poison.size()))}})
                .c_str());
        if (s.running && !poison.empty()) {
            ImGui::SameLine();
            if (bigButton(tr("Retry held"), th, th.px(200), 48)) m.askSync(sync::SyncAsk::RetryHeld, f.now);
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
