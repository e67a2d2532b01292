// Staff dashboard: the current event and why, pinning another, door mode,
// checked in against capacity, inside now, recent scans, arrivals per 10 min.
#include "kiosk/ui/event_picker.hpp"
#include "kiosk/ui/screen.hpp"
#include "kiosk/ui/text_check.hpp"
#include "kiosk/ui/touch_list.hpp"
#include "kiosk/ui/widgets.hpp"

#include "words/local_format.hpp"
#include "words/staff_words.hpp"
#include "words/translate.hpp"

#include <algorithm>

namespace credopass::kiosk::ui {
namespace {

using words::fill;
using words::number;
using words::timeOfDay;
using words::tr;

// Bars per 10 minutes, drawn directly: each labelled with its count, the
// first and last with their time, so the chart reads without colour.
void drawArrivals(const Arrivals& arrivals, const Theme& th) {
    const auto& bins = arrivals.perTenMinutes;
    ImGui::TextUnformatted(tr("Arrivals per 10 min"));
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = th.px(110);
    const float label = th.small->FontSize;
    ImGui::Dummy(ImVec2(w, h + label * 1.2f));
    if (bins.empty()) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int peak = 1;
    for (int n : bins)
        peak = std::max(peak, n);
    const float slot = w / static_cast<float>(bins.size());
    const float barW = std::min(slot * 0.8f, th.px(60));
    for (std::size_t i = 0; i < bins.size(); ++i) {
        const float x = p0.x + slot * static_cast<float>(i) + (slot - barW) * 0.5f;
        const float bh = (h - label) * static_cast<float>(bins[i]) / static_cast<float>(peak);
        const float top = p0.y + h - bh;
        if (bins[i] > 0) {
            dl->AddRectFilled(ImVec2(x, top), ImVec2(x + barW, p0.y + h), Theme::kAccent, th.px(3));
            std::string n = std::to_string(bins[i]);
            dl->AddText(th.small, th.small->FontSize, ImVec2(x, top - label), Theme::kText, n.c_str());
        }
    }
    dl->AddLine(ImVec2(p0.x, p0.y + h), ImVec2(p0.x + w, p0.y + h), Theme::kMuted, th.px(2));
    std::string first = timeOfDay(arrivals.firstBinStart);
    dl->AddText(th.small, th.small->FontSize, ImVec2(p0.x, p0.y + h + 2), Theme::kMuted, first.c_str());
    std::string last = tr("now");
    noteDrawnText(last);
    ImVec2 ls = th.small->CalcTextSizeA(th.small->FontSize, FLT_MAX, 0, last.c_str());
    dl->AddText(th.small, th.small->FontSize, ImVec2(p0.x + w - ls.x, p0.y + h + 2), Theme::kMuted, last.c_str());
}

// The name a test taps a door-mode button by (--tell-taps).
const char* modeTapName(DoorMode mode) {
    switch (mode) {
        case DoorMode::Auto: return "dashboard-mode-auto";
        case DoorMode::InOnly: return "dashboard-mode-in";
        case DoorMode::OutOnly: return "dashboard-mode-out";
    }
    return "dashboard-mode";
}

class DashboardScreen final : public StaffScreen {
public:
    void draw(FrameContext& f) override {
        const Theme& th = f.theme;
        KioskModel& m = f.model;
        const DoorStatus& s = m.status();
        beginScreen(ScreenId::Dashboard, Theme::kBackground);
        drawStaffBar(f, ScreenId::Dashboard);
        if (picker_.isOpen(m)) {
            picker_.draw(f);
            endScreen();
            return;
        }
        const ImVec2 avail = ImGui::GetContentRegionAvail();
        const bool wide = avail.x > avail.y;
        const float colW = wide ? avail.x * 0.5f - th.px(6) : avail.x;

        // Both columns follow a finger (kiosk/ui/touch_list.hpp), and their
        // buttons ignore a finger that dragged: scrolling never pins, unpins
        // or changes the door mode.
        beginTouchList("event", ImVec2(colW, wide ? avail.y : avail.y * 0.55f));
        ImGui::PushFont(th.body);
        ImGui::TextWrapped("%s", s.event ? s.event->name.c_str() : tr("No event right now"));
        ImGui::PopFont();
        ImGui::TextWrapped("%s", fill(tr("Why: {why}"), {{"why", words::whyChosen(s)}}).c_str());
        if (s.unsignedAccepted) {
            // Standing, while kiosk.toml allows it: a member id is no secret.
            ImGui::PushStyleColor(ImGuiCol_Text, Theme::kNotice);
            ImGui::TextWrapped("%s", tr("Unsigned badges accepted: anyone who knows a member's id can check in as "
                                        "them (kiosk.toml [badges] accept)"));
            ImGui::PopStyleColor();
        }
        if (s.event) {
            ImGui::Text("%s - %s", words::dateAndTime(s.event->startTime).c_str(), timeOfDay(s.event->endTime).c_str());
            float fraction = s.event->capacity && *s.event->capacity > 0
                                 ? static_cast<float>(s.attended) / static_cast<float>(*s.event->capacity)
                                 : 0.0f;
            std::string label = s.event->capacity
                                    ? fill(tr("{n} checked in of {capacity}"),
                                           {{"n", number(s.attended)}, {"capacity", number(*s.event->capacity)}})
                                    : fill(tr("{n} checked in"), {{"n", number(s.attended)}});
            ImGui::ProgressBar(fraction, ImVec2(-1, th.px(36)), label.c_str());
            ImGui::TextUnformatted(fill(tr("Inside now: {n}"), {{"n", number(s.inside)}}).c_str());
        }

        // Pinning: one event for every scan, whatever the time (a list made
        // for fingers, and a confirmation), or back to choosing by time.
        std::string current = s.pinnedEventId
                                  ? fill(tr("Pinned: {event}"), {{"event", s.event ? s.event->name : *s.pinnedEventId}})
                                  : std::string(tr("Chosen by time"));
        ImGui::TextWrapped("%s", current.c_str());
        const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        if (touchButton(tr("Choose the event"), ImVec2(s.pinnedEventId ? half : -1, th.px(48)))) picker_.open(m);
        noteTapTarget("dashboard-choose-event");
        if (s.pinnedEventId) {
            ImGui::SameLine();
            if (touchButton(tr("Unpin"), ImVec2(half, th.px(48)))) m.pinEvent(std::nullopt, f.now);
            noteTapTarget("dashboard-unpin");
        }
        ImGui::TextUnformatted(tr("Door mode:"));
        const DoorMode modes[] = {DoorMode::Auto, DoorMode::InOnly, DoorMode::OutOnly};
        // Side by side when every label fits its third of the column; else one
        // under the other, full width (German and French words are longer).
        const float full = ImGui::GetContentRegionAvail().x;
        float widest = 0;
        for (DoorMode mode : modes)
            widest = std::max(widest, ImGui::CalcTextSize(words::doorModeWords(mode)).x + th.px(20));
        const bool inRow = widest + 2 * ImGui::GetStyle().FramePadding.x <= (full - th.px(20)) / 3.0f;
        const float bw = inRow ? (full - th.px(20)) / 3.0f : full;
        for (DoorMode mode : modes) {
            bool active = s.mode == mode;
            if (active) ImGui::PushStyleColor(ImGuiCol_Button, Theme::kAccent);
            if (active) ImGui::PushStyleColor(ImGuiCol_Text, Theme::kOnAccent);
            std::string label = std::string(active ? "\xE2\x80\xA2 " : "") + std::string(words::doorModeWords(mode));
            if (touchButton(label.c_str(), ImVec2(bw, th.px(48))) && !active) m.setDoorMode(mode, f.now);
            if (active) ImGui::PopStyleColor(2);
            noteTapTarget(modeTapName(mode));
            if (inRow) ImGui::SameLine();
        }
        if (inRow) ImGui::NewLine();
        endTouchList();
        if (wide) ImGui::SameLine();

        beginTouchList("activity", ImVec2(0, 0));
        drawArrivals(s.arrivals, th);
        ImGui::TextUnformatted(tr("Recent scans"));
        for (const RecentScan& r : m.recentScans()) {
            ImGui::PushStyleColor(ImGuiCol_Text, th.toneText(r.tone));
            ImGui::Text("%s  %s  (%s)", timeOfDay(r.at).c_str(), r.what.c_str(), r.who.c_str());
            ImGui::PopStyleColor();
        }
        if (m.recentScans().empty()) ImGui::TextDisabled("%s", tr("none since start"));
        endTouchList();
        endScreen();
    }

private:
    EventPicker picker_;
};

}  // namespace

std::unique_ptr<Screen> makeDashboardScreen() {
    return std::make_unique<DashboardScreen>();
}

}  // namespace credopass::kiosk::ui
