#include "badge/gray_image.hpp"

#include <stb_image_write.h>

#include <algorithm>

namespace credopass::badge {

void GrayImage::paste(const GrayImage& src, int x, int y) {
    for (int sy = 0; sy < src.height; ++sy) {
        int dy = y + sy;
        if (dy < 0 || dy >= height) continue;
        for (int sx = 0; sx < src.width; ++sx) {
            int dx = x + sx;
            if (dx >= 0 && dx < width) at(dx, dy) = src.at(sx, sy);
        }
    }
}

Status writePng(const GrayImage& image, const std::string& path) {
    if (image.width <= 0 || image.height <= 0) return Error{FileErrc::CannotWrite, "empty image for " + path};
    if (stbi_write_png(path.c_str(), image.width, image.height, 1, image.pixels.data(), image.width) == 0)
        return Error{FileErrc::CannotWrite, "cannot write " + path};
    return {};
}

}  // namespace credopass::badge
