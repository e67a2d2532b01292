#include "badge/verifier.hpp"
#include "badge/issuer.hpp"
#include "tests/badge/test_keys.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::badge;

namespace {

const char* kMember = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";
const char* kEvent = "d87d2b28-ff03-5d2c-b58f-21d90199c062";

TimePoint at(const char* iso) {
    return *parseIso(iso);
}

struct Issued {
    SecretKey key = test::testIssuerKey();
    BadgeTrust trust;
    BadgePolicy policy;
    TimePoint now = at("2026-06-01T12:00:00Z");

    Issued() { trust.keys.push_back(key.publicKey()); }

    std::string issue(const char* from = "2026-01-01T00:00:00Z", const char* until = "2027-01-01T00:00:00Z",
                      std::optional<Uuid> event = std::nullopt) const {
        auto text = issueBadge(key, BadgeClaims{*Uuid::parse(kMember), event, at(from), at(until)});
        REQUIRE(text);
        return *text;
    }
    BadgeVerdict check(const std::string& text) const { return checkBadge(text, policy, trust, now); }
};

Rejection reasonOf(const BadgeVerdict& v) {
    REQUIRE(v.rejection);
    return *v.rejection;
}

}  // namespace

TEST_CASE("a good signed badge is accepted with its member and event") {
    Issued f;
    auto verdict = f.check(f.issue("2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z", Uuid::parse(kEvent)));
    REQUIRE(verdict.accepted());
    CHECK(verdict.memberId() == kMember);
    CHECK(verdict.eventId() == kEvent);
}

TEST_CASE("unsigned formats are accepted under the default policy") {
    Issued f;
    CHECK(f.check(kMember).accepted());
    CHECK(f.check(std::string(kEvent) + ":" + kMember).accepted());
}

TEST_CASE("rejection: not_a_badge") {
    Issued f;
    for (const char* text : {"https://example.com", "", "\x01\x02\x03", "CP1.ZZZZ"}) {
        auto v = f.check(text);
        CHECK(reasonOf(v) == Rejection::NotABadge);
        CHECK_FALSE(v.badge);
    }
}

TEST_CASE("rejection: bad_signature for every single-character change") {
    Issued f;
    std::string good = f.issue();
    REQUIRE(f.check(good).accepted());
    int rejected = 0;
    for (std::size_t i = 4; i < good.size(); ++i) {
        std::string bad = good;
        bad[i] = bad[i] == 'A' ? 'B' : 'A';
        auto v = f.check(bad);
        REQUIRE(v.rejection);
        // Changing the key id gives unknown_key; flags or trailing bits give not_a_badge.
        CHECK((*v.rejection == Rejection::BadSignature || *v.rejection == Rejection::UnknownKey ||
               *v.rejection == Rejection::NotABadge));
        if (*v.rejection == Rejection::BadSignature) ++rejected;
    }
    CHECK(rejected > static_cast<int>(good.size()) / 2);
}

TEST_CASE("rejection: bad_signature when a badge is signed by another key claiming a trusted id") {
    Issued f;
    // Re-sign the body of a good badge with a different key: the id still names the trusted key.
    auto other = test::testIssuerKey(9);
    auto parsed = parseSignedBadge(f.issue());
    REQUIRE(parsed);
    auto forged = formatSignedBadge(parsed->body, other.sign(signedMessage(parsed->body)));
    CHECK(reasonOf(f.check(forged)) == Rejection::BadSignature);
}

TEST_CASE("rejection: expired, at the expiry instant exactly") {
    Issued f;
    f.now = at("2027-01-01T00:00:00Z");
    CHECK(reasonOf(f.check(f.issue())) == Rejection::Expired);
    f.now = at("2026-12-31T23:59:59Z");
    CHECK(f.check(f.issue()).accepted());
}

TEST_CASE("rejection: not_yet_valid") {
    Issued f;
    f.now = at("2025-12-31T23:59:59Z");
    CHECK(reasonOf(f.check(f.issue())) == Rejection::NotYetValid);
}

TEST_CASE("rejection: unknown_key, and key rotation keeps old badges working") {
    Issued f;
    std::string oldBadge = f.issue();
    auto newKey = test::testIssuerKey(42);
    BadgeTrust onlyNew;
    onlyNew.keys.push_back(newKey.publicKey());
    CHECK(reasonOf(checkBadge(oldBadge, f.policy, onlyNew, f.now)) == Rejection::UnknownKey);

    f.trust.keys.push_back(newKey.publicKey());
    auto newBadge = issueBadge(newKey, BadgeClaims{*Uuid::parse(kMember), std::nullopt, at("2026-01-01T00:00:00Z"),
                                                   at("2027-01-01T00:00:00Z")});
    REQUIRE(newBadge);
    CHECK(f.check(oldBadge).accepted());
    CHECK(f.check(*newBadge).accepted());
}

TEST_CASE("rejection: revoked, by badge id and by member cut-off") {
    Issued f;
    std::string badgeText = f.issue();
    auto parsed = parseSignedBadge(badgeText);
    REQUIRE(parsed);

    SECTION("one badge") {
        f.trust.revoked.badgeIds.insert(badgeId(*parsed));
        CHECK(reasonOf(f.check(badgeText)) == Rejection::Revoked);
        // Another badge of the same member is still good.
        CHECK(f.check(f.issue("2026-02-01T00:00:00Z")).accepted());
    }
    SECTION("every badge of a member issued up to the cut-off") {
        f.trust.revoked.memberBefore[kMember] = at("2026-03-01T00:00:00Z");
        CHECK(reasonOf(f.check(badgeText)) == Rejection::Revoked);
        CHECK(reasonOf(f.check(f.issue("2026-03-01T00:00:00Z"))) == Rejection::Revoked);
        CHECK(f.check(f.issue("2026-03-01T00:00:01Z")).accepted());
    }
    SECTION("a revoked badge that is also tampered is bad_signature: the revocation list is not an oracle") {
        f.trust.revoked.badgeIds.insert(badgeId(*parsed));
        std::string bad = badgeText;
        bad[bad.size() - 3] = bad[bad.size() - 3] == 'A' ? 'B' : 'A';
        CHECK(reasonOf(f.check(bad)) == Rejection::BadSignature);
    }
}

TEST_CASE("rejection: format_not_allowed under a signed-only policy") {
    Issued f;
    auto policy = BadgePolicy::parse("signed");
    REQUIRE(policy);
    f.policy = *policy;
    CHECK(reasonOf(f.check(kMember)) == Rejection::FormatNotAllowed);
    CHECK(reasonOf(f.check(std::string(kEvent) + ":" + kMember)) == Rejection::FormatNotAllowed);
    CHECK(f.check(f.issue()).accepted());
    CHECK(reasonOf(f.check("nonsense")) == Rejection::NotABadge);
}

TEST_CASE("every rejection has a stable name") {
    for (auto r : {Rejection::NotABadge, Rejection::BadSignature, Rejection::Expired, Rejection::NotYetValid,
                   Rejection::UnknownKey, Rejection::Revoked, Rejection::FormatNotAllowed}) {
        CHECK(parseRejection(toString(r)) == r);
    }
    CHECK(toString(Rejection::FormatNotAllowed) == "format_not_allowed");
}

TEST_CASE("policy text round-trips and refuses unknown names") {
    auto p = BadgePolicy::parse("member_id, signed");
    REQUIRE(p);
    CHECK(p->accepts(BadgeFormat::Signed));
    CHECK_FALSE(p->accepts(BadgeFormat::EventPass));
    CHECK(BadgePolicy::parse(p->toString())->accepted == p->accepted);
    CHECK(BadgePolicy::parse("all")->accepts(BadgeFormat::EventPass));
    CHECK_FALSE(BadgePolicy::parse("signed,qr"));
    CHECK_FALSE(BadgePolicy::parse(""));
}

TEST_CASE("issuing refuses an expiry before the start") {
    auto key = test::testIssuerKey();
    CHECK_FALSE(issueBadge(
        key, BadgeClaims{*Uuid::parse(kMember), std::nullopt, at("2026-01-01T00:00:00Z"), at("2026-01-01T00:00:00Z")}));
    CHECK_FALSE(issueBadge(
        key, BadgeClaims{*Uuid::parse(kMember), std::nullopt, at("2026-01-01T00:00:00Z"), at("2200-01-01T00:00:00Z")}));
}

TEST_CASE("a member revocation voids a badge issued before it, even one valid only from a later date") {
    Issued f;
    // Issued in June for next season (valid from September); the member is revoked in July.
    auto nextSeason = issueBadge(f.key, BadgeClaims{*Uuid::parse(kMember), std::nullopt, at("2026-09-01T00:00:00Z"),
                                                    at("2027-09-01T00:00:00Z"), at("2026-06-01T00:00:00Z")});
    REQUIRE(nextSeason);
    auto parsed = parseSignedBadge(*nextSeason);
    REQUIRE(parsed);
    CHECK(parsed->claims.issuedAt == at("2026-06-01T00:00:00Z"));
    f.trust.revoked.memberBefore[kMember] = at("2026-07-01T00:00:00Z");
    f.now = at("2026-10-01T00:00:00Z");
    CHECK(reasonOf(f.check(*nextSeason)) == Rejection::Revoked);  // before: accepted (validFrom is after July)

    // One issued after the revocation is good.
    auto reissued = issueBadge(f.key, BadgeClaims{*Uuid::parse(kMember), std::nullopt, at("2026-09-01T00:00:00Z"),
                                                  at("2027-09-01T00:00:00Z"), at("2026-07-02T00:00:00Z")});
    REQUIRE(reissued);
    CHECK(f.check(*reissued).accepted());
}

TEST_CASE("layout-1 badges (without an issue time) still verify; their validFrom stands in for it") {
    Issued f;
    // From tests/badge/golden/expected.tsv: printed before layout 2 existed.
    const std::string v1 =
        "CP1."
        "CAJIH3BQWDWBX7N76BO4NEHQVPY37HLKLNUVLOIAPQSF6AHZH4ELH4Y22XPGE3SM2VUSGPVWGEP2RPRLC5BFFZ2HGCPSOLXQ6EHPWKCBP3Y6"
        "564XCFKAX5QW3CRKDNOSOI3KA6M57TKMRI2TLW5QC";
    auto parsed = parseSignedBadge(v1);
    REQUIRE(parsed);
    CHECK_FALSE(parsed->claims.issuedAt);
    CHECK(parsed->claims.issued() == parsed->claims.validFrom);
    f.trust.keys.push_back(*PublicKey::fromHex("66e116473ae50983f625e707c51f062fe9492f9d11d7025d76868c48d66b4424"));
    f.now = parsed->claims.validFrom + std::chrono::seconds(1);
    CHECK(f.check(v1).accepted());
    f.trust.revoked.memberBefore[parsed->claims.member.toString()] = parsed->claims.validFrom;
    CHECK(reasonOf(f.check(v1)) == Rejection::Revoked);
}
