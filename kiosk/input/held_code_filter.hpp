#pragma once
// A badge held in front of the camera is decoded in every frame; the door
// must hear of it once. A text is reported when it was not seen during the
// last `forgetAfter`; while it stays in view it is not reported again.
// Pure logic over given times, so tests drive it frame by frame.

#include "kiosk/input/luma_frame.hpp"

#include <chrono>
#include <string>
#include <unordered_map>

namespace credopass::input {

class HeldCodeFilter {
public:
    explicit HeldCodeFilter(std::chrono::milliseconds forgetAfter = std::chrono::milliseconds(1500))
        : forgetAfter_(forgetAfter) {}

    // True when `text`, seen at `at`, should be reported.
    bool admit(const std::string& text, SteadyTime at);

private:
    std::chrono::milliseconds forgetAfter_;
    std::unordered_map<std::string, SteadyTime> lastSeen_;
};

}  // namespace credopass::input
