#include "kiosk/input/frame_scanner.hpp"

#include "kiosk/input/held_code_filter.hpp"

namespace credopass::input {
namespace {

constexpr int kInvertedEvery = 3;  // empty frames per inverted glance

}  // namespace

FrameScanner::FrameScanner(std::unique_ptr<FrameSource> source, MessageQueue<InputEvent>& events,
                           FrameScannerConfig config)
    : source_(std::move(source)), events_(events), config_(std::move(config)), decoder_(config_.decoder) {}

FrameScanner::~FrameScanner() {
    stop();
}

void FrameScanner::start() {
    if (thread_.joinable()) return;
    {
        std::lock_guard lock(stopMutex_);
        stopping_ = false;
    }
    thread_ = std::thread([this] { run(); });
}

void FrameScanner::stop() {
    {
        std::lock_guard lock(stopMutex_);
        stopping_ = true;
    }
    stopSignal_.notify_all();
    if (thread_.joinable()) thread_.join();
}

bool FrameScanner::waitForRetry() {
    std::unique_lock lock(stopMutex_);
    return !stopSignal_.wait_for(lock, config_.retryEvery, [this] { return stopping_; });
}

void FrameScanner::post(SourceStatus::State state, std::string message) {
    events_.push(SourceStatus{state, source_->describe(), std::move(message)});
    if (config_.onEvent) config_.onEvent();
}

void FrameScanner::run() {
    HeldCodeFilter held(config_.forgetAfter);
    bool reportedLoss = false;
    // A phone in dark mode shows its code light on dark (see decodeFrame).
    Polarity preferred = Polarity::DarkOnLight;
    int emptyRun = 0;
    auto stopping = [this] {
        std::lock_guard lock(stopMutex_);
        return stopping_;
    };

    while (!stopping()) {
        if (!sourceOpen_) {
            Status opened = source_->open();
            if (!opened) {
                // Report a loss once, not on every retry.
                if (!reportedLoss) post(SourceStatus::State::Lost, opened.error().message);
                reportedLoss = true;
                if (!waitForRetry()) break;
                continue;
            }
            sourceOpen_ = true;
            reportedLoss = false;
            post(SourceStatus::State::Running, "");
        }

        FrameRead read = source_->read(config_.readTimeout);
        if (read.status == ReadStatus::Timeout) continue;
        if (read.status == ReadStatus::Ended) {
            post(SourceStatus::State::Ended, "");
            break;
        }
        if (read.status == ReadStatus::Lost) {
            source_->close();
            sourceOpen_ = false;
            post(SourceStatus::State::Lost, read.message);
            reportedLoss = true;
            if (!waitForRetry()) break;
            continue;
        }

        const FramePtr& frame = read.frame;
        preview_.push(frame);
        // Every frame is read the normal way, so a printed badge is found on
        // its first frame as before. While nothing is found, every third
        // frame also gets an inverted glance (a quarter of a decode at 640x480:
        // about 8 % more work on empty frames). A code found light on dark is
        // read that way first while it stays in view.
        auto texts = decoder_.decode(*frame, preferred);
        if (texts.empty() && preferred == Polarity::LightOnDark) {
            preferred = Polarity::DarkOnLight;
            texts = decoder_.decode(*frame);
        }
        if (texts.empty() && ++emptyRun % kInvertedEvery == 0) {
            texts = decoder_.decodeInvertedGlance(*frame);
            if (!texts.empty()) preferred = Polarity::LightOnDark;
        }
        if (!texts.empty()) emptyRun = 0;
        for (std::string& text : texts) {
            if (!held.admit(text, frame->capturedAt)) continue;
            events_.push(ScanEvent{Scan{std::move(text), config_.origin, frame->capturedAt}, frame->sequence,
                                   std::chrono::steady_clock::now()});
            if (config_.onEvent) config_.onEvent();
        }
        ++framesDecoded_;
    }
    if (sourceOpen_) source_->close();
    sourceOpen_ = false;
}

}  // namespace credopass::input
