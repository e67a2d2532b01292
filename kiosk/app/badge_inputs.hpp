#pragma once
// The kiosk's badge sources, started from the configuration: a camera or a
// replayed frame directory (a FrameScanner thread each), and the keyboard
// wedge (the UI feeds every key character in, on every screen;
// ScannerSplitter tells a scanner's bursts from a person typing). A
// scanner's code comes out as a scan, never as text; what a person typed
// comes out as text for the screen showing (a PIN, a search, a member id
// typed at the door). The decoder calls `wake` for each scan, so a decoded
// badge never waits for the next frame timer.

#include "common/message_queue.hpp"
#include "common/result.hpp"
#include "common/scan.hpp"
#include "kiosk/input/frame_scanner.hpp"
#include "kiosk/input/scanner_splitter.hpp"

#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace credopass::kiosk {

struct BadgeInputOptions {
    std::string camera;     // V4L2 device path, "" for none
    std::string framesDir;  // replayed frames instead of a camera
    double replayFps = 10.0;
    bool loopReplay = false;
};

class BadgeInputs {
public:
    BadgeInputs(std::function<void()> wake, input::SplitterConfig keyboard = {});
    ~BadgeInputs();  // stops the scanner thread, closing the camera
    BadgeInputs(const BadgeInputs&) = delete;
    BadgeInputs& operator=(const BadgeInputs&) = delete;

    // Replaces the frame source (another camera, or none). Errors: cannot_open
    // is not one of them: a camera that is missing is retried in the background.
    void useSource(const BadgeInputOptions& options);
    void stopSource();

    // The UI thread, for each key character: '\r' for Enter. `atMs` is the
    // key's timestamp on a monotonic millisecond clock (SDL's).
    void key(char c, std::int64_t atMs, SteadyTime now);
    // Before a key no scanner sends (Backspace, Escape, an F-key) acts: what
    // was being typed is a person's, and is ready in takeTyped() at once.
    void personKey(std::int64_t atMs, SteadyTime now);
    void tick(std::int64_t nowMs, SteadyTime now);
    std::optional<std::int64_t> nextKeyDeadline() const;

    // Every badge read since the last call, oldest first: camera, replay,
    // and the scanner's codes.
    std::vector<Scan> take();
    // What a person typed since the last call, in order, '\n' for Enter. It
    // trails the keys by the scanner gap: that is how long it takes to tell.
    std::string takeTyped();
    // The newest camera frame, if one arrived since the last call.
    input::FramePtr takePreview();
    const std::string& sourceName() const { return sourceName_; }
    std::string sourceStatus() const;
    bool hasCamera() const { return scanner_ != nullptr; }

private:
    static constexpr std::size_t kMaxTyped = 4096;
    void fromSplitter(const std::vector<input::SplitterOutput>& outputs, SteadyTime now);

    std::function<void()> wake_;
    MessageQueue<input::InputEvent> events_;
    std::unique_ptr<input::FrameScanner> scanner_;
    std::string sourceName_;
    std::string status_;
    input::ScannerSplitter splitter_;
    std::string typed_;  // a person's typing, not yet taken
    std::vector<Scan> keyed_;
};

}  // namespace credopass::kiosk
