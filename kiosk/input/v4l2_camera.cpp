#include "kiosk/input/v4l2_camera.hpp"

#include <libv4l2.h>
#include <linux/videodev2.h>

#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <system_error>

namespace credopass::input {
namespace {

// Formats whose luminance we read directly, best first.
constexpr std::uint32_t kDirectFormats[] = {V4L2_PIX_FMT_GREY, V4L2_PIX_FMT_YUYV, V4L2_PIX_FMT_NV12, V4L2_PIX_FMT_UYVY};

bool deviceGone(int err) {
    return err == ENODEV || err == ENXIO || err == EIO || err == EBADF;
}

}  // namespace

V4l2Camera::~V4l2Camera() {
    close();
}

int V4l2Camera::ioctl(unsigned long request, void* arg) const {
    int r = 0;
    do {
        r = v4l2_ioctl(fd_, request, arg);
    } while (r < 0 && errno == EINTR);
    return r;
}

Status V4l2Camera::fail(const std::string& what) {
    std::string message = config_.device + ": " + what + ": " + std::generic_category().message(errno);
    close();
    return Error{FileErrc::CannotOpen, message};
}

Status V4l2Camera::open() {
    close();
    fd_ = v4l2_open(config_.device.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC, 0);
    if (fd_ < 0)
        return Error{FileErrc::CannotOpen,
                     "cannot open " + config_.device + ": " + std::generic_category().message(errno)};

    v4l2_capability cap{};
    if (ioctl(VIDIOC_QUERYCAP, &cap) < 0) return fail("not a V4L2 device");
    std::uint32_t caps = (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps : cap.capabilities;
    if (!(caps & V4L2_CAP_VIDEO_CAPTURE) || !(caps & V4L2_CAP_STREAMING)) {
        errno = ENOTSUP;
        return fail("not a streaming capture device");
    }

    // Prefer a format the camera sends natively and whose luminance we can take
    // as is; libv4l2 lists its emulated (converted) formats with a flag.
    std::optional<std::uint32_t> chosen;
    for (std::uint32_t wanted : kDirectFormats) {
        v4l2_fmtdesc desc{};
        desc.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        for (desc.index = 0; ioctl(VIDIOC_ENUM_FMT, &desc) == 0; ++desc.index) {
            if (desc.pixelformat == wanted && !(desc.flags & V4L2_FMT_FLAG_EMULATED)) chosen = wanted;
        }
        if (chosen) break;
    }
    converted_ = !chosen;
    if (!chosen) chosen = V4L2_PIX_FMT_YUV420;  // MJPEG and the rest: libv4l2 converts

    v4l2_format fmt{};
    fmt.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    fmt.fmt.pix.width = static_cast<std::uint32_t>(config_.width);
    fmt.fmt.pix.height = static_cast<std::uint32_t>(config_.height);
    fmt.fmt.pix.pixelformat = *chosen;
    fmt.fmt.pix.field = V4L2_FIELD_NONE;
    if (ioctl(VIDIOC_S_FMT, &fmt) < 0) return fail("cannot set the capture format");
    auto layout = layoutFromFourcc(fmt.fmt.pix.pixelformat);
    if (!layout) {
        errno = ENOTSUP;
        return fail("the camera offers no format with readable luminance");
    }
    layout_ = *layout;
    width_ = static_cast<int>(fmt.fmt.pix.width);
    height_ = static_cast<int>(fmt.fmt.pix.height);
    bytesPerLine_ = static_cast<int>(fmt.fmt.pix.bytesperline);

    v4l2_streamparm parm{};  // frame rate: best effort, many drivers ignore it
    parm.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    parm.parm.capture.timeperframe.numerator = 1;
    parm.parm.capture.timeperframe.denominator = static_cast<std::uint32_t>(config_.fps);
    ioctl(VIDIOC_S_PARM, &parm);

    v4l2_requestbuffers req{};
    req.count = static_cast<std::uint32_t>(config_.buffers);
    req.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    req.memory = V4L2_MEMORY_MMAP;
    if (ioctl(VIDIOC_REQBUFS, &req) < 0 || req.count < 1) return fail("cannot get capture buffers");
    for (std::uint32_t i = 0; i < req.count; ++i) {
        v4l2_buffer buf{};
        buf.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        buf.memory = V4L2_MEMORY_MMAP;
        buf.index = i;
        if (ioctl(VIDIOC_QUERYBUF, &buf) < 0) return fail("cannot query a capture buffer");
        void* start = v4l2_mmap(nullptr, buf.length, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, buf.m.offset);
        if (start == MAP_FAILED) return fail("cannot map a capture buffer");
        buffers_.push_back({start, buf.length});
        if (ioctl(VIDIOC_QBUF, &buf) < 0) return fail("cannot queue a capture buffer");
    }
    int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (ioctl(VIDIOC_STREAMON, &type) < 0) return fail("cannot start streaming");
    streaming_ = true;
    return {};
}

FrameRead V4l2Camera::read(std::chrono::milliseconds timeout) {
    if (fd_ < 0) return {ReadStatus::Lost, nullptr, config_.device + " is not open"};
    pollfd p{fd_, POLLIN, 0};
    int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    if (ready < 0 && errno == EINTR) return {ReadStatus::Timeout, nullptr, {}};
    if (ready < 0 || (p.revents & (POLLERR | POLLHUP | POLLNVAL)))
        return {ReadStatus::Lost, nullptr, config_.device + " stopped delivering frames (unplugged?)"};
    if (ready == 0) return {ReadStatus::Timeout, nullptr, {}};

    // Take every frame that is ready and keep only the newest: the older ones
    // go straight back to the driver.
    std::optional<v4l2_buffer> newest;
    while (true) {
        v4l2_buffer buf{};
        buf.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        buf.memory = V4L2_MEMORY_MMAP;
        if (ioctl(VIDIOC_DQBUF, &buf) < 0) {
            if (errno == EAGAIN) break;
            if (deviceGone(errno) || !newest)
                return {ReadStatus::Lost, nullptr, config_.device + ": " + std::generic_category().message(errno)};
            break;
        }
        if (newest) ioctl(VIDIOC_QBUF, &*newest);
        newest = buf;
    }
    if (!newest) return {ReadStatus::Timeout, nullptr, {}};

    auto frame = std::make_shared<LumaFrame>();
    frame->capturedAt = std::chrono::steady_clock::now();
    bool ok = newest->index < buffers_.size() && !(newest->flags & V4L2_BUF_FLAG_ERROR) &&
              extractLuma(layout_, static_cast<const std::uint8_t*>(buffers_[newest->index].start),
                          newest->bytesused ? newest->bytesused : buffers_[newest->index].length, width_, height_,
                          bytesPerLine_, *frame);
    if (ioctl(VIDIOC_QBUF, &*newest) < 0 && deviceGone(errno))
        return {ReadStatus::Lost, nullptr, config_.device + ": " + std::generic_category().message(errno)};
    if (!ok) return {ReadStatus::Timeout, nullptr, {}};  // a damaged frame: skip it
    frame->sequence = ++sequence_;
    return {ReadStatus::Frame, std::move(frame), {}};
}

void V4l2Camera::close() {
    if (fd_ < 0) return;
    if (streaming_) {
        int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        ioctl(VIDIOC_STREAMOFF, &type);  // fails harmlessly on an unplugged device
        streaming_ = false;
    }
    for (Buffer& b : buffers_)
        v4l2_munmap(b.start, b.length);
    buffers_.clear();
    v4l2_close(fd_);
    fd_ = -1;
}

}  // namespace credopass::input
