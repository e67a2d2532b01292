#include "kiosk/ui/event_picker.hpp"

#include "kiosk/app/event_list.hpp"
#include "kiosk/ui/touch_list.hpp"
#include "kiosk/ui/widgets.hpp"

#include "words/local_format.hpp"
#include "words/staff_words.hpp"
#include "words/translate.hpp"

#include <algorithm>

namespace credopass::kiosk::ui {
namespace {

using words::fill;
using words::tr;

const char* whenWords(EventWhen when) {
    switch (when) {
        case EventWhen::Today: return tr("Today");
        case EventWhen::Coming: return tr("Coming");
        case EventWhen::Past: return tr("Past");
    }
    return "";
}

// "Fri 4 Dec 19:00 - 23:00 · ongoing": enough to tell two Friday Jazz Nights apart.
std::string eventDetail(const Event& e) {
    return words::dayAndTime(e.startTime) + " - " + words::timeOfDay(e.endTime) + "  \xC2\xB7  " +
           words::eventStatusWords(e.status);
}

const Event* findEvent(const std::vector<Event>& events, const std::string& id) {
    auto it = std::find_if(events.begin(), events.end(), [&](const Event& e) { return e.id == id; });
    return it == events.end() ? nullptr : &*it;
}

}  // namespace

void EventPicker::draw(FrameContext& f) {
    const DoorStatus& s = f.model.status();
    if (confirming_) {
        if (const Event* e = findEvent(s.events, *confirming_)) return drawConfirmation(f, *e);
        confirming_.reset();  // gone meanwhile (a pull removed it): back to the list
    }
    drawList(f);
}

void EventPicker::drawList(FrameContext& f) {
    const Theme& th = f.theme;
    const DoorStatus& s = f.model.status();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float backW = std::max(th.px(150), ImGui::CalcTextSize(tr("Back")).x + th.px(40));
    // The question wraps in the room Back leaves it (a long language takes two lines).
    const ImVec2 top = ImGui::GetCursorPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(th.body);
    ImGui::PushTextWrapPos(top.x + width - backW - gap);
    ImGui::TextWrapped("%s", tr("Which event does every scan go to?"));
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    const float below = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(top.x + width - backW, top.y));
    if (button(tr("Back"), ImVec2(backW, th.px(48)))) close();
    noteTapTarget("events-back");
    ImGui::SetCursorPosY(std::max(below, ImGui::GetCursorPosY()));

    if (s.pinnedEventId) {
        if (button(tr("Choose by time again (unpin)"), ImVec2(-1, th.px(56)))) {
            f.model.pinEvent(std::nullopt, f.now);
            close();
        }
        noteTapTarget("events-unpin");
    }
    ImGui::Dummy(ImVec2(gap, th.px(4)));

    const TimePoint doorNow = f.doorNow();
    const std::vector<Event> events = eventsToPin(s.events, doorNow);
    beginTouchList("events", ImVec2(0, 0));
    if (events.empty()) ImGui::TextWrapped("%s", tr("No events on this kiosk yet: they come with the next sync."));
    std::optional<EventWhen> heading;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& e = events[i];
        const EventWhen when = eventWhen(e, doorNow);
        if (when != heading) {
            heading = when;
            ImGui::PushStyleColor(ImGuiCol_Text, Theme::kMuted);
            ImGui::TextUnformatted(whenWords(when));
            ImGui::PopStyleColor();
        }
        const std::string id = "##event" + e.id;
        if (touchRow(id.c_str(), e.name, eventDetail(e), s.pinnedEventId == e.id, th)) confirming_ = e.id;
        noteTapTarget("event-" + std::to_string(i + 1));
    }
    endTouchList();
}

void EventPicker::drawConfirmation(FrameContext& f, const Event& e) {
    const Theme& th = f.theme;
    ImGui::PushFont(th.body);
    ImGui::TextWrapped("%s", tr("Pin this event?"));
    ImGui::PopFont();
    ImGui::PushFont(th.title);
    ImGui::TextWrapped("%s", e.name.c_str());
    ImGui::PopFont();
    ImGui::PushFont(th.body);
    ImGui::TextWrapped("%s", eventDetail(e).c_str());
    ImGui::PopFont();
    ImGui::TextWrapped("%s", tr("Every scan checks in to this event, whatever the time, until staff choose by time "
                                "again. The door shows it is pinned."));
    const TimePoint doorNow = f.doorNow();
    const bool open = e.status == EventStatus::Ongoing || e.status == EventStatus::Scheduled;
    if (!open || eventWhen(e, doorNow) == EventWhen::Past) {
        // Pinning it is allowed (staff may know better), but not without being told.
        ImGui::PushStyleColor(ImGuiCol_Text, Theme::kNotice);
        ImGui::TextWrapped("%s", fill(tr("This event is {status}, or over: scans may be refused while it is pinned."),
                                      {{"status", words::eventStatusWords(e.status)}})
                                     .c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(1, th.px(8)));
    const float w = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::PushStyleColor(ImGuiCol_Button, Theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_Text, Theme::kOnAccent);
    if (button(tr("Pin it"), ImVec2(w, th.px(64)))) {
        f.model.pinEvent(e.id, f.now);
        close();
    }
    ImGui::PopStyleColor(2);
    noteTapTarget("events-confirm");
    ImGui::SameLine();
    if (button(tr("Back"), ImVec2(w, th.px(64)))) confirming_.reset();
    noteTapTarget("events-cancel");
}

}  // namespace credopass::kiosk::ui
