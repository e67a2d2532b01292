#pragma once
// One screen of the kiosk. Each screen is its own file with its own state;
// the loop draws the one the model says is current. Screens read the model
// and call its intents; they never touch the database, the camera or the
// network.

#include "kiosk/app/kiosk_model.hpp"
#include "kiosk/ui/theme.hpp"

#include <SDL.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace credopass::kiosk::ui {

// The live camera picture, as the loop last uploaded it.
struct CameraPreview {
    SDL_Texture* texture = nullptr;
    int width = 0;
    int height = 0;
    std::string device;                  // what is open ("" = no camera)
    std::string status;                  // "live", "unplugged, retrying", ...
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
};

class Screen {
public:
    virtual ~Screen() = default;
    virtual void draw(FrameContext& f) = 0;
};

std::unique_ptr<Screen> makeIdleScreen();
std::unique_ptr<Screen> makeResultScreen();
std::unique_ptr<Screen> makePinScreen();
std::unique_ptr<Screen> makeDashboardScreen();
std::unique_ptr<Screen> makeManualScreen();
std::unique_ptr<Screen> makeSyncScreen();
std::unique_ptr<Screen> makeDeviceScreen();

// The staff screens' top bar: tabs and Lock. Returns the height used.
void drawStaffBar(FrameContext& f, ScreenId current);

}  // namespace credopass::kiosk::ui
