// Every golden image decodes to its expected text, and that text gets the
// verdict its name promises under the test issuer's key.
#include "badge/keys.hpp"
#include "badge/verifier.hpp"
#include "kiosk/input/image_file.hpp"
#include "kiosk/input/qr_decoder.hpp"
#include "tests/kiosk/input/golden_frames.hpp"

#include <catch2/catch.hpp>

using namespace credopass;

TEST_CASE("golden badge images decode to their expected text") {
    input::QrDecoder decoder;
    for (const auto& golden : test::goldenImages()) {
        INFO(golden.file);
        auto frame = input::loadImageFile(golden.file);
        REQUIRE(frame);
        auto texts = decoder.decode(*frame);
        if (golden.expected.empty()) {
            CHECK(texts.empty());
        } else {
            REQUIRE(texts.size() == 1);
            CHECK(texts[0] == golden.expected);
        }
    }
}

TEST_CASE("golden badges verify, or are refused, as their names say") {
    auto key = badge::readPublicKeyFile((test::goldenDir() / "test-issuer.pub").string());
    REQUIRE(key);
    badge::BadgeTrust trust;
    trust.keys.push_back(*key);
    TimePoint now = *parseIso("2030-06-01T00:00:00Z");
    for (const auto& golden : test::goldenImages()) {
        if (golden.expected.empty()) continue;
        INFO(golden.file);
        auto verdict = badge::checkBadge(golden.expected, badge::BadgePolicy{}, trust, now);
        std::string name = std::filesystem::path(golden.file).filename().string();
        if (name.rfind("not-a-badge", 0) == 0) {
            CHECK(verdict.rejection == badge::Rejection::NotABadge);
        } else {
            CHECK(verdict.accepted());
        }
        if (name.rfind("signed-", 0) == 0) CHECK(verdict.badge->format == badge::BadgeFormat::Signed);
    }
}

TEST_CASE("an unreadable image is an error, not a crash") {
    auto frame = input::loadImageFile((test::goldenDir() / "expected.tsv").string());
    REQUIRE_FALSE(frame);
    CHECK(frame.error().code == FileErrc::CannotRead);
    CHECK_FALSE(input::loadImageFile("/nonexistent/badge.png"));
}

TEST_CASE("a large, soft photo of a badge decodes (ZXing's downscaled tries are on)") {
    // The noisy golden badge at 8x (1880 x 2128), softened along each row as a
    // phone camera would: at full size ZXing-cpp 1.4 finds nothing in it.
    auto small = input::loadImageFile((test::goldenDir() / "signed-jane-noise.png").string());
    REQUIRE(small);
    const std::string expected = input::QrDecoder().decode(*small).at(0);
    const int k = 8, w = small->width * k, h = small->height * k;
    input::LumaFrame big;
    big.width = w;
    big.height = h;
    big.pixels.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int y = 0; y < h; ++y) {
        int sum = 0;
        for (int x = 0; x < w; ++x) {
            auto at = [&](int xx) {
                return static_cast<int>(
                    small->pixels[static_cast<std::size_t>(y / k) * static_cast<std::size_t>(small->width) +
                                  static_cast<std::size_t>(xx / k)]);
            };
            sum += at(x);
            if (x >= 2 * k + 1) sum -= at(x - 2 * k - 1);
            big.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)] =
                static_cast<std::uint8_t>(sum / std::min(x + 1, 2 * k + 1));
        }
    }
    CHECK(input::QrDecoder().decode(big) == std::vector<std::string>{expected});
}
