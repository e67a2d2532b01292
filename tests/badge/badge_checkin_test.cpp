#include "badge/badge_checkin.hpp"
#include "badge/issuer.hpp"
#include "badge/trust_store.hpp"
#include "storage/audit.hpp"
#include "tests/badge/test_keys.hpp"
#include "tests/core/door_fixture.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::badge;

namespace {

struct BadgeDoor : test::DoorFixture {
    SecretKey key = test::testIssuerKey();

    BadgeDoor() { REQUIRE(trust_store::trustKey(db, key.publicKey(), "test", clock.now()).ok()); }

    std::string signedFor(const Member& m, const char* until = "2026-12-31T00:00:00Z") {
        auto text = issueBadge(
            key, BadgeClaims{*Uuid::parse(m.id), std::nullopt, test::at("2026-01-01T00:00:00Z"), test::at(until)});
        REQUIRE(text);
        return *text;
    }
    CheckinResult scanText(const std::string& text) {
        BadgeScan scan;
        scan.text = text;
        auto r = checkinBadge(door, db, clock, scan);
        REQUIRE(r);
        return *r;
    }
};

}  // namespace

TEST_CASE("a signed badge checks its member in") {
    BadgeDoor f;
    auto r = f.scanText(f.signedFor(f.jane));
    CHECK(r.outcome == Outcome::CheckedIn);
    REQUIRE(r.member);
    CHECK(r.member->id == f.jane.id);
    CHECK(f.countRows("attendance") == 1);
}

TEST_CASE("a bare member id typed by hand or by a scanner checks in") {
    BadgeDoor f;
    CHECK(f.scanText(f.john.id + "\r\n").outcome == Outcome::CheckedIn);
}

TEST_CASE("an event pass goes to its event when staff pinned none") {
    BadgeDoor f;
    auto r = f.scanText(f.jazz.id + ":" + f.jane.id);
    CHECK(r.outcome == Outcome::CheckedIn);
    REQUIRE(r.event);
    CHECK(r.event->id == f.jazz.id);
}

TEST_CASE("refused badges write no attendance, carry their reason, and are logged without their bytes") {
    BadgeDoor f;
    std::string secret = "https://evil.example/\x01\x02";
    auto r = f.scanText(secret);
    CHECK(r.outcome == Outcome::InvalidBadge);
    CHECK(r.reason == "not_a_badge");
    CHECK(r.headline() == "Badge not recognised");
    CHECK(f.countRows("attendance") == 0);
    CHECK(f.countRows("outbox") == 0);
    auto log = storage::audit::recent(f.db, 5);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "badge_refused");
    REQUIRE(log[0].detail);
    CHECK(log[0].detail->find("not_a_badge") != std::string::npos);
    CHECK(log[0].detail->find("evil") == std::string::npos);

    auto expired = f.scanText(f.signedFor(f.jane, "2026-01-10T00:00:00Z"));
    CHECK(expired.outcome == Outcome::InvalidBadge);
    CHECK(expired.reason == "expired");
    CHECK(expired.headline() == "Badge expired");
    CHECK(f.countRows("attendance") == 0);
}

TEST_CASE("a signed-only kiosk refuses bare ids with format_not_allowed") {
    BadgeDoor f;
    savePolicy(f.db, *BadgePolicy::parse("signed"));
    auto r = f.scanText(f.jane.id);
    CHECK(r.outcome == Outcome::InvalidBadge);
    CHECK(r.reason == "format_not_allowed");
    CHECK(f.scanText(f.signedFor(f.jane)).outcome == Outcome::CheckedIn);
}

TEST_CASE("a valid badge of someone not on the roster is an unknown member, not a bad badge") {
    BadgeDoor f;
    auto stranger = test::makeMember("0e1f3a3c-8a83-4c8e-9d6c-1a2b3c4d5e6f", "Sam", "Stranger");
    CHECK(f.scanText(f.signedFor(stranger)).outcome == Outcome::UnknownMember);
}

TEST_CASE("a pass for an event this kiosk does not know is refused as no event, not an error") {
    BadgeDoor f;
    auto r = f.scanText("0e1f3a3c-8a83-4c8e-9d6c-1a2b3c4d5e6f:" + f.jane.id);
    CHECK(r.outcome == Outcome::NoEvent);
    CHECK(r.reason == "badge_event_unknown");
    CHECK(f.countRows("attendance") == 0);
}

TEST_CASE("the event staff chose wins over the one on the badge") {
    BadgeDoor f;
    BadgeScan scan;
    scan.text = "0e1f3a3c-8a83-4c8e-9d6c-1a2b3c4d5e6f:" + f.jane.id;
    scan.eventId = f.jazz.id;
    auto r = checkinBadge(f.door, f.db, f.clock, scan);
    REQUIRE(r);
    CHECK(r->outcome == Outcome::CheckedIn);
    REQUIRE(r->event);
    CHECK(r->event->id == f.jazz.id);
}
