#pragma once
// The golden badge images (tests/badge/golden, made by make_golden.sh) and
// helpers that turn them into camera-like frames for replay tests.

#include "badge/gray_image.hpp"
#include "kiosk/input/luma_frame.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace credopass::test {

struct GoldenImage {
    std::string file;      // path
    std::string expected;  // the text it carries; empty: no code at all
};

std::filesystem::path goldenDir();
std::vector<GoldenImage> goldenImages();

// A width x height grey scene with some texture, and `badge` (a golden
// image) pasted at (x, y) when given.
badge::GrayImage sceneWith(int width, int height, const input::LumaFrame* badge, int x, int y, unsigned seed);
badge::GrayImage toGray(const input::LumaFrame& frame);

}  // namespace credopass::test
