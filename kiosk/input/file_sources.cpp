#include "kiosk/input/file_sources.hpp"

#include "common/text.hpp"
#include "kiosk/input/image_file.hpp"

#include <algorithm>
#include <thread>

namespace credopass::input {

Status StillImageSource::open() {
    auto frame = loadImageFile(path_);
    if (!frame) return Error{FileErrc::CannotOpen, frame.error().message};
    frame_ = std::make_shared<LumaFrame>(std::move(frame).value());
    return {};
}

FrameRead StillImageSource::read(std::chrono::milliseconds) {
    if (!frame_) return {ReadStatus::Ended, nullptr, {}};
    FrameRead r{ReadStatus::Frame, std::move(frame_), {}};
    frame_.reset();
    return r;
}

Status FrameDirectorySource::open() {
    std::error_code ec;
    files_.clear();
    for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
        std::string ext = toLower(entry.path().extension().string());
        if (entry.is_regular_file() && (ext == ".png" || ext == ".jpg" || ext == ".jpeg"))
            files_.push_back(entry.path());
    }
    if (ec) return Error{FileErrc::CannotOpen, "cannot read the directory " + dir_.string() + ": " + ec.message()};
    if (files_.empty()) return Error{FileErrc::CannotOpen, "no .png or .jpg frames in " + dir_.string()};
    if (fps_ <= 0) return Error{FileErrc::CannotOpen, "the replay frame rate must be above zero"};
    std::sort(files_.begin(), files_.end());
    next_ = 0;
    sequence_ = 0;
    start_ = std::chrono::steady_clock::now();
    return {};
}

FrameRead FrameDirectorySource::read(std::chrono::milliseconds timeout) {
    while (true) {
        if (next_ >= files_.size()) {
            if (!loop_ || files_.empty()) return {ReadStatus::Ended, nullptr, {}};
            next_ = 0;
        }
        // Pacing is the point of a replay: frame n is due at start + n/fps.
        auto due = start_ + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                std::chrono::duration<double>(static_cast<double>(sequence_) / fps_));
        auto now = std::chrono::steady_clock::now();
        if (due > now + timeout) {
            std::this_thread::sleep_for(timeout);
            return {ReadStatus::Timeout, nullptr, {}};
        }
        std::this_thread::sleep_until(due);
        auto loaded = loadImageFile(files_[next_++].string());
        ++sequence_;
        if (!loaded) continue;
        auto frame = std::make_shared<LumaFrame>(std::move(loaded).value());
        frame->sequence = sequence_;
        // Stamped with when the camera would have taken it, so a replay behaves
        // the same however fast this machine decodes (and a slow decoder shows
        // up as latency, as it would with a real camera).
        frame->capturedAt = due;
        return {ReadStatus::Frame, std::move(frame), {}};
    }
}

}  // namespace credopass::input
