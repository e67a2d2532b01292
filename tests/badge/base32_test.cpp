#include "badge/base32.hpp"

#include <catch2/catch.hpp>

using namespace credopass::badge;

TEST_CASE("base32 matches the RFC 4648 test vectors without padding") {
    auto enc = [](std::string_view s) {
        return base32Encode({reinterpret_cast<const std::uint8_t*>(s.data()), s.size()});
    };
    CHECK(enc("").empty());
    CHECK(enc("f") == "MY");
    CHECK(enc("fo") == "MZXQ");
    CHECK(enc("foo") == "MZXW6");
    CHECK(enc("foob") == "MZXW6YQ");
    CHECK(enc("fooba") == "MZXW6YTB");
    CHECK(enc("foobar") == "MZXW6YTBOI");
}

TEST_CASE("base32 round-trips every length and reads lower case") {
    std::vector<std::uint8_t> bytes;
    for (int n = 0; n < 70; ++n) {
        auto text = base32Encode(bytes);
        auto back = base32Decode(text);
        REQUIRE(back);
        CHECK(*back == bytes);
        std::string lower = text;
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        CHECK(base32Decode(lower) == back);
        bytes.push_back(static_cast<std::uint8_t>(n * 37 + 11));
    }
}

TEST_CASE("base32 refuses foreign characters and non-canonical endings") {
    CHECK_FALSE(base32Decode("MZXW6="));
    CHECK_FALSE(base32Decode("MZ XW"));
    CHECK_FALSE(base32Decode("MZ1"));
    CHECK_FALSE(base32Decode(std::string_view("M")));  // 5 bits cannot be a byte
    CHECK_FALSE(base32Decode("MZ7"));                  // trailing bits not zero
}
