#pragma once
// Whether the camera still delivers pictures. An unplugged camera says so, but
// a frozen one (a USB hub browning out, a driver stuck) just stops sending:
// after a few seconds without a frame the idle screen tells members to use
// the scanner instead of showing them a still picture that will never read
// their badge.

#include "common/clock.hpp"
#include "common/time.hpp"

#include <chrono>

namespace credopass::kiosk {

class CameraWatch {
public:
    static constexpr Millis kSilence = std::chrono::seconds(4);

    void opened(SteadyTime now) { last_ = now; }  // a (new) camera: it gets kSilence for its first frame
    void frame(SteadyTime now) { last_ = now; }
    bool silent(SteadyTime now) const { return now - last_ >= kSilence; }

private:
    SteadyTime last_{};
};

}  // namespace credopass::kiosk
