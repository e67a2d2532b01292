#pragma once
// A V4L2 camera (USB webcams; the Raspberry Pi camera through its V4L2
// interface), opened by device path and streamed with mmap buffers.
//
// Luminance is taken straight from the frame when the camera offers GREY,
// YUYV, UYVY or NV12; a camera that only sends MJPEG (or another compressed
// format) goes through libv4l2's conversion to YUV420, whose first plane is
// luminance. Only `buffers` (2) frames are ever queued, and read() always
// hands out the newest one ready, so what is decoded is what is in front of
// the lens now, not what was there a second ago.
//
// An unplugged camera makes read() return Lost (never a crash); the owner
// (FrameScanner) closes it and calls open() again until it is back.

#include "kiosk/input/frame_source.hpp"
#include "kiosk/input/pixel_formats.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace credopass::input {

struct CameraConfig {
    std::string device = "/dev/video0";
    int width = 640;
    int height = 480;
    int fps = 30;
    int buffers = 2;
};

class V4l2Camera final : public FrameSource {
public:
    explicit V4l2Camera(CameraConfig config) : config_(std::move(config)) {}
    ~V4l2Camera() override;
    V4l2Camera(const V4l2Camera&) = delete;
    V4l2Camera& operator=(const V4l2Camera&) = delete;

    Status open() override;
    FrameRead read(std::chrono::milliseconds timeout) override;
    void close() override;
    std::string describe() const override { return "camera " + config_.device; }

    // What open() settled on (the driver may pick another size than asked).
    int width() const { return width_; }
    int height() const { return height_; }
    PixelLayout layout() const { return layout_; }
    bool converted() const { return converted_; }  // through libv4l2's conversion

private:
    struct Buffer {
        void* start = nullptr;
        std::size_t length = 0;
    };
    Status fail(const std::string& what);
    int ioctl(unsigned long request, void* arg) const;

    CameraConfig config_;
    int fd_ = -1;
    std::vector<Buffer> buffers_;
    bool streaming_ = false;
    int width_ = 0;
    int height_ = 0;
    int bytesPerLine_ = 0;
    PixelLayout layout_ = PixelLayout::Grey;
    bool converted_ = false;
    std::uint64_t sequence_ = 0;
};

}  // namespace credopass::input
