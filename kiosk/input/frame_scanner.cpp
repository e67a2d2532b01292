#include "kiosk/input/frame_scanner.hpp"

#include "kiosk/input/held_code_filter.hpp"

namespace credopass::input {

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
    Polarity polarity = Polarity::DarkOnLight;
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
        // Nothing found: the next frame is read the other way round (a phone
        // in dark mode), so each polarity gets every other frame and a frame
        // costs one decode, as before. A code found keeps its polarity.
        auto texts = decoder_.decode(*frame, polarity);
        if (texts.empty()) polarity = otherPolarity(polarity);
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
