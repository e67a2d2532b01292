#include "words/staff_words.hpp"

#include "words/local_format.hpp"
#include "words/translate.hpp"

namespace credopass::words {

const char* eventStatusWords(EventStatus status) {
    switch (status) {
        case EventStatus::Draft: return tr("draft");
        case EventStatus::Scheduled: return tr("scheduled");
        case EventStatus::Ongoing: return tr("ongoing");
        case EventStatus::Completed: return tr("completed");
        case EventStatus::Cancelled: return tr("cancelled");
    }
    return "";
}

const char* doorModeWords(DoorMode mode) {
    switch (mode) {
        case DoorMode::Auto: return tr("In and out");
        case DoorMode::InOnly: return tr("Entrance only");
        case DoorMode::OutOnly: return tr("Exit only");
    }
    return "";
}

std::string whyChosen(const DoorStatus& s) {
    if (!s.reason) return s.why;  // choosing failed: the error's own words, for whoever fixes it
    switch (*s.reason) {
        case ChoiceReason::PinnedByStaff: return tr("pinned by staff");
        case ChoiceReason::PinnedNotOpen:
            return fill(tr("pinned by staff, but {status}"),
                        {{"status", s.event ? eventStatusWords(s.event->status) : ""}});
        case ChoiceReason::OnPass: return tr("on the member's pass");
        case ChoiceReason::PassNotOpen: return tr("the pass is for an event that is not open now");
        case ChoiceReason::NoneOpen: return tr("no event is open now");
        case ChoiceReason::Ongoing: return tr("ongoing");
        case ChoiceReason::Scheduled:
            if (!s.event) return tr("scheduled");
            return fill(tr("scheduled {start}\xE2\x80\x93{end}, doors open at {doors}"),
                        {{"start", timeOfDay(s.event->startTime)},
                         {"end", timeOfDay(s.event->endTime)},
                         {"doors", timeOfDay(s.doorsOpen)}});
    }
    return s.why;
}

}  // namespace credopass::words
