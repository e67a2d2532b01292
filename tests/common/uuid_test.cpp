#include "common/uuid.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace credopass;

TEST_CASE("UUID v5 matches RFC 9562's test vector") {
    // RFC 9562 appendix A.4: uuid5(NameSpace_DNS, "www.example.com")
    auto dns = Uuid::parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    REQUIRE(dns);
    CHECK(Uuid::nameBased(*dns, "www.example.com").toString() == "2ed6657d-e927-568b-95e1-2665a8aea6a2");
}

TEST_CASE("minted UUIDs pass HQ's strict validation") {
    std::set<std::string> seen;
    for (int i = 0; i < 200; ++i) {
        Uuid u = Uuid::random();
        CHECK(u.isRfc9562());
        CHECK(u.version() == 4);
        seen.insert(u.toString());
    }
    CHECK(seen.size() == 200);
    CHECK(Uuid::nameBased(credopassNamespace(), "x").isRfc9562());
}

TEST_CASE("UUID parsing is exact and lowercases") {
    auto u = Uuid::parse("B0EC1BFD-BFF0-5DC6-90F0-ABF1BF9D6A5B");
    REQUIRE(u);
    CHECK(u->toString() == "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b");
    CHECK_FALSE(Uuid::parse("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5"));
    CHECK_FALSE(Uuid::parse("b0ec1bfdxbff0-5dc6-90f0-abf1bf9d6a5b"));
    CHECK_FALSE(Uuid::parse("g0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"));
    CHECK_FALSE(Uuid::parse(""));
}

TEST_CASE("strict parsing refuses what HQ refuses") {
    CHECK(parseStrictUuid("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"));
    CHECK_FALSE(parseStrictUuid("b0ec1bfd-bff0-0dc6-90f0-abf1bf9d6a5b"));  // version 0
    CHECK_FALSE(parseStrictUuid("b0ec1bfd-bff0-9dc6-90f0-abf1bf9d6a5b"));  // version 9
    CHECK_FALSE(parseStrictUuid("b0ec1bfd-bff0-5dc6-c0f0-abf1bf9d6a5b"));  // variant 11x
    CHECK_FALSE(parseStrictUuid("b0ec1bfd-bff0-5dc6-70f0-abf1bf9d6a5b"));  // variant 0xx
}
