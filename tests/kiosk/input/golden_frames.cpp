#include "tests/kiosk/input/golden_frames.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <random>

namespace credopass::test {

std::filesystem::path goldenDir() {
    return CREDOPASS_GOLDEN_DIR;
}

std::vector<GoldenImage> goldenImages() {
    std::ifstream in(goldenDir() / "expected.tsv");
    REQUIRE(in);
    std::vector<GoldenImage> out;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        auto tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        std::string expected = line.substr(tab + 1);
        out.push_back({(goldenDir() / line.substr(0, tab)).string(), expected == "-" ? std::string() : expected});
    }
    REQUIRE(out.size() >= 10);
    return out;
}

badge::GrayImage sceneWith(int width, int height, const input::LumaFrame* badge, int x, int y, unsigned seed) {
    badge::GrayImage scene(width, height, 128);
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> jitter(-12, 12);
    for (int py = 0; py < height; ++py)
        for (int px = 0; px < width; ++px)
            scene.at(px, py) = static_cast<std::uint8_t>(100 + (px * 60) / width + jitter(rng));
    if (badge) scene.paste(toGray(*badge), x, y);
    return scene;
}

badge::GrayImage toGray(const input::LumaFrame& frame) {
    badge::GrayImage g(frame.width, frame.height);
    g.pixels = frame.pixels;
    return g;
}

}  // namespace credopass::test
