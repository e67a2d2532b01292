#include "kiosk/input/image_file.hpp"

#include <stb_image.h>
#include <webp/decode.h>

#include <cstring>
#include <fstream>
#include <iterator>
#include <memory>

namespace credopass::input {
namespace {

constexpr std::size_t kMaxFileBytes = std::size_t{256} * 1024 * 1024;

Error unreadable(const std::string& path, const std::string& why) {
    return Error{FileErrc::CannotRead, "cannot read the image " + path + ": " + why};
}

LumaFrame frameOf(int width, int height) {
    LumaFrame frame;
    frame.width = width;
    frame.height = height;
    frame.sequence = 1;
    frame.capturedAt = std::chrono::steady_clock::now();
    return frame;
}

bool isWebp(const std::string& bytes) {
    return bytes.size() >= 12 && std::memcmp(bytes.data(), "RIFF", 4) == 0 &&
           std::memcmp(bytes.data() + 8, "WEBP", 4) == 0;
}

Result<LumaFrame> decodeWebp(const std::string& path, const std::string& bytes) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    int width = 0, height = 0;
    if (!WebPGetInfo(data, bytes.size(), &width, &height)) return unreadable(path, "not a valid WebP image");
    if (static_cast<long long>(width) * height > kMaxImagePixels)
        return unreadable(path, "larger than " + std::to_string(kMaxImagePixels) + " pixels");
    std::uint8_t* u = nullptr;
    std::uint8_t* v = nullptr;
    int stride = 0, uvStride = 0;
    std::unique_ptr<std::uint8_t, void (*)(void*)> y(
        WebPDecodeYUV(data, bytes.size(), &width, &height, &u, &v, &stride, &uvStride), WebPFree);
    if (!y || stride < width) return unreadable(path, "the WebP data is damaged or truncated");
    LumaFrame frame = frameOf(width, height);
    frame.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    for (int row = 0; row < height; ++row)
        std::memcpy(frame.pixels.data() + static_cast<std::size_t>(row) * static_cast<std::size_t>(width),
                    y.get() + static_cast<std::size_t>(row) * static_cast<std::size_t>(stride),
                    static_cast<std::size_t>(width));
    return frame;
}

Result<LumaFrame> decodeWithStb(const std::string& path, const std::string& bytes) {
    int width = 0, height = 0, channels = 0;
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int size = static_cast<int>(bytes.size());
    if (!stbi_info_from_memory(data, size, &width, &height, &channels)) {
        const char* why = stbi_failure_reason();
        return unreadable(path, why ? why : "not an image");
    }
    if (static_cast<long long>(width) * height > kMaxImagePixels)
        return unreadable(path, "larger than " + std::to_string(kMaxImagePixels) + " pixels");
    std::unique_ptr<stbi_uc, void (*)(void*)> pixels(stbi_load_from_memory(data, size, &width, &height, &channels, 1),
                                                     stbi_image_free);
    if (!pixels) {
        const char* why = stbi_failure_reason();
        return unreadable(path, why ? why : "damaged or truncated");
    }
    LumaFrame frame = frameOf(width, height);
    frame.pixels.assign(pixels.get(),
                        pixels.get() + static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    return frame;
}

}  // namespace

Result<LumaFrame> loadImageFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{FileErrc::CannotRead, "cannot read the image " + path};
    in.seekg(0, std::ios::end);
    const auto length = static_cast<std::streamoff>(in.tellg());
    if (length < 0) return unreadable(path, "not a regular file");
    if (static_cast<std::size_t>(length) > kMaxFileBytes) return unreadable(path, "the file is too large");
    in.seekg(0);
    std::string bytes(static_cast<std::size_t>(length), '\0');
    if (!in.read(bytes.data(), length)) return unreadable(path, "reading failed");
    return isWebp(bytes) ? decodeWebp(path, bytes) : decodeWithStb(path, bytes);
}

}  // namespace credopass::input
