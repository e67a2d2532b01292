#pragma once
// An 8-bit greyscale picture in memory (0 black .. 255 white), row-major, no padding.

#include "common/result.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace credopass::badge {

struct GrayImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;

    GrayImage() = default;
    GrayImage(int w, int h, std::uint8_t fill = 255)
        : width(w), height(h), pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), fill) {}
    std::uint8_t& at(int x, int y) {
        return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
    }
    std::uint8_t at(int x, int y) const {
        return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)];
    }
    // Copies `src` with its top-left corner at (x, y), clipped to this image.
    void paste(const GrayImage& src, int x, int y);
};

// Errors: cannot_write.
Status writePng(const GrayImage& image, const std::string& path);

}  // namespace credopass::badge
