#pragma once
// Luminance straight out of a camera buffer, without colour conversion:
// in YUYV/UYVY it is every other byte, in NV12 and YUV420 (I420) it is the
// first plane, and GREY is nothing but.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace credopass::input {

enum class PixelLayout { Grey, Yuyv, Uyvy, Nv12, Yuv420 };

std::string_view toString(PixelLayout layout);
// From a V4L2 fourcc (V4L2_PIX_FMT_GREY, _YUYV, _UYVY, _NV12, _YUV420).
std::optional<PixelLayout> layoutFromFourcc(std::uint32_t fourcc);

struct LumaFrame;

// Fills out.width/height/pixels from `data` (`bytes` long, rows `bytesPerLine`
// apart; 0 means tightly packed). False, leaving `out` unchanged, when the
// buffer is too short for the size claimed (a truncated frame from a driver).
bool extractLuma(PixelLayout layout, const std::uint8_t* data, std::size_t bytes, int width, int height,
                 int bytesPerLine, LumaFrame& out);

}  // namespace credopass::input
