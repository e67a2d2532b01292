#pragma once
// `credopass-kiosk --demo`: demo data in the database, staff PIN 123456 when no
// PIN is set, and, when no camera or replay was given, a replayed camera
// showing the demo badges (kiosk/app/demo_frames.hpp). The frames live in a
// temporary directory removed when the DemoSetup is destroyed.

#include "common/result.hpp"
#include "common/time.hpp"
#include "config/kiosk_config.hpp"
#include "core/door_service.hpp"

#include <string>
#include <vector>

namespace credopass::kiosk {

inline constexpr const char* kDemoPin = "123456";  // the shortest a staff PIN may be (core/pin_format.hpp)

class DemoSetup {
public:
    DemoSetup() = default;
    ~DemoSetup();
    DemoSetup(DemoSetup&& other) noexcept;
    DemoSetup& operator=(DemoSetup&&) = delete;
    DemoSetup(const DemoSetup&) = delete;
    DemoSetup& operator=(const DemoSetup&) = delete;

    std::vector<std::string> notes;  // what was done, for the console
    std::string framesDir;           // the replayed camera, if one was made

    // Loads the demo through `door` and points `config` at the demo camera when it has none.
    static Result<DemoSetup> apply(DoorService& door, KioskConfig& config);
};

}  // namespace credopass::kiosk
