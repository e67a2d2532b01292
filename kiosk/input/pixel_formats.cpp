#include "kiosk/input/pixel_formats.hpp"

#include "kiosk/input/luma_frame.hpp"

#include <linux/videodev2.h>

#include <cstring>

namespace credopass::input {

std::string_view toString(PixelLayout layout) {
    switch (layout) {
        case PixelLayout::Grey: return "GREY";
        case PixelLayout::Yuyv: return "YUYV";
        case PixelLayout::Uyvy: return "UYVY";
        case PixelLayout::Nv12: return "NV12";
        case PixelLayout::Yuv420: return "YU12";
    }
    return "?";
}

std::optional<PixelLayout> layoutFromFourcc(std::uint32_t fourcc) {
    switch (fourcc) {
        case V4L2_PIX_FMT_GREY: return PixelLayout::Grey;
        case V4L2_PIX_FMT_YUYV: return PixelLayout::Yuyv;
        case V4L2_PIX_FMT_UYVY: return PixelLayout::Uyvy;
        case V4L2_PIX_FMT_NV12: return PixelLayout::Nv12;
        case V4L2_PIX_FMT_YUV420: return PixelLayout::Yuv420;
        default: return std::nullopt;
    }
}

bool extractLuma(PixelLayout layout, const std::uint8_t* data, std::size_t bytes, int width, int height,
                 int bytesPerLine, LumaFrame& out) {
    if (width <= 0 || height <= 0 || data == nullptr) return false;
    bool packed = layout == PixelLayout::Yuyv || layout == PixelLayout::Uyvy;
    std::size_t w = static_cast<std::size_t>(width);
    std::size_t h = static_cast<std::size_t>(height);
    std::size_t stride = bytesPerLine > 0 ? static_cast<std::size_t>(bytesPerLine) : (packed ? 2 * w : w);
    std::size_t rowBytes = packed ? 2 * w : w;
    if (stride < rowBytes || bytes < stride * (h - 1) + rowBytes) return false;

    out.width = width;
    out.height = height;
    out.pixels.resize(w * h);
    std::uint8_t* dst = out.pixels.data();
    if (!packed) {
        // GREY, NV12, YUV420: the Y plane comes first, row by row.
        for (std::size_t y = 0; y < h; ++y)
            std::memcpy(dst + y * w, data + y * stride, w);
        return true;
    }
    std::size_t lumaOffset = layout == PixelLayout::Yuyv ? 0 : 1;  // Y0 U Y1 V  vs  U Y0 V Y1
    for (std::size_t y = 0; y < h; ++y) {
        const std::uint8_t* src = data + y * stride + lumaOffset;
        std::uint8_t* row = dst + y * w;
        for (std::size_t x = 0; x < w; ++x)
            row[x] = src[2 * x];
    }
    return true;
}

}  // namespace credopass::input
