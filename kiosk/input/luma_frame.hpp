#pragma once
// One camera (or file) frame as luminance only: 8 bits per pixel, row-major,
// no padding. QR decoding needs nothing else, and a preview can draw it as a
// greyscale texture. Frames are shared read-only between the decoder and the
// preview, never copied.

#include "common/clock.hpp"

#include <chrono>
#include <cstdint>
#include <memory>
#include <vector>

namespace credopass::input {

struct LumaFrame {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // width * height bytes
    std::uint64_t sequence = 0;        // counts frames from one source, from 1
    SteadyTime capturedAt{};           // when the frame was taken from the device (or file)
};

using FramePtr = std::shared_ptr<const LumaFrame>;

}  // namespace credopass::input
