#pragma once
// The decoder thread: takes frames from one FrameSource, decodes QR codes with
// ZXing-cpp, and posts a ScanEvent for each badge newly in view (a badge held
// in front of the lens is reported once, not thirty times a second). A lost
// source (camera unplugged) is reported and reopened every `retryEvery` until
// it is back; the thread never dies of it.
//
// The newest frame is also offered for a preview: previewFrames() holds at
// most one, so a slow screen always gets the latest and never makes the
// decoder wait.
//
//   credopass::MessageQueue<input::InputEvent> events;
//   input::FrameScanner scanner(std::make_unique<input::V4l2Camera>(cfg), events);
//   scanner.start();
//   ... each UI frame: for (auto& e : events.drain()) ...; scanner.previewFrames().tryPop();

#include "common/message_queue.hpp"
#include "kiosk/input/frame_source.hpp"
#include "kiosk/input/qr_decoder.hpp"
#include "kiosk/input/scan_event.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace credopass::input {

struct FrameScannerConfig {
    DecoderConfig decoder;
    std::chrono::milliseconds forgetAfter{1500};  // out of view this long: may be reported again
    std::chrono::milliseconds retryEvery{1000};   // reopen a lost source this often
    std::chrono::milliseconds readTimeout{100};   // how often the thread checks for stop()
    ScanOrigin origin = ScanOrigin::Camera;
    // Called on the scanner's thread after each event is queued (thread-safe,
    // e.g. waking the UI), so a decoded badge never waits for the next frame timer.
    std::function<void()> onEvent;
};

class FrameScanner {
public:
    // Throws std::invalid_argument for an unknown decoder format name (a
    // configuration error, reported here rather than on the thread).
    FrameScanner(std::unique_ptr<FrameSource> source, MessageQueue<InputEvent>& events, FrameScannerConfig config = {});
    ~FrameScanner();  // stops and joins
    FrameScanner(const FrameScanner&) = delete;
    FrameScanner& operator=(const FrameScanner&) = delete;

    void start();
    void stop();  // returns once the thread has closed the source

    MessageQueue<FramePtr>& previewFrames() { return preview_; }
    // Single status values, readable from any thread.
    std::uint64_t framesDecoded() const { return framesDecoded_.load(); }
    bool sourceOpen() const { return sourceOpen_.load(); }

private:
    void run();
    bool waitForRetry();  // false when stopping
    void post(SourceStatus::State state, std::string message);

    std::unique_ptr<FrameSource> source_;
    MessageQueue<InputEvent>& events_;
    FrameScannerConfig config_;
    QrDecoder decoder_;  // used by the thread only
    MessageQueue<FramePtr> preview_{1};
    std::atomic<std::uint64_t> framesDecoded_{0};
    std::atomic<bool> sourceOpen_{false};
    std::mutex stopMutex_;
    std::condition_variable stopSignal_;
    bool stopping_ = false;
    std::thread thread_;
};

}  // namespace credopass::input
