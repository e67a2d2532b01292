#include "core/badge_store.hpp"
#include "badge/issuer.hpp"
#include "badge/verifier.hpp"
#include "storage/badge_trust.hpp"
#include "tests/badge/test_keys.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::badge;

namespace {

storage::Database openDb(const test::TempDir& dir) {
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db);
    return std::move(db).value();
}

TimePoint at(const char* iso) {
    return *parseIso(iso);
}

}  // namespace

TEST_CASE("trusted keys and revocations survive reopening the database") {
    test::TempDir dir;
    auto key = test::testIssuerKey();
    auto text = issueBadge(key, BadgeClaims{*Uuid::parse("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"), std::nullopt,
                                            at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z")});
    REQUIRE(text);
    TimePoint now = at("2026-06-01T00:00:00Z");
    {
        auto db = openDb(dir);
        CHECK(checkBadge(*text, badge_store::loadPolicy(db), badge_store::loadTrust(db), now).rejection ==
              Rejection::UnknownKey);
        REQUIRE(badge_store::trustKey(db, key.publicKey(), "issuer 2026", now).ok());
        REQUIRE(badge_store::trustKey(db, key.publicKey(), "renamed", now).ok());  // idempotent
    }
    {
        auto db = openDb(dir);
        auto keys = badge_store::trustedKeys(db);
        REQUIRE(keys.size() == 1);
        CHECK(keys[0].label == "renamed");
        CHECK(keys[0].keyId == keyIdHex(key.publicKey().id()));
        CHECK(checkBadge(*text, badge_store::loadPolicy(db), badge_store::loadTrust(db), now).accepted());

        storage::badge_trust::revokeBadge(db, badgeId(*parseSignedBadge(*text)), now, "lost");
    }
    {
        auto db = openDb(dir);
        CHECK(checkBadge(*text, badge_store::loadPolicy(db), badge_store::loadTrust(db), now).rejection ==
              Rejection::Revoked);
        auto rows = badge_store::revocations(db);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].kind == "badge");
        CHECK(rows[0].reason == "lost");
        CHECK(badge_store::untrustKey(db, keyIdHex(key.publicKey().id())));
        CHECK_FALSE(badge_store::untrustKey(db, keyIdHex(key.publicKey().id())));
        CHECK(badge_store::loadTrust(db).keys.empty());
    }
}

TEST_CASE("member revocation moves its cut-off forward when repeated") {
    test::TempDir dir;
    auto db = openDb(dir);
    storage::badge_trust::revokeMember(db, "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", at("2026-01-01T00:00:00Z"), "");
    storage::badge_trust::revokeMember(db, "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", at("2026-02-01T00:00:00Z"), "again");
    auto trust = badge_store::loadTrust(db);
    REQUIRE(trust.revoked.memberBefore.size() == 1);
    CHECK(trust.revoked.memberBefore.begin()->second == at("2026-02-01T00:00:00Z"));
}

TEST_CASE("the accepted-formats policy is kept in the settings") {
    test::TempDir dir;
    auto db = openDb(dir);
    CHECK(badge_store::loadPolicy(db).accepts(BadgeFormat::MemberId));
    badge_store::savePolicy(db, *BadgePolicy::parse("signed"));
    CHECK_FALSE(badge_store::loadPolicy(db).accepts(BadgeFormat::MemberId));
    CHECK(badge_store::loadPolicy(db).accepts(BadgeFormat::Signed));
}
