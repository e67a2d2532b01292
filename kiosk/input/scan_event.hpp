#pragma once
// What input threads post to the door: a code was read, or a source changed
// state. Values only; the receiver drains a credopass::MessageQueue<InputEvent>.

#include "common/scan.hpp"
#include "kiosk/input/luma_frame.hpp"

#include <cstdint>
#include <string>
#include <variant>

namespace credopass::input {

// A code was read: the scan itself, and where in the stream it was found.
struct ScanEvent {
    Scan scan;                        // raw, unverified: the door service judges it
    std::uint64_t frameSequence = 0;  // camera/file: the frame it was read from
    SteadyTime postedAt{};            // when the event was posted (decode latency)
};

struct SourceStatus {
    enum class State {
        Running,  // opened (again, after a loss)
        Lost,     // unplugged or failing; being retried
        Ended,    // a file source finished
    };
    State state = State::Running;
    std::string source;   // FrameSource::describe()
    std::string message;  // for people
};

using InputEvent = std::variant<ScanEvent, SourceStatus>;

}  // namespace credopass::input
