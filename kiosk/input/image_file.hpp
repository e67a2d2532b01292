#pragma once
// An image file as a luminance frame: PNG or JPEG (stb_image reads both;
// colour is reduced to luminance the way the decoder would), or WebP, the
// format of many phone screenshots (libwebp: its Y plane is the luminance).

#include "common/result.hpp"
#include "kiosk/input/luma_frame.hpp"

#include <string>

namespace credopass::input {

// The largest image read: a phone screenshot is a few megapixels; anything
// past this is refused before it is decoded (a hostile file cannot make the
// kiosk allocate gigabytes).
inline constexpr long long kMaxImagePixels = 64LL * 1000 * 1000;

// Errors: cannot_read (missing, not an image, truncated, too large).
Result<LumaFrame> loadImageFile(const std::string& path);

}  // namespace credopass::input
