#pragma once
// Where frames come from: a V4L2 camera, a still image, or a directory of
// frames replayed at a frame rate. A FrameScanner (kiosk/input/frame_scanner.hpp)
// runs one on its own thread; nothing here is shared between threads.

#include "common/result.hpp"
#include "kiosk/input/luma_frame.hpp"

#include <chrono>
#include <string>

namespace credopass::input {

enum class ReadStatus {
    Frame,    // `frame` is set
    Timeout,  // nothing new yet; call again
    Ended,    // a file source has shown everything
    Lost,     // the device went away (unplugged) or failed; close() and open() again
};

struct FrameRead {
    ReadStatus status = ReadStatus::Timeout;
    FramePtr frame;
    std::string message;  // for Lost: what happened, for people
};

class FrameSource {
public:
    virtual ~FrameSource() = default;
    // Errors: cannot_open (missing device, unreadable directory, ...).
    virtual Status open() = 0;
    // Waits at most `timeout` for the next frame.
    virtual FrameRead read(std::chrono::milliseconds timeout) = 0;
    virtual void close() = 0;
    // "camera /dev/video0", "frames tests/badge/golden" (for status messages).
    virtual std::string describe() const = 0;
};

}  // namespace credopass::input
