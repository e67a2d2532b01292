// Image files as the decoder sees them: PNG, JPEG and WebP, and what a damaged
// or hostile file gets (a clear error, never a crash or a huge allocation).
#include "kiosk/input/image_file.hpp"
#include "kiosk/input/qr_decoder.hpp"
#include "tests/kiosk/input/golden_frames.hpp"
#include "tests/support/temp_dir.hpp"

#include <webp/encode.h>
#include <catch2/catch.hpp>

#include <fstream>

using namespace credopass;
using namespace credopass::input;

namespace {

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// A luminance frame as a lossless WebP file, as a phone would save a screenshot.
std::string webpOf(const LumaFrame& frame) {
    std::vector<std::uint8_t> rgb;
    rgb.reserve(frame.pixels.size() * 3);
    for (std::uint8_t p : frame.pixels)
        rgb.insert(rgb.end(), {p, p, p});
    std::uint8_t* out = nullptr;
    const std::size_t size = WebPEncodeLosslessRGB(rgb.data(), frame.width, frame.height, frame.width * 3, &out);
    REQUIRE(size > 0);
    std::string bytes(reinterpret_cast<const char*>(out), size);
    WebPFree(out);
    return bytes;
}

}  // namespace

TEST_CASE("a WebP screenshot of a badge reads like its PNG") {
    auto png = loadImageFile((test::goldenDir() / "member-id-jane.png").string());
    REQUIRE(png);
    const std::string expected = QrDecoder().decode(*png).at(0);
    test::TempDir dir;
    writeBytes(dir.file("jane.webp"), webpOf(*png));
    auto webp = loadImageFile(dir.file("jane.webp"));
    REQUIRE(webp);
    CHECK(webp->width == png->width);
    CHECK(webp->height == png->height);
    CHECK(QrDecoder().decode(*webp) == std::vector<std::string>{expected});
}

TEST_CASE("damaged, truncated or absurd image files are refused with a clear message") {
    test::TempDir dir;
    auto png = loadImageFile((test::goldenDir() / "member-id-jane.png").string());
    REQUIRE(png);
    const std::string webp = webpOf(*png);
    writeBytes(dir.file("cut.webp"), webp.substr(0, webp.size() / 2));
    writeBytes(dir.file("header-only.webp"), webp.substr(0, 12));
    writeBytes(dir.file("text.png"), "not an image at all");
    // A PNG header claiming 100,000 x 100,000 pixels: refused before decoding.
    std::string huge("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\x01\x86\xa0\0\x01\x86\xa0\x08\0\0\0\0", 29);
    writeBytes(dir.file("huge.png"), huge + std::string(64, '\0'));
    for (const char* name : {"cut.webp", "header-only.webp", "text.png", "huge.png", "missing.png"}) {
        INFO(name);
        auto r = loadImageFile(dir.file(name));
        REQUIRE_FALSE(r);
        CHECK(r.error().code == FileErrc::CannotRead);
        CHECK(r.error().message.find(name) != std::string::npos);
    }
}
