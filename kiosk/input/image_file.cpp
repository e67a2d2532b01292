#include "kiosk/input/image_file.hpp"

#include <stb_image.h>

#include <memory>

namespace credopass::input {

Result<LumaFrame> loadImageFile(const std::string& path) {
    int width = 0, height = 0, channels = 0;
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(stbi_load(path.c_str(), &width, &height, &channels, 1),
                                                     stbi_image_free);
    if (!pixels) {
        const char* why = stbi_failure_reason();
        return Error{FileErrc::CannotRead, "cannot read the image " + path + (why ? std::string(": ") + why : "")};
    }
    LumaFrame frame;
    frame.width = width;
    frame.height = height;
    frame.pixels.assign(pixels.get(),
                        pixels.get() + static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    frame.sequence = 1;
    frame.capturedAt = std::chrono::steady_clock::now();
    return frame;
}

}  // namespace credopass::input
