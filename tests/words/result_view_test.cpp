#include "words/result_view.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::words;

namespace {
CheckinResult answer(Outcome o) {
    CheckinResult r;
    r.outcome = o;
    r.member = Member{"id", "jane@example.com", "Jane", "Smith", std::nullopt, {}, {}};
    r.tier = Tier::Gold;
    r.points = 520;
    return r;
}
}  // namespace

TEST_CASE("a welcome is green with a check mark, the first name, tier and points") {
    auto r = answer(Outcome::CheckedIn);
    r.pointsAwarded = 10;
    auto v = describe(r);
    CHECK(v.tone == Tone::Success);
    CHECK(v.icon == Icon::Check);
    CHECK(v.sound == Sound::Success);
    CHECK(v.title == "Welcome, Jane");
    CHECK(v.detail == "Gold member \xC2\xB7 520 points (+10)");
    CHECK_FALSE(v.advice.empty());
}

TEST_CASE("a goodbye is blue with how long the member stayed") {
    auto r = answer(Outcome::CheckedOut);
    r.stayed = std::chrono::minutes(155);
    auto v = describe(r);
    CHECK(v.tone == Tone::Info);
    CHECK(v.icon == Icon::Wave);
    CHECK(v.title == "Goodbye, Jane \xE2\x80\x94 2 h 35 min");
}

TEST_CASE("a repeat scan is amber with the time of the first check-in") {
    auto r = answer(Outcome::AlreadyCheckedIn);
    r.checkInTime = TimePoint(Millis(0));
    auto v = describe(r);
    CHECK(v.tone == Tone::Warning);
    CHECK(v.icon == Icon::Clock);
    CHECK(v.sound == Sound::Warning);
    CHECK(v.title.rfind("Already checked in at ", 0) == 0);
}

TEST_CASE("refusals are red, each with its own words, icon and advice") {
    struct Case {
        Outcome outcome;
        std::optional<Refusal> reason;
        std::string title;
        Icon icon;
    };
    const Case cases[] = {
        {Outcome::UnknownMember, Refusal::UnknownMember, "Badge not recognised", Icon::Cross},
        {Outcome::InvalidBadge, Refusal::NotABadge, "Badge not recognised", Icon::Cross},
        {Outcome::InvalidBadge, Refusal::Expired, "Badge expired", Icon::Cross},
        {Outcome::EventFull, Refusal::CapacityReached, "Event full", Icon::People},
        {Outcome::NoEvent, Refusal::NoEvent, "No event right now", Icon::Calendar},
    };
    for (const auto& c : cases) {
        auto r = answer(c.outcome);
        r.reason = c.reason;
        auto v = describe(r);
        INFO(c.title);
        CHECK(v.tone == Tone::Error);
        CHECK(v.sound == Sound::Error);
        CHECK(v.title == c.title);
        CHECK(v.icon == c.icon);
        CHECK_FALSE(v.advice.empty());
    }
}

TEST_CASE("a door failure is shown as an error with the code, not the message") {
    auto v = describeFailure(Error{StorageErrc::DiskFull, "cannot write /var/lib/credopass/kiosk.db"});
    CHECK(v.tone == Tone::Error);
    CHECK(v.detail == "disk_full");
    CHECK(v.title == "Check-in failed");
}
