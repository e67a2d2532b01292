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
