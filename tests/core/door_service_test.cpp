// The door service: a scan verified once, then the rules of the door; what it
// keeps loaded, and when it reloads.
#include "core/door_service.hpp"
#include "badge/issuer.hpp"
#include "core/badge_store.hpp"
#include "storage/audit.hpp"
#include "storage/badge_trust.hpp"
#include "storage/events.hpp"
#include "storage/members.hpp"
#include "tests/badge/test_keys.hpp"
#include "tests/core/door_fixture.hpp"
#include "tests/support/temp_dir.hpp"
#include "words/local_format.hpp"
#include "words/result_view.hpp"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace credopass;
using namespace credopass::badge;

namespace {

struct BadgeDoor : test::DoorFixture {
    SecretKey key = test::testIssuerKey();
    DoorService service = open({});

    BadgeDoor() { REQUIRE(service.trustKey(key.publicKey(), "test").ok()); }

    DoorService open(std::vector<std::string> staff) {
        DoorServiceOptions options;
        options.dbPath = db.path();
        options.staffMembers = std::move(staff);
        auto opened = DoorService::open(options, clock);
        REQUIRE(opened);
        return std::move(*opened);
    }

    std::string signedFor(const Member& m, const char* until = "2026-12-31T00:00:00Z") const {
        auto text = issueBadge(
            key, BadgeClaims{*Uuid::parse(m.id), std::nullopt, test::at("2026-01-01T00:00:00Z"), test::at(until)});
        REQUIRE(text);
        return *text;
    }
    CheckinResult scanText(const std::string& text, const DoorAsk& ask = {}) {
        auto r = service.scan(Scan{text, ScanOrigin::Scanner, {}}, ask);
        REQUIRE(r);
        REQUIRE(std::holds_alternative<CheckinResult>(*r));
        return std::get<CheckinResult>(*r);
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
    CHECK(r.reason == Refusal::NotABadge);
    CHECK(words::describe(r).title == "Badge not recognised");
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
    CHECK(expired.reason == Refusal::Expired);
    CHECK(words::describe(expired).title == "Badge expired");
    CHECK(f.countRows("attendance") == 0);
}

TEST_CASE("a signed-only kiosk refuses bare ids with format_not_allowed") {
    BadgeDoor f;
    REQUIRE(f.service.setBadgePolicy(*BadgePolicy::parse("signed")));
    auto r = f.scanText(f.jane.id);
    CHECK(r.outcome == Outcome::InvalidBadge);
    CHECK(r.reason == Refusal::FormatNotAllowed);
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
    CHECK(r.reason == Refusal::BadgeEventUnknown);
    CHECK(f.countRows("attendance") == 0);
}

TEST_CASE("the event staff chose wins over the one on the badge") {
    BadgeDoor f;
    DoorAsk ask;
    ask.eventId = f.jazz.id;
    auto r = f.scanText("0e1f3a3c-8a83-4c8e-9d6c-1a2b3c4d5e6f:" + f.jane.id, ask);
    CHECK(r.outcome == Outcome::CheckedIn);
    REQUIRE(r.event);
    CHECK(r.event->id == f.jazz.id);
}

TEST_CASE("the door opens an existing database only: a missing one is never replaced by an empty one") {
    test::TempDir dir;
    DoorServiceOptions options;
    options.dbPath = dir.file("missing.db");
    options.create = false;
    ManualClock clock{test::at("2026-01-17T18:55:00.000Z")};
    auto opened = DoorService::open(options, clock);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == StorageErrc::CannotOpen);
    CHECK_THAT(opened.error().message, Catch::Contains("init"));
    CHECK(::access(options.dbPath.c_str(), F_OK) != 0);  // nothing was created
}

TEST_CASE("a check-in after the database file was deleted is refused, never acknowledged") {
    BadgeDoor f;
    REQUIRE(::unlink(f.db.path().c_str()) == 0);
    auto r = f.service.scan(Scan{f.jane.id, ScanOrigin::Scanner, {}});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == StorageErrc::Moved);
}

TEST_CASE("a scan checks its badge's signature once") {
    BadgeDoor f;
    DoorService staffDoor = f.open({f.john.id});
    const std::string badge = f.signedFor(f.jane);
    auto before = signatureChecksOnThisThread();
    REQUIRE(staffDoor.scan(Scan{badge, ScanOrigin::Camera, {}}));
    CHECK(signatureChecksOnThisThread() - before == 1);
    before = signatureChecksOnThisThread();
    auto staff = staffDoor.scan(Scan{f.signedFor(f.john), ScanOrigin::Camera, {}});
    REQUIRE(staff);
    CHECK(std::holds_alternative<StaffBadge>(*staff));  // the staff check used the same verdict
    CHECK(signatureChecksOnThisThread() - before == 1);
}

TEST_CASE("only a staff member's signed badge, read by a camera or scanner, opens staff mode") {
    BadgeDoor f;
    DoorService staffDoor = f.open({f.john.id});
    auto opens = [&](const std::string& text, ScanOrigin origin) {
        auto r = staffDoor.scan(Scan{text, origin, {}});
        REQUIRE(r);
        return std::holds_alternative<StaffBadge>(*r);
    };
    CHECK(opens(f.signedFor(f.john), ScanOrigin::Scanner));
    CHECK(opens(f.signedFor(f.john), ScanOrigin::Camera));
    CHECK_FALSE(opens(f.signedFor(f.john), ScanOrigin::Keyboard));  // typed: not a badge
    f.clock.advance(std::chrono::hours(1));
    CHECK_FALSE(opens(f.john.id, ScanOrigin::Scanner));                   // member ids are not secret
    CHECK_FALSE(opens(f.jazz.id + ":" + f.john.id, ScanOrigin::Camera));  // nor are passes
    CHECK_FALSE(opens(f.signedFor(f.jane), ScanOrigin::Camera));
}

TEST_CASE("policy and trust changed by another connection apply to the next scan") {
    BadgeDoor f;
    const std::string badge = f.signedFor(f.jane);
    // kioskctl, in another process, revokes the badge while the door runs.
    storage::badge_trust::revokeBadge(f.db, badgeId(*parseSignedBadge(badge)), f.clock.now(), "lost");
    auto r = f.scanText(badge);
    CHECK(r.outcome == Outcome::InvalidBadge);
    CHECK(r.reason == Refusal::Revoked);
    badge_store::savePolicy(f.db, *BadgePolicy::parse("signed"));
    CHECK(f.scanText(f.john.id).reason == Refusal::FormatNotAllowed);
}

TEST_CASE("a pass for next week's event is refused tonight with that event's name and date, and writes nothing") {
    BadgeDoor f;
    auto nextWeek = test::makeEvent("5b0f8a52-4d4e-4b7e-9a53-0b6c1f7e2a10", "Saturday Brunch", EventStatus::Scheduled,
                                    test::at("2026-01-24T10:00:00.000Z"), test::at("2026-01-24T12:00:00.000Z"));
    storage::events::upsert(f.db, nextWeek);
    auto r = f.scanText(nextWeek.id + ":" + f.jane.id);
    CHECK(r.outcome == Outcome::EventNotOpen);
    CHECK(r.reason == Refusal::WrongEvent);
    CHECK(toString(*r.reason) == "wrong_event");
    REQUIRE(r.event);
    CHECK(r.event->id == nextWeek.id);
    auto view = words::describe(r);
    CHECK(view.title == "This pass is for another event");
    CHECK(view.detail == "Saturday Brunch \xC2\xB7 " + words::dayAndTime(nextWeek.startTime));  // "Sat 24 Jan 10:00"
    CHECK(f.countRows("attendance") == 0);
    CHECK(f.countRows("outbox") == 0);

    // Tonight's pass still admits; staff pinning next week's event lets its pass in.
    CHECK(f.scanText(f.jazz.id + ":" + f.john.id).outcome == Outcome::CheckedIn);
    DoorAsk pinned;
    pinned.eventId = nextWeek.id;
    CHECK(f.scanText(nextWeek.id + ":" + f.jane.id, pinned).outcome == Outcome::CheckedIn);
}

TEST_CASE("a pass for tonight's cancelled event says cancelled, not another event") {
    BadgeDoor f;
    auto cancelled = f.jazz;
    cancelled.status = EventStatus::Cancelled;
    storage::events::upsert(f.db, cancelled);
    auto r = f.scanText(f.jazz.id + ":" + f.jane.id);
    CHECK(r.outcome == Outcome::EventNotOpen);
    CHECK(r.reason == Refusal::EventCancelled);
}

TEST_CASE("with two events open tonight a success names its event; with one it does not") {
    BadgeDoor f;
    CHECK(words::describe(f.scanText(f.signedFor(f.jane))).detail.find("Friday Jazz Night") == std::string::npos);
    auto quiz = test::makeEvent("7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e", "Pub Quiz", EventStatus::Ongoing,
                                test::at("2026-01-17T18:00:00.000Z"), test::at("2026-01-17T22:00:00.000Z"));
    storage::events::upsert(f.db, quiz);
    auto r = f.scanText(quiz.id + ":" + f.john.id);
    CHECK(r.outcome == Outcome::CheckedIn);
    CHECK(r.severalEvents);
    CHECK(words::describe(r).detail.rfind("Pub Quiz \xC2\xB7 ", 0) == 0);
}

TEST_CASE("under the configuration's signed-only ceiling a bare id or a pass is refused, whatever the database says") {
    BadgeDoor f;
    DoorServiceOptions options;
    options.dbPath = f.db.path();
    options.acceptCeiling = *BadgePolicy::parse("signed");
    auto door = DoorService::open(options, f.clock);
    REQUIRE(door);
    // The database's policy is the widest (none stored: a new or recreated database).
    REQUIRE(door->setBadgePolicy(*BadgePolicy::parse("all")));
    for (const std::string& text : {f.jane.id, f.jazz.id + ":" + f.jane.id}) {
        auto r = door->scan(Scan{text, ScanOrigin::Scanner, {}});
        REQUIRE(r);
        const auto& result = std::get<CheckinResult>(*r);
        CHECK(result.outcome == Outcome::InvalidBadge);
        CHECK(result.reason == Refusal::FormatNotAllowed);
    }
    CHECK(f.countRows("attendance") == 0);
    auto status = door->status();
    REQUIRE(status);
    CHECK_FALSE(status->unsignedAccepted);
    auto signedOne = door->scan(Scan{f.signedFor(f.jane), ScanOrigin::Scanner, {}});
    REQUIRE(signedOne);
    CHECK(std::get<CheckinResult>(*signedOne).outcome == Outcome::CheckedIn);
}

TEST_CASE("a configuration that allows unsigned badges can be narrowed by the database, and staff are told") {
    BadgeDoor f;
    DoorServiceOptions options;
    options.dbPath = f.db.path();
    options.acceptCeiling = *BadgePolicy::parse("all");
    auto door = DoorService::open(options, f.clock);
    REQUIRE(door);
    auto open = door->status();
    REQUIRE(open);
    CHECK(open->unsignedAccepted);
    REQUIRE(door->setBadgePolicy(*BadgePolicy::parse("signed")));
    auto r = door->scan(Scan{f.jane.id, ScanOrigin::Scanner, {}});
    REQUIRE(r);
    CHECK(std::get<CheckinResult>(*r).reason == Refusal::FormatNotAllowed);
    auto narrowed = door->status();
    REQUIRE(narrowed);
    CHECK_FALSE(narrowed->unsignedAccepted);
}

TEST_CASE("staff admitting one more past capacity is checked in and audited as such") {
    BadgeDoor f;
    auto small = f.jazz;
    small.capacity = 1;
    storage::events::upsert(f.db, small);
    CHECK(f.scanText(f.signedFor(f.john)).outcome == Outcome::CheckedIn);
    DoorAsk in;
    in.mode = DoorMode::InOnly;
    auto refused = f.service.manualCheckin(f.jane.id, in);
    REQUIRE(refused);
    CHECK(refused->outcome == Outcome::EventFull);
    in.overrideCapacity = true;
    auto admitted = f.service.manualCheckin(f.jane.id, in);
    REQUIRE(admitted);
    CHECK(admitted->outcome == Outcome::CheckedIn);
    auto log = storage::audit::recent(f.db, 1);
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == "admit_over_capacity");
}

TEST_CASE("the door's status lists the characters its fonts must draw for the roster's names") {
    BadgeDoor f;
    auto before = f.service.status();
    REQUIRE(before);
    CHECK(before->nameGlyphs.find(U'王') == std::u32string::npos);
    // HQ's roster arrives through another connection (the sync process).
    auto other = storage::Database::open(f.db.path());
    REQUIRE(other.ok());
    storage::members::upsert(*other, test::makeMember("0b7e3a44-3c1e-5d8e-9f27-0c1c8f6c2a11", "芳", "王"));
    storage::members::upsert(*other, test::makeMember("0b7e3a44-3c1e-5d8e-9f27-0c1c8f6c2a12", "Hương", "Nguyễn"));
    auto after = f.service.status();
    REQUIRE(after);
    const std::u32string& g = after->nameGlyphs;
    for (char32_t c : {U'王', U'芳', U'ễ', U'ư', U'ơ'})
        CHECK(g.find(c) != std::u32string::npos);
    CHECK(std::is_sorted(g.begin(), g.end()));
    CHECK(std::adjacent_find(g.begin(), g.end()) == g.end());                       // each once
    CHECK(std::none_of(g.begin(), g.end(), [](char32_t c) { return c <= 0x7F; }));  // ASCII is always drawn
}
