#include "badge/badge_text.hpp"
#include "badge/issuer.hpp"
#include "tests/badge/test_keys.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace credopass;
using namespace credopass::badge;

namespace {
const char* kMember = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";
const char* kEvent = "d87d2b28-ff03-5d2c-b58f-21d90199c062";
}  // namespace

TEST_CASE("a bare member UUID is a member_id badge, in either case, with scanner whitespace") {
    auto parsed = parseBadgeText("  B0EC1BFD-BFF0-5DC6-90F0-ABF1BF9D6A5B\r\n");
    REQUIRE(parsed);
    CHECK(parsed->format == BadgeFormat::MemberId);
    CHECK(parsed->memberId == kMember);
    CHECK_FALSE(parsed->eventId);
}

TEST_CASE("eventId:userId is an event_pass badge") {
    auto parsed = parseBadgeText(std::string(kEvent) + ":" + kMember);
    REQUIRE(parsed);
    CHECK(parsed->format == BadgeFormat::EventPass);
    CHECK(parsed->memberId == kMember);
    CHECK(parsed->eventId == kEvent);
}

TEST_CASE("a signed badge parses into its claims") {
    auto key = test::testIssuerKey();
    BadgeClaims claims{*Uuid::parse(kMember), Uuid::parse(kEvent), *parseIso("2026-01-01T00:00:00Z"),
                       *parseIso("2027-01-01T00:00:00Z")};
    auto text = issueBadge(key, claims);
    REQUIRE(text);
    INFO(*text);
    CHECK(text->rfind("CP1.", 0) == 0);
    CHECK(text->size() == 185);  // layout 2 with an event: still a version 8 QR code at level M (195 alphanumerics)
    auto parsed = parseBadgeText(*text);
    REQUIRE(parsed);
    CHECK(parsed->format == BadgeFormat::Signed);
    CHECK(parsed->memberId == kMember);
    CHECK(parsed->eventId == kEvent);
    REQUIRE(parsed->signedBadge);
    CHECK(parsed->signedBadge->claims.validFrom == claims.validFrom);
    CHECK(parsed->signedBadge->claims.expires == claims.expires);
    CHECK(parsed->signedBadge->keyId == key.publicKey().id());

    std::string lower = *text;
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(parseBadgeText(lower));  // Caps Lock on a keyboard-wedge scanner
}

TEST_CASE("anything else is not a badge") {
    std::vector<std::string> junk = {
        "",
        "   ",
        "https://example.com/?id=b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b",
        "hello world",
        "'; DROP TABLE users; --",
        "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b; DELETE FROM attendance",
        "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5",       // one digit short
        "b0ec1bfd-bff0-0dc6-90f0-abf1bf9d6a5b",      // version 0: HQ refuses it
        "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b\x07",  // control character
        std::string("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b\0", 37),
        "b0ec1bfd\xff\xfe-5dc6-90f0-abf1bf9d6a5b-xx",  // invalid UTF-8
        std::string(kEvent) + "/" + kMember,
        std::string(kEvent) + ":" + kMember + ":",
        "CP1.",
        "CP1.AAAA",
        "CP2.MZXW6YTBOI",
        "CP1.!!!!",
        std::string(5000, 'A'),
        "CP1." + std::string(600, 'A'),
    };
    for (const auto& text : junk) {
        INFO("length " << text.size());
        CHECK_FALSE(parseBadgeText(text));
    }
}

TEST_CASE("random bytes never parse and never crash") {
    std::mt19937 rng(1234);
    for (int i = 0; i < 2000; ++i) {
        std::string text(static_cast<std::size_t>(rng() % 300), '\0');
        for (char& c : text)
            c = static_cast<char>(rng());
        if (i % 2 == 0) text.insert(0, "CP1.");
        CHECK_FALSE(parseBadgeText(text));
    }
}

TEST_CASE("a truncated or extended signed badge is not a badge") {
    auto text = issueBadge(test::testIssuerKey(),
                           BadgeClaims{*Uuid::parse(kMember), std::nullopt, *parseIso("2026-01-01T00:00:00Z"),
                                       *parseIso("2027-01-01T00:00:00Z")});
    REQUIRE(text);
    CHECK(parseBadgeText(*text));
    CHECK_FALSE(parseBadgeText(text->substr(0, text->size() - 1)));
    CHECK_FALSE(parseBadgeText(text->substr(0, text->size() - 8)));
    CHECK_FALSE(parseBadgeText(*text + "AAAAAAAA"));
}
