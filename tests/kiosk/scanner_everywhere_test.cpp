// Issue 9: a USB scanner's badge is a door input on every screen. The keys go
// through BadgeInputs as the door screen wires them (kiosk/ui/kiosk_loop.cpp):
// its scans go to the model, and what a person typed goes to the screen
// showing, which hands it to that screen's intent (the PIN pad: pinTyped, the
// search: searchTyped, the idle screen: typedAtDoor).
#include "kiosk/app/badge_inputs.hpp"
#include "kiosk/app/kiosk_model.hpp"
#include "tests/kiosk/model_helpers.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;
using namespace credopass::kiosk::testing;
using namespace std::chrono_literals;

namespace {

const std::string kBadge = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";
constexpr int kScannerMs = 4;  // a USB scanner: a few milliseconds a key
constexpr int kPersonMs = 300;

// The keyboard wedge in front of a model, on SDL's millisecond clock.
class Wedge {
public:
    explicit Wedge(KioskModel& m) : m_(m) {}

    SteadyTime now() const { return SteadyTime{} + std::chrono::milliseconds(ms_); }
    // One key every `gapMs`; '\n' is the Return key.
    void type(std::string_view text, int gapMs) {
        for (char c : text) {
            inputs_.key(c == '\n' ? '\r' : c, ms_, now());
            pump();
            ms_ += gapMs;
        }
    }
    // The splitter's gap runs out: what is pending comes out.
    void settle() {
        ms_ += 1000;
        inputs_.tick(ms_, now());
        pump();
    }
    // Backspace, Escape or an F-key: what was typed before it comes out first.
    void commandKey() {
        inputs_.personKey(ms_, now());
        pump();
    }

private:
    void pump() {
        for (auto& scan : inputs_.take())
            m_.scan(std::move(scan));
        std::string typed = inputs_.takeTyped();
        if (typed.empty()) return;
        // Each screen's onTyped, as kiosk/ui's screens do.
        switch (m_.screen()) {
            case ScreenId::Idle: m_.typedAtDoor(typed, now()); break;
            case ScreenId::Result:
                if (m_.resultOver() == ScreenId::Idle) m_.typedAtDoor(typed, now());
                break;
            case ScreenId::Pin: m_.pinTyped(typed, now()); break;
            case ScreenId::Manual: m_.searchTyped(typed, now()); break;
            case ScreenId::Dashboard:
            case ScreenId::Sync:
            case ScreenId::Device: break;
        }
    }

    KioskModel& m_;
    BadgeInputs inputs_{[] {}};
    std::int64_t ms_ = 1000;
};

}  // namespace

TEST_CASE("a scan on the PIN screen never reaches the PIN and returns to the PIN screen after the result") {
    KioskModel m(config());
    Wedge keys(m);
    m.openStaff(keys.now());
    keys.type("12", kPersonMs);  // staff begin their PIN by hand ...
    m.takeRequests();
    keys.type(kBadge + "\n", kScannerMs);  // ... and a member's badge comes through the scanner
    CHECK(m.pinLength() == 2);             // the person's digits, not one of the badge's
    CHECK_FALSE(m.pinBusy());              // the badge's Enter submitted nothing
    auto requests = m.takeRequests();
    REQUIRE(requests.size() == 1);
    auto* scan = std::get_if<Scan>(&requests[0]);
    REQUIRE(scan);  // a door input, as on the idle screen: no VerifyPin at all
    CHECK(scan->text == kBadge);
    CHECK(scan->origin == ScanOrigin::Scanner);

    m.apply(welcome(scan->capturedAt), keys.now());
    CHECK(m.screen() == ScreenId::Result);
    CHECK(m.resultOver() == ScreenId::Pin);
    keys.type("34", kPersonMs);  // typed at the hidden PIN pad: goes nowhere, and never to the door
    keys.settle();
    CHECK(m.takeRequests().empty());

    m.tick(keys.now() + 3s);
    CHECK(m.screen() == ScreenId::Pin);
    CHECK(m.pinLength() == 0);
    CHECK(m.pinMessage().empty());              // no "Wrong PIN" ...
    CHECK_FALSE(m.pinSecondsLeft(keys.now()));  // ... and no lockout: no attempt was made
    CHECK_FALSE(m.staffUnlocked());
    keys.type("123456\n", kPersonMs);  // the PIN pad works as before
    auto verify = requestsOf<VerifyPin>(m);
    REQUIRE(verify.size() == 1);
    CHECK(verify[0].pin == "123456");
    m.apply(pinOk(verify[0]), keys.now());
    CHECK(m.staffUnlocked());
}

TEST_CASE("a scan on manual check-in never reaches the search, and manual check-in comes back") {
    KioskModel m(config());
    Wedge keys(m);
    unlock(m, keys.now());
    m.showStaffScreen(ScreenId::Manual, keys.now());
    m.takeRequests();
    keys.type(kBadge + "\n", kScannerMs);
    CHECK(m.searchText().empty());
    auto requests = m.takeRequests();
    REQUIRE(requests.size() == 1);  // the badge, for the door; no member search
    auto* scan = std::get_if<Scan>(&requests[0]);
    REQUIRE(scan);
    CHECK(scan->text == kBadge);
    m.apply(welcome(scan->capturedAt), keys.now());
    CHECK(m.screen() == ScreenId::Result);
    m.tick(keys.now() + 3s);
    CHECK(m.screen() == ScreenId::Manual);
    CHECK(m.searchText().empty());
    keys.type("smith", 200);  // a person's typing still reaches the search
    keys.settle();
    CHECK(m.searchText() == "smith");
}

TEST_CASE("a person typing fast then correcting: Backspace acts after the letters before it") {
    KioskModel m(config());
    Wedge keys(m);
    unlock(m, keys.now());
    m.showStaffScreen(ScreenId::Manual, keys.now());
    keys.type("smithy", kScannerMs);  // as fast as a scanner, and still pending ...
    CHECK(m.searchText().empty());
    keys.commandKey();  // ... until Backspace says a person typed it
    m.searchBackspace(keys.now());
    CHECK(m.searchText() == "smith");
}

TEST_CASE("at the door: a scanner's badge and a member id typed by hand are both scans") {
    KioskModel m(config());
    Wedge keys(m);
    m.takeRequests();
    keys.type(kBadge + "\n", kScannerMs);
    keys.type("jane-id\n", kPersonMs);
    auto scans = requestsOf<Scan>(m);
    REQUIRE(scans.size() == 2);
    CHECK(scans[0].text == kBadge);
    CHECK(scans[0].origin == ScanOrigin::Scanner);
    CHECK(scans[1].text == "jane-id");
    CHECK(scans[1].origin == ScanOrigin::Keyboard);
}
