#include "core/event_choice.hpp"

namespace credopass {

bool statusAdmits(EventStatus s) {
    return s == EventStatus::Scheduled || s == EventStatus::Ongoing;
}

bool withinDoors(const Event& e, TimePoint now, Millis grace) {
    return now >= e.startTime - grace && now <= e.endTime;
}

EventChoice choosePinned(const Event& pinned) {
    bool admits = statusAdmits(pinned.status);
    std::string why = admits ? "pinned by staff" : "pinned by staff, but " + std::string(toString(pinned.status));
    return EventChoice{pinned, admits, why, admits ? ChoiceReason::PinnedByStaff : ChoiceReason::PinnedNotOpen};
}

namespace {

bool openAt(const Event& e, TimePoint now, Millis grace) {
    return e.status == EventStatus::Ongoing || (e.status == EventStatus::Scheduled && withinDoors(e, now, grace));
}

int countOpen(std::span<const Event> candidates, TimePoint now, Millis grace) {
    int open = 0;
    for (const Event& e : candidates)
        if (openAt(e, now, grace)) ++open;
    return open;
}

}  // namespace

EventChoice choosePass(const Event& passEvent, std::span<const Event> candidates, TimePoint now, Millis grace) {
    const int open = countOpen(candidates, now, grace);
    if (openAt(passEvent, now, grace))
        return EventChoice{passEvent, true, "on the member's pass", ChoiceReason::OnPass, {}, open};
    return EventChoice{passEvent, false, "the pass is for an event that is not open now", ChoiceReason::PassNotOpen,
                       {},        open};
}

EventChoice chooseEvent(std::span<const Event> candidates, TimePoint now, Millis grace) {
    const Event* best = nullptr;
    for (const Event& e : candidates)
        if (openAt(e, now, grace) && (!best || e.startTime > best->startTime)) best = &e;
    if (!best) return EventChoice{std::nullopt, false, "no event is open now", ChoiceReason::NoneOpen};
    std::string why = best->status == EventStatus::Ongoing
                          ? "ongoing"
                          : "scheduled " + formatLocalHourMinute(best->startTime) + "\xE2\x80\x93" +
                                formatLocalHourMinute(best->endTime) + ", doors open at " +
                                formatLocalHourMinute(best->startTime - grace);
    const bool ongoing = best->status == EventStatus::Ongoing;
    return EventChoice{*best,
                       true,
                       why,
                       ongoing ? ChoiceReason::Ongoing : ChoiceReason::Scheduled,
                       best->startTime - grace,
                       countOpen(candidates, now, grace)};
}

}  // namespace credopass
