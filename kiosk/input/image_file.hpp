#pragma once
// A PNG or JPEG file as a luminance frame (stb_image reads both; colour is
// reduced to luminance the way the decoder would).

#include "common/result.hpp"
#include "kiosk/input/luma_frame.hpp"

#include <string>

namespace credopass::input {

// Errors: cannot_read (missing, not an image, truncated).
Result<LumaFrame> loadImageFile(const std::string& path);

}  // namespace credopass::input
