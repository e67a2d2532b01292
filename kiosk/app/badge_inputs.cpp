#include "kiosk/app/badge_inputs.hpp"

#include "kiosk/input/file_sources.hpp"
#include "kiosk/input/v4l2_camera.hpp"

namespace credopass::kiosk {

BadgeInputs::BadgeInputs(std::function<void()> wake, input::SplitterConfig keyboard)
    : wake_(std::move(wake)), splitter_(keyboard) {}

BadgeInputs::~BadgeInputs() {
    stopSource();
}

void BadgeInputs::stopSource() {
    if (scanner_) scanner_->stop();
    scanner_.reset();
    sourceName_.clear();
}

void BadgeInputs::useSource(const BadgeInputOptions& options) {
    stopSource();
    std::unique_ptr<input::FrameSource> source;
    input::FrameScannerConfig config;
    if (!options.framesDir.empty()) {
        source =
            std::make_unique<input::FrameDirectorySource>(options.framesDir, options.replayFps, options.loopReplay);
        config.origin = ScanOrigin::File;
    } else if (!options.camera.empty()) {
        input::CameraConfig camera;
        camera.device = options.camera;
        source = std::make_unique<input::V4l2Camera>(camera);
    }
    if (!source) return;
    sourceName_ = source->describe();
    status_ = "starting";
    config.onEvent = wake_;  // the decoder wakes the screen itself
    scanner_ = std::make_unique<input::FrameScanner>(std::move(source), events_, config);
    scanner_->start();
}

void BadgeInputs::fromSplitter(const std::vector<input::SplitterOutput>& outputs, SteadyTime now) {
    for (const auto& out : outputs) {
        if (out.kind == input::SplitterOutput::Kind::Code)
            keyed_.push_back(Scan{out.text, ScanOrigin::Scanner, now});
        else if (typed_.size() < kMaxTyped)  // bounded, like the splitter, should nobody take it
            typed_ += out.text;
    }
}

void BadgeInputs::key(char c, std::int64_t atMs, SteadyTime now) {
    fromSplitter(splitter_.feed(c, std::chrono::milliseconds(atMs)), now);
}

void BadgeInputs::personKey(std::int64_t atMs, SteadyTime now) {
    fromSplitter(splitter_.personKey(std::chrono::milliseconds(atMs)), now);
}

void BadgeInputs::tick(std::int64_t nowMs, SteadyTime now) {
    fromSplitter(splitter_.tick(std::chrono::milliseconds(nowMs)), now);
}

std::optional<std::int64_t> BadgeInputs::nextKeyDeadline() const {
    auto d = splitter_.nextDeadline();
    if (!d) return std::nullopt;
    return d->count();
}

std::vector<Scan> BadgeInputs::take() {
    std::vector<Scan> out = std::exchange(keyed_, {});
    for (auto& event : events_.drain()) {
        if (auto* scan = std::get_if<input::ScanEvent>(&event)) {
            out.push_back(std::move(scan->scan));
        } else if (auto* status = std::get_if<input::SourceStatus>(&event)) {
            status_ = status->message.empty() ? status->source : status->message;
        }
    }
    return out;
}

std::string BadgeInputs::takeTyped() {
    return std::exchange(typed_, {});
}

input::FramePtr BadgeInputs::takePreview() {
    if (!scanner_) return nullptr;
    auto frame = scanner_->previewFrames().tryPop();
    return frame ? *frame : nullptr;
}

std::string BadgeInputs::sourceStatus() const {
    return status_;
}

}  // namespace credopass::kiosk
