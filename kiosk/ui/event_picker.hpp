#pragma once
// Choosing the event every scan goes to (pinning it), made for a finger: a
// full list of the kiosk's events with their day, time and status, tonight's
// first; a tap asks to confirm, naming the event; and a way back to choosing
// by time (unpinning). Drawn by the dashboard in place of its own content.

#include "kiosk/ui/screen.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace credopass::kiosk::ui {

class EventPicker {
public:
    // Open, and in this staff session (a lock closes it).
    bool isOpen(const KioskModel& model) const { return open_ && model.staffLocks() == openedAt_; }
    void open(const KioskModel& model) {
        open_ = true;
        openedAt_ = model.staffLocks();
        confirming_.reset();
    }
    void close() { open_ = false; }
    // The list, or the confirmation, filling what is left of the window.
    void draw(FrameContext& f);

private:
    void drawList(FrameContext& f);
    void drawConfirmation(FrameContext& f, const Event& event);

    bool open_ = false;
    std::uint64_t openedAt_ = 0;             // KioskModel::staffLocks() then
    std::optional<std::string> confirming_;  // the event tapped, waiting for "Pin it"
};

}  // namespace credopass::kiosk::ui
