#pragma once
// One scan, as it travels from the input that read it to the door service:
// the text exactly as decoded or typed (unverified: anything at all), where
// it came from, and when. The only scan type there is.

#include "common/clock.hpp"

#include <string>
#include <string_view>

namespace credopass {

enum class ScanOrigin {
    Camera,    // decoded from a camera frame
    Scanner,   // a USB barcode scanner (a keyboard typing at machine speed)
    Keyboard,  // a person typing: never trusted to unlock staff mode
    File,      // an image file or replayed frames (kioskctl scan, demos)
};
std::string_view toString(ScanOrigin o);  // "camera", "scanner", "keyboard", "file"

struct Scan {
    std::string text;
    ScanOrigin origin = ScanOrigin::Scanner;
    SteadyTime capturedAt{};  // the frame or the last key: what latency is measured from
};

}  // namespace credopass
