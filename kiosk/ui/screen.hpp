#pragma once
// One screen of the kiosk. Each screen is its own file with its own state,
// and one row in the screen table (kiosk/app/screen_table.hpp) and in the
// factory list (screen_set.cpp); the loop draws the one the model says is
// current and hands it the keys and text meant for it. Screens read the model
// and call its intents; they never touch the database, the camera or the
// network.

#include "kiosk/app/kiosk_model.hpp"
#include "kiosk/ui/theme.hpp"

#include <SDL.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::kiosk::ui {

// The live camera picture, as the loop last uploaded it.
struct CameraPreview {
    SDL_Texture* texture = nullptr;
    int width = 0;
    int height = 0;
    std::string device;                  // what is open ("" = no camera)
    std::string status;                  // "live", "unplugged, retrying", ...
    bool silent = false;                 // a camera is open but no frame came for a while (CameraWatch)
    bool facesMember = false;            // a real camera (not a replay of files): its picture is a mirror
    std::vector<std::string> available;  // /dev/video* for the staff to choose from
};

// What screens may ask of the shell beyond the model (things that are not
// door business): another camera, sound volume applied to the player.
struct ShellRequests {
    std::optional<std::string> camera;
    bool testSound = false;
};

struct FrameContext {
    KioskModel& model;
    const Theme& theme;
    SteadyTime now;
    TimePoint wallNow;
    const CameraPreview& camera;
    ShellRequests& shell;

    // The door's time: the system's, corrected by HQ's or staff's when they vouched for it.
    TimePoint doorNow() const { return wallNow + model.status().clock.trust.offset.value_or(Millis{0}); }
};

// What a key or typed text may act on, between frames.
struct InputContext {
    KioskModel& model;
    SteadyTime now;
};

class Screen {
public:
    virtual ~Screen() = default;
    virtual void draw(FrameContext& f) = 0;
    // A key that is not text, on this screen: Escape, Backspace. The F-keys
    // are the screen table's; Enter comes as '\n' in onTyped.
    virtual void onKey(SDL_Keycode /*key*/, InputContext& /*in*/) {}
    // What a person typed, UTF-8 with '\n' for Enter. A scanner's badge never
    // arrives here: the scanner splitter made it a scan, which the door
    // answers whatever screen is open.
    virtual void onTyped(std::string_view /*typed*/, InputContext& /*in*/) {}
};

// What every staff screen shares: Escape locks staff mode.
class StaffScreen : public Screen {
public:
    void onKey(SDL_Keycode key, InputContext& in) override;
};

// The staff screens' top bar: a tab per staff screen (kScreens), and Lock.
void drawStaffBar(FrameContext& f, ScreenId current);

}  // namespace credopass::kiosk::ui
