#pragma once
// The window loop: SDL events and worker replies in, model updates, a frame
// out only when something changed (input, a reply, a camera frame, the
// minute on the clock). Between those it sleeps in SDL_WaitEventTimeout, so
// an idle kiosk costs almost nothing.

#include "kiosk/app/badge_inputs.hpp"
#include "kiosk/app/door_worker.hpp"
#include "kiosk/app/kiosk_model.hpp"
#include "kiosk/ui/platform.hpp"
#include "kiosk/ui/sound_player.hpp"
#include "kiosk/ui/theme.hpp"
#include "sync/sync_link.hpp"

#include <chrono>

namespace credopass::kiosk::ui {

struct LoopParts {
    Platform& platform;
    Theme& theme;  // rebuilt when the roster brings characters its atlas lacks
    FontFiles fonts;
    std::u32string fixedGlyphs;  // characters always drawn beside the roster's (the organisation's name)
    KioskModel& model;
    DoorWorker& door;
    BadgeInputs& inputs;
    SoundPlayer& sound;
    sync::SyncLink* sync;  // null when no HQ is configured
    MessageQueue<sync::SyncStatus>& syncStatuses;
    BadgeInputOptions sourceOptions;                  // to reopen another camera
    std::chrono::steady_clock::time_point startedAt;  // for the start-to-first-frame figure
    bool windowed = false;                            // closing the window quits only in development
    bool checkText = false;                           // --check-text (kiosk/ui/text_check.hpp)
    bool tellTaps = false;                            // --tell-taps (kiosk/ui/tap_targets.hpp)
};

// Returns when SDL_QUIT arrives (SIGTERM, SIGINT, window closed) or staff exit.
void runKioskLoop(LoopParts parts);

}  // namespace credopass::kiosk::ui
