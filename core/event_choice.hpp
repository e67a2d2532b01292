#pragma once
// Which event a scan belongs to.
//  1. An event pinned by staff wins, whatever the time; if it is draft,
//     cancelled or completed it admits nobody.
//  2. Otherwise: events that are `ongoing`, or `scheduled` with now in
//     [startTime - grace, endTime]; of several, the one that started last.

#include "model/records.hpp"

#include <optional>
#include <span>
#include <string>

namespace credopass {

// Why the event was chosen, as data: staff read it in their language (words/), kioskctl's JSON in `why`.
enum class ChoiceReason { PinnedByStaff, PinnedNotOpen, OnPass, PassNotOpen, NoneOpen, Ongoing, Scheduled };

struct EventChoice {
    std::optional<Event> event;
    bool admits = false;
    std::string why;  // the same in English, for JSON and logs: "pinned by staff", "scheduled 18:00–23:00, ..."
    ChoiceReason reason = ChoiceReason::NoneOpen;
    TimePoint doorsOpen{};  // Scheduled: when its doors open (start minus the grace)
    int openNow = 0;        // events open now (of the candidates): more than one, and results name theirs
};

bool statusAdmits(EventStatus s);
// Now is within the event's doors: from `grace` before its start to its end.
bool withinDoors(const Event& e, TimePoint now, Millis grace);

EventChoice choosePinned(const Event& pinned);
EventChoice chooseEvent(std::span<const Event> candidates, TimePoint now, Millis grace);
// A pass's own event: it admits while it is open now (as chooseEvent decides
// openness), and never otherwise, whatever its status.
EventChoice choosePass(const Event& passEvent, std::span<const Event> candidates, TimePoint now, Millis grace);

}  // namespace credopass
