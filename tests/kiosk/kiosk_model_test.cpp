#include "kiosk/app/kiosk_model.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;
using namespace std::chrono_literals;

namespace {

KioskConfig config() {
    KioskConfig c;
    c.resultDuration = 3s;
    c.autoLockAfter = 120s;
    c.pinScreenTimeout = 30s;
    return c;
}

CheckinReply welcome(SteadyTime scannedAt) {
    CheckinResult r;
    r.outcome = Outcome::CheckedIn;
    r.member = Member{"id", "jane@example.com", "Jane", "Smith", std::nullopt, {}, {}};
    CheckinReply reply;
    reply.result = r;
    reply.scannedAt = scannedAt;
    return reply;
}

template <class T>
std::vector<T> requestsOf(KioskModel& m) {
    std::vector<T> out;
    for (auto& r : m.takeRequests())
        if (auto* x = std::get_if<T>(&r)) out.push_back(*x);
    return out;
}

void typePin(KioskModel& m, const std::string& pin, SteadyTime now) {
    for (char d : pin)
        m.pinDigit(d, now);
}

// Submits what was typed; returns the check the model sent the door worker.
VerifyPin submitPin(KioskModel& m, SteadyTime now) {
    m.takeRequests();
    m.pinSubmit(now);
    auto verify = requestsOf<VerifyPin>(m);
    REQUIRE(verify.size() == 1);
    return verify[0];
}

PinReply pinOk(const VerifyPin& check) {
    PinReply r;
    r.ok = true;
    r.requestId = check.requestId;
    return r;
}

PinReply pinWrong(const VerifyPin& check, std::chrono::milliseconds retryAfter) {
    PinReply r;
    r.retryAfter = retryAfter;
    r.requestId = check.requestId;
    return r;
}

void unlock(KioskModel& m, SteadyTime now) {
    m.openStaff(now);
    typePin(m, "123456", now);
    m.apply(pinOk(submitPin(m, now)), now);
    REQUIRE(m.staffUnlocked());
}

}  // namespace

TEST_CASE("a scan becomes a door request; the answer shows at once, then idle returns by itself") {
    KioskModel m(config());
    SteadyTime t0{};
    m.takeRequests();
    m.scan(Scan{"b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", ScanOrigin::Camera, t0});
    auto scans = requestsOf<Scan>(m);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].origin == ScanOrigin::Camera);
    CHECK(m.screen() == ScreenId::Idle);  // nothing to show until the door answered

    auto before = m.version();
    m.apply(welcome(t0), t0 + 20ms);
    CHECK(m.version() != before);
    CHECK(m.screen() == ScreenId::Result);
    REQUIRE(m.result());
    CHECK(m.result()->title == "Welcome, Jane");
    CHECK(m.takeSounds() == std::vector<Sound>{Sound::Success});
    CHECK(m.takeShownScan() == t0);
    CHECK_FALSE(m.takeShownScan());
    CHECK(m.recentScans().size() == 1);
    CHECK(m.nextDeadline() == t0 + 20ms + 3s);

    m.tick(t0 + 2s);
    CHECK(m.screen() == ScreenId::Result);
    m.tick(t0 + 20ms + 3s);
    CHECK(m.screen() == ScreenId::Idle);
    CHECK_FALSE(m.result());
}

TEST_CASE("a new scan while a result shows replaces it and restarts the timer") {
    KioskModel m(config());
    SteadyTime t0{};
    m.apply(welcome(t0), t0);
    m.apply(welcome(t0 + 2s), t0 + 2s);
    m.tick(t0 + 4s);
    CHECK(m.screen() == ScreenId::Result);
    m.tick(t0 + 5s);
    CHECK(m.screen() == ScreenId::Idle);
}

TEST_CASE("staff screens need the PIN; a member cannot reach them") {
    KioskModel m(config());
    SteadyTime t0{};
    m.showStaffScreen(ScreenId::Dashboard, t0);
    CHECK(m.screen() == ScreenId::Idle);
    m.requestExit(t0);
    CHECK_FALSE(m.exitRequested());
    m.openStaff(t0);
    CHECK(m.screen() == ScreenId::Pin);
    m.showStaffScreen(ScreenId::Device, t0);
    CHECK(m.screen() == ScreenId::Pin);
}

TEST_CASE("the PIN goes to the door worker and a right one opens the dashboard") {
    KioskModel m(config());
    SteadyTime t0{};
    m.takeRequests();
    m.openStaff(t0);
    typePin(m, "471147", t0);
    m.pinDigit('x', t0);
    CHECK(m.pinLength() == 6);
    m.pinBackspace(t0);
    m.pinDigit('1', t0);
    auto verify = submitPin(m, t0);
    CHECK(verify.pin == "471141");
    CHECK(m.pinLength() == 0);
    CHECK(m.pinBusy());
    m.apply(pinOk(verify), t0 + 300ms);
    CHECK(m.staffUnlocked());
    CHECK(m.screen() == ScreenId::Dashboard);
}

// Issue 10: the door worker answers in order, so a scan queued before the PIN
// check is answered first. Its result takes the screen; the PIN's "ok" that
// follows used to unlock with no staff screen showing, and three seconds
// later the idle screen stood over an unlocked kiosk: the next tap on
// "Staff" (or F3) opened the dashboard without a PIN.
TEST_CASE("a PIN answer that comes after a member's scan took the screen opens nothing") {
    KioskModel m(config());
    SteadyTime t0{};
    m.openStaff(t0);
    typePin(m, "123456", t0);
    auto check = submitPin(m, t0);
    CHECK(m.pinBusy());

    m.apply(welcome(t0), t0 + 50ms);  // the scan queued before the check
    CHECK(m.screen() == ScreenId::Result);
    CHECK_FALSE(m.pinBusy());

    m.takeRequests();
    m.apply(pinOk(check), t0 + 400ms);  // the right PIN, answered too late
    CHECK_FALSE(m.staffUnlocked());
    CHECK(m.screen() == ScreenId::Result);
    auto notes = requestsOf<AuditNote>(m);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].action == "unlock_discarded");

    m.tick(t0 + 50ms + 3s);  // the result times out
    CHECK(m.screen() == ScreenId::Idle);
    CHECK_FALSE(m.staffUnlocked());
    m.showStaffScreen(ScreenId::Dashboard, t0 + 4s);  // F3
    CHECK(m.screen() == ScreenId::Idle);
    m.openStaff(t0 + 4s);  // the "Staff" corner
    CHECK(m.screen() == ScreenId::Pin);
    CHECK_FALSE(m.staffUnlocked());
}

TEST_CASE("only the answer to the latest PIN check, on the PIN screen, unlocks") {
    KioskModel m(config());
    SteadyTime t0{};
    m.openStaff(t0);
    typePin(m, "123456", t0);
    auto first = submitPin(m, t0);
    m.cancelPin();  // Cancel while it is checked
    CHECK(m.screen() == ScreenId::Idle);
    m.apply(pinOk(first), t0 + 100ms);
    CHECK_FALSE(m.staffUnlocked());
    CHECK(m.screen() == ScreenId::Idle);

    m.openStaff(t0 + 1s);
    typePin(m, "999999", t0 + 1s);
    auto second = submitPin(m, t0 + 1s);
    CHECK(second.requestId != first.requestId);
    m.apply(pinOk(first), t0 + 1s);  // the first again (a duplicate, or a slow queue): not this check
    CHECK_FALSE(m.staffUnlocked());
    CHECK(m.screen() == ScreenId::Pin);
    CHECK(m.pinBusy());  // still waiting for the second
    m.apply(pinWrong(second, 0s), t0 + 1500ms);
    CHECK_FALSE(m.staffUnlocked());
    CHECK(m.pinMessage() == "Wrong PIN");
    m.apply(pinOk(second), t0 + 1600ms);  // answered already
    CHECK_FALSE(m.staffUnlocked());
}

TEST_CASE("after a wrong PIN the PIN screen waits as long as the door worker says") {
    KioskModel m(config());
    SteadyTime t = SteadyTime{} + 1h;
    m.openStaff(t);
    auto attempt = [&](std::chrono::milliseconds retryAfter) {
        typePin(m, "999999", t);
        m.takeRequests();
        m.pinSubmit(t);
        auto sent = requestsOf<VerifyPin>(m);
        if (!sent.empty()) m.apply(pinWrong(sent[0], retryAfter), t);
        return !sent.empty();
    };
    CHECK(attempt(0s));
    CHECK(m.pinMessage() == "Wrong PIN");
    CHECK(attempt(5s));
    CHECK(m.pinMessage().find("Try again in 5 s") != std::string::npos);
    CHECK_FALSE(m.staffUnlocked());
    CHECK_FALSE(attempt(10s));  // refused without even asking the worker
    CHECK(m.pinMessage().find("Too many wrong PINs") != std::string::npos);
    REQUIRE(m.pinSecondsLeft(t));
    t += 5s;
    CHECK_FALSE(m.pinSecondsLeft(t));
    typePin(m, "123456", t);
    m.apply(pinOk(submitPin(m, t)), t);
    CHECK(m.staffUnlocked());
}

TEST_CASE("staff mode locks itself after inactivity, and touches postpone it") {
    KioskModel m(config());
    SteadyTime t0{};
    unlock(m, t0);
    m.staffTouched(t0 + 100s);
    m.tick(t0 + 150s);
    CHECK(m.staffUnlocked());
    CHECK(m.nextDeadline() <= t0 + 220s);
    m.takeRequests();
    m.tick(t0 + 220s);
    CHECK_FALSE(m.staffUnlocked());
    CHECK(m.screen() == ScreenId::Idle);
    auto notes = requestsOf<AuditNote>(m);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].action == "auto_lock");
    m.showStaffScreen(ScreenId::Sync, t0 + 221s);
    CHECK(m.screen() == ScreenId::Idle);
}

TEST_CASE("an idle PIN screen goes back to idle") {
    KioskModel m(config());
    SteadyTime t0{};
    m.openStaff(t0);
    m.pinDigit('1', t0 + 10s);
    m.tick(t0 + 39s);
    CHECK(m.screen() == ScreenId::Pin);
    m.tick(t0 + 40s);
    CHECK(m.screen() == ScreenId::Idle);
    CHECK(m.pinLength() == 0);
}

TEST_CASE("a scan while staff work is recorded without leaving the staff screen") {
    KioskModel m(config());
    SteadyTime t0{};
    unlock(m, t0);
    m.showStaffScreen(ScreenId::Manual, t0);
    m.apply(welcome(t0), t0);
    CHECK(m.screen() == ScreenId::Manual);
    CHECK(m.staffMessage() == "Scan: Welcome, Jane");
    CHECK(m.recentScans().size() == 1);
}

TEST_CASE("a staff badge opens staff mode") {
    KioskModel m(config());
    SteadyTime t0{};
    m.apply(StaffBadgeReply{"Sam Staff"}, t0);
    CHECK(m.staffUnlocked());
    CHECK(m.screen() == ScreenId::Dashboard);
}

TEST_CASE("manual check-in shows its answer on the manual screen; exit is for staff") {
    KioskModel m(config());
    SteadyTime t0{};
    unlock(m, t0);
    m.showStaffScreen(ScreenId::Manual, t0);
    m.setSearchText("jan", t0);
    m.takeRequests();
    m.manualCheckin("id", true, t0);
    auto manual = requestsOf<ManualCheckin>(m);
    REQUIRE(manual.size() == 1);
    CHECK(manual[0].mode == DoorMode::OutOnly);
    auto reply = welcome(t0);
    reply.manual = true;
    m.apply(reply, t0);
    CHECK(m.screen() == ScreenId::Manual);
    REQUIRE(m.manualResult());
    CHECK(m.manualResult()->title == "Welcome, Jane");
    m.apply(SearchReply{"ja", {}}, t0);  // stale answer: ignored
    m.requestExit(t0);
    CHECK(m.exitRequested());
}

#include "kiosk/app/sync_view.hpp"

TEST_CASE("the sync thread's status becomes what the screens show") {
    sync::SyncStatus status;
    status.connection = sync::Connection::Offline;
    status.waiting = 7;
    status.lastError = "connect: connection refused";
    status.poison.push_back({3, "attendance", "id", "400: patronId is not a user", {}});
    status.draining = sync::DrainProgress{2, 9};
    auto view = toSyncView(status);
    CHECK(view.running);
    CHECK(view.offline);
    CHECK_FALSE(view.online);
    CHECK(view.connection == "offline");
    CHECK(view.waiting == 7);
    REQUIRE(view.poison.size() == 1);
    CHECK(view.poison[0].reason == "400: patronId is not a user");
    CHECK(view.drainSent == 2);
    CHECK(view.drainTotal == 9);

    KioskModel m(config());
    m.setSync(view);
    CHECK(m.sync().offline);
    SteadyTime t0{};
    m.syncNow(t0);  // locked: nothing happens
    CHECK_FALSE(m.takeSyncNow());
    unlock(m, t0);
    m.syncNow(t0);
    CHECK(m.takeSyncNow());
    // Door status refreshes do not overwrite what the sync thread said.
    DoorStatus s;
    s.waiting = 1;
    m.apply(StatusReply{s}, t0);
    CHECK(m.sync().waiting == 7);
}
