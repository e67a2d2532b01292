#pragma once
// File sources for tests, the demo and benchmarks.

#include "kiosk/input/frame_source.hpp"

#include <filesystem>
#include <vector>

namespace credopass::input {

// One PNG or JPEG, shown once, then Ended.
class StillImageSource final : public FrameSource {
public:
    explicit StillImageSource(std::string path) : path_(std::move(path)) {}
    Status open() override;
    FrameRead read(std::chrono::milliseconds timeout) override;
    void close() override { frame_.reset(); }
    std::string describe() const override { return "image " + path_; }

private:
    std::string path_;
    FramePtr frame_;
};

// Every .png/.jpg/.jpeg in a directory, in name order, replayed at `fps` as a
// camera would deliver them (frame n is due, and stamped as captured, n/fps
// after the first), then Ended, or round again when `loop`. A frame that
// cannot be read is skipped.
class FrameDirectorySource final : public FrameSource {
public:
    FrameDirectorySource(std::filesystem::path dir, double fps, bool loop = false)
        : dir_(std::move(dir)), fps_(fps), loop_(loop) {}
    Status open() override;
    FrameRead read(std::chrono::milliseconds timeout) override;
    void close() override { files_.clear(); }
    std::string describe() const override { return "frames " + dir_.string(); }

    std::size_t frameCount() const { return files_.size(); }

private:
    std::filesystem::path dir_;
    double fps_;
    bool loop_;
    std::vector<std::filesystem::path> files_;
    std::size_t next_ = 0;
    std::uint64_t sequence_ = 0;
    SteadyTime start_{};
};

}  // namespace credopass::input
