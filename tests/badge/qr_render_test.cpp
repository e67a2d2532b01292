#include "badge/qr_render.hpp"
#include "badge/issuer.hpp"
#include "tests/badge/test_keys.hpp"
#include "tests/support/temp_dir.hpp"

#include <ZXing/ReadBarcode.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>

using namespace credopass;
using namespace credopass::badge;

namespace {

std::optional<std::string> decode(const GrayImage& image) {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    auto result = ZXing::ReadBarcode({image.pixels.data(), image.width, image.height, ZXing::ImageFormat::Lum}, hints);
    if (!result.isValid()) return std::nullopt;
    return result.text();
}

std::string sampleBadge() {
    auto text = issueBadge(test::testIssuerKey(),
                           BadgeClaims{*Uuid::parse("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"),
                                       Uuid::parse("d87d2b28-ff03-5d2c-b58f-21d90199c062"),
                                       *parseIso("2026-01-01T00:00:00Z"), *parseIso("2027-01-01T00:00:00Z")});
    REQUIRE(text);
    return *text;
}

}  // namespace

TEST_CASE("a rendered QR code decodes back to the badge text") {
    std::string text = sampleBadge();
    for (int moduleSize : {2, 4, 8}) {
        auto image = renderQr(text, moduleSize);
        REQUIRE(image);
        CHECK(image->width == image->height);
        CHECK(decode(*image) == text);
    }
}

TEST_CASE("a badge card with the member's name still decodes, and the name is drawn") {
    auto font = LabelFont::load();
    if (!font) FAIL(font.error().message);
    std::string text = sampleBadge();
    auto bare = renderQr(text, 6);
    auto card = renderBadgeCard({text, "Zoë Smith-Okonkwo"}, 6, &*font);
    REQUIRE(card);
    REQUIRE(bare);
    CHECK(card->height > bare->height);
    CHECK(decode(*card) == text);
    // Ink below the code: the label is there.
    int dark = 0;
    for (int y = bare->height; y < card->height; ++y)
        for (int x = 0; x < card->width; ++x)
            dark += card->at(x, y) < 128;
    CHECK(dark > 50);
}

TEST_CASE("a batch sheet holds every badge, and each decodes from its cell") {
    auto font = LabelFont::load();
    REQUIRE(font);
    std::vector<BadgeCard> cards;
    cards.reserve(5);
    for (int i = 0; i < 5; ++i)
        cards.push_back({Uuid::nameBased(credopassNamespace(), "sheet member " + std::to_string(i)).toString(),
                         "Member " + std::to_string(i)});  // the same texts, so the same codes, every run
    SheetLayout layout;
    layout.columns = 2;
    layout.rows = 2;
    auto pages = renderSheets(cards, layout, &*font);
    REQUIRE(pages);
    REQUIRE(pages->size() == 2);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    auto results = ZXing::ReadBarcodes(
        {(*pages)[0].pixels.data(), (*pages)[0].width, (*pages)[0].height, ZXing::ImageFormat::Lum}, hints);
    std::set<std::string> found;
    for (auto& r : results)
        found.insert(r.text());
    CHECK(found == std::set<std::string>{cards[0].text, cards[1].text, cards[2].text, cards[3].text});

    test::TempDir dir;
    REQUIRE(writePng((*pages)[1], dir.file("sheet.png")).ok());
    CHECK(std::filesystem::file_size(dir.file("sheet.png")) > 100);
}

TEST_CASE("text too long for any QR code is an error, not a crash") {
    CHECK_FALSE(renderQr(std::string(8000, 'x'), 2));
}
