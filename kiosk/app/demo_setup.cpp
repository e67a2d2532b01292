#include "kiosk/app/demo_setup.hpp"

#include "kiosk/app/demo_frames.hpp"

#include <filesystem>
#include <utility>

#include <unistd.h>

namespace credopass::kiosk {

DemoSetup::~DemoSetup() {
    std::error_code ec;
    if (!framesDir.empty()) std::filesystem::remove_all(framesDir, ec);
}

DemoSetup::DemoSetup(DemoSetup&& other) noexcept
    : notes(std::move(other.notes)), framesDir(std::exchange(other.framesDir, {})) {}

Result<DemoSetup> DemoSetup::apply(DoorService& door, KioskConfig& config) {
    DemoSetup setup;
    auto loaded = door.loadDemo(300);
    if (!loaded) return loaded.error();
    auto hasPin = door.hasPin();
    if (!hasPin) return hasPin.error();
    if (!*hasPin) {
        auto stored = door.setPin(kDemoPin);
        if (!stored) return stored.error();
        setup.notes.push_back(std::string("demo staff PIN is ") + kDemoPin);
    } else {
        // A demo database from an older build keeps the PIN it has (then 1234):
        // say so, rather than let the PIN printed above fail at the door.
        setup.notes.push_back(std::string("staff PIN: the one already set; a fresh demo database has ") + kDemoPin);
    }
    setup.notes.push_back("demo data loaded (" + std::to_string(loaded->members) + " members)");
    if (config.framesDir.empty() && config.camera.empty()) {
        // No camera given: a replayed one shows Jane's badge (a member id) and
        // John's (a pass for tonight's event) in turn.
        setup.framesDir =
            (std::filesystem::temp_directory_path() / ("credopass-demo-frames-" + std::to_string(::getpid()))).string();
        auto written = writeDemoFrames(setup.framesDir, {loaded->janeId, loaded->tonightEventId + ":" + loaded->johnId},
                                       config.replayFps);
        if (!written) return written.error();
        config.framesDir = setup.framesDir;
        setup.notes.push_back("demo camera replays " + setup.framesDir + " (Jane's and John's badges, in a loop)");
    }
    return setup;
}

}  // namespace credopass::kiosk
