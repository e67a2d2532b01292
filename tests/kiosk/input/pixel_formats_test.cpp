#include "kiosk/input/pixel_formats.hpp"
#include "kiosk/input/luma_frame.hpp"

#include <catch2/catch.hpp>

#include <linux/videodev2.h>

using namespace credopass::input;

TEST_CASE("YUYV and UYVY: luminance is every other byte, rows at their stride") {
    // 2x2 pixels, rows padded to 6 bytes.
    const std::uint8_t yuyv[] = {10, 200, 11, 201, 0xEE, 0xEE, 12, 202, 13, 203, 0xEE, 0xEE};
    LumaFrame f;
    REQUIRE(extractLuma(PixelLayout::Yuyv, yuyv, sizeof yuyv, 2, 2, 6, f));
    CHECK(f.pixels == std::vector<std::uint8_t>{10, 11, 12, 13});
    const std::uint8_t uyvy[] = {200, 20, 201, 21, 202, 22, 203, 23};
    REQUIRE(extractLuma(PixelLayout::Uyvy, uyvy, sizeof uyvy, 2, 2, 0, f));
    CHECK(f.pixels == std::vector<std::uint8_t>{20, 21, 22, 23});
}

TEST_CASE("NV12, YUV420 and GREY: the first plane") {
    std::vector<std::uint8_t> nv12 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 99, 99, 99};  // 3x3 Y + chroma
    LumaFrame f;
    for (auto layout : {PixelLayout::Nv12, PixelLayout::Yuv420, PixelLayout::Grey}) {
        REQUIRE(extractLuma(layout, nv12.data(), nv12.size(), 3, 3, 3, f));
        CHECK(f.width == 3);
        CHECK(f.pixels == std::vector<std::uint8_t>{1, 2, 3, 4, 5, 6, 7, 8, 9});
    }
}

TEST_CASE("a buffer shorter than the frame claims is refused") {
    std::vector<std::uint8_t> data(std::size_t{639} * 480);
    LumaFrame f;
    CHECK_FALSE(extractLuma(PixelLayout::Grey, data.data(), data.size(), 640, 480, 640, f));
    CHECK_FALSE(extractLuma(PixelLayout::Yuyv, data.data(), data.size(), 640, 480, 1280, f));
    CHECK_FALSE(extractLuma(PixelLayout::Grey, data.data(), data.size(), 640, 1, 320, f));  // stride < width
    CHECK_FALSE(extractLuma(PixelLayout::Grey, nullptr, 0, 1, 1, 0, f));
    CHECK(f.pixels.empty());
}

TEST_CASE("V4L2 fourccs map to layouts; compressed formats do not") {
    CHECK(layoutFromFourcc(V4L2_PIX_FMT_YUYV) == PixelLayout::Yuyv);
    CHECK(layoutFromFourcc(V4L2_PIX_FMT_NV12) == PixelLayout::Nv12);
    CHECK(layoutFromFourcc(V4L2_PIX_FMT_GREY) == PixelLayout::Grey);
    CHECK_FALSE(layoutFromFourcc(V4L2_PIX_FMT_MJPEG));
}
