#include "kiosk/app/kiosk_model.hpp"
#include "tests/kiosk/model_helpers.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;
using namespace std::chrono_literals;

using namespace credopass::kiosk::testing;

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

    m.tick(t0 + 50ms + 3s);  // the result times out: back to the PIN pad it covered, empty
    CHECK(m.screen() == ScreenId::Pin);
    CHECK(m.pinLength() == 0);
    CHECK_FALSE(m.pinBusy());
    CHECK_FALSE(m.staffUnlocked());
    m.showStaffScreen(ScreenId::Dashboard, t0 + 4s);  // F3
    CHECK(m.screen() == ScreenId::Pin);
    m.cancelPin();
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

// Issue 9: a badge is a door input on every screen. Staff at work on a staff
// screen see the member's result over it, as the member does; then their
// screen comes back, staff mode still open.
TEST_CASE("a scan on a staff screen shows its result over it, then that staff screen comes back") {
    for (ScreenId staff : {ScreenId::Dashboard, ScreenId::Manual, ScreenId::Sync, ScreenId::Device}) {
        CAPTURE(toString(staff));
        KioskModel m(config());
        SteadyTime t0{};
        unlock(m, t0);
        m.showStaffScreen(staff, t0);
        m.apply(welcome(t0), t0 + 1s);
        CHECK(m.screen() == ScreenId::Result);
        CHECK(m.resultOver() == staff);
        REQUIRE(m.result());
        CHECK(m.result()->title == "Welcome, Jane");
        CHECK(m.takeShownScan() == t0);  // measured and reported as any result is
        CHECK(m.recentScans().size() == 1);
        CHECK(m.staffUnlocked());
        m.apply(welcome(t0 + 2s), t0 + 2s);  // a second member replaces it ...
        CHECK(m.resultOver() == staff);      // ... and still goes back to the staff screen
        m.tick(t0 + 2s + 3s);
        CHECK(m.screen() == staff);
        CHECK(m.staffUnlocked());
        CHECK_FALSE(m.result());
    }
}

TEST_CASE("a touch on a result over a staff screen goes back to that screen") {
    KioskModel m(config());
    SteadyTime t0{};
    unlock(m, t0);
    m.showStaffScreen(ScreenId::Manual, t0);
    m.setSearchText("smi", t0);
    m.apply(welcome(t0), t0);
    m.dismissResult(t0 + 1s);
    CHECK(m.screen() == ScreenId::Manual);
    CHECK(m.searchText() == "smi");  // staff find their search as they left it
}

TEST_CASE("staff mode ending under a result: the result keeps its time, then the door screen") {
    KioskModel m(config());
    SteadyTime t0{};
    unlock(m, t0);
    m.showStaffScreen(ScreenId::Dashboard, t0);
    m.apply(welcome(t0 + 119s), t0 + 119s);
    m.tick(t0 + 120s);  // auto-lock, while the member reads their result
    CHECK_FALSE(m.staffUnlocked());
    CHECK(m.screen() == ScreenId::Result);
    m.tick(t0 + 119s + 3s);
    CHECK(m.screen() == ScreenId::Idle);  // never back to the locked dashboard
    m.showStaffScreen(ScreenId::Dashboard, t0 + 123s);
    CHECK(m.screen() == ScreenId::Idle);
}

TEST_CASE("a result over the PIN pad goes back to it with the pad's full time") {
    KioskModel m(config());
    SteadyTime t0{};
    m.openStaff(t0);
    m.apply(welcome(t0 + 25s), t0 + 25s);
    CHECK(m.resultOver() == ScreenId::Pin);
    m.tick(t0 + 28s);
    CHECK(m.screen() == ScreenId::Pin);
    m.tick(t0 + 57s);  // 30 s after it came back, not after it first opened
    CHECK(m.screen() == ScreenId::Pin);
    m.tick(t0 + 58s);
    CHECK(m.screen() == ScreenId::Idle);
}

TEST_CASE("shortcuts and tabs open screens through the screen table's rules") {
    KioskModel m(config());
    SteadyTime t0{};
    m.openScreen(ScreenId::Manual, t0);  // F4 while locked: nothing
    CHECK(m.screen() == ScreenId::Idle);
    m.openScreen(ScreenId::Result, t0);  // a member screen opens only by itself
    CHECK(m.screen() == ScreenId::Idle);
    m.openScreen(ScreenId::Pin, t0);  // F2: the PIN pad
    CHECK(m.screen() == ScreenId::Pin);
    typePin(m, "123456", t0);
    m.apply(pinOk(submitPin(m, t0)), t0);
    m.openScreen(ScreenId::Sync, t0);
    CHECK(m.screen() == ScreenId::Sync);
    m.openScreen(ScreenId::Pin, t0);  // F2 when unlocked: the dashboard
    CHECK(m.screen() == ScreenId::Dashboard);
}

TEST_CASE("a person's keys: digits and Enter on the PIN pad, text and Backspace in the search") {
    KioskModel m(config());
    SteadyTime t0{};
    m.openStaff(t0);
    m.pinTyped("12a3", t0);
    CHECK(m.pinLength() == 3);
    m.pinBackspace(t0);
    m.takeRequests();
    m.pinTyped("4567\n", t0);
    auto verify = requestsOf<VerifyPin>(m);
    REQUIRE(verify.size() == 1);
    CHECK(verify[0].pin == "124567");
    m.apply(pinOk(verify[0]), t0);
    m.showStaffScreen(ScreenId::Manual, t0);
    m.searchTyped("Jos\xC3\xA9\n", t0);  // Enter is not part of a name
    CHECK(m.searchText() == "Jos\xC3\xA9");
    m.searchBackspace(t0);  // one character, both bytes of it
    CHECK(m.searchText() == "Jos");
}

TEST_CASE("a member id typed by hand at the door is a keyboard scan at Enter") {
    KioskModel m(config());
    SteadyTime t0{};
    m.takeRequests();
    m.typedAtDoor("b0ec1bfd", t0);
    CHECK(requestsOf<Scan>(m).empty());
    m.typedAtDoor("-bff0\n", t0 + 5s);
    auto scans = requestsOf<Scan>(m);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].text == "b0ec1bfd-bff0");
    CHECK(scans[0].origin == ScanOrigin::Keyboard);  // never trusted to open staff mode
    CHECK(scans[0].capturedAt == t0 + 5s);
    m.typedAtDoor("\n", t0 + 6s);  // Enter alone: nothing
    CHECK(requestsOf<Scan>(m).empty());
    m.typedAtDoor("12", t0 + 7s);  // a stray start, then a scanner's badge ...
    m.scan(Scan{"b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b", ScanOrigin::Scanner, t0 + 8s});
    m.takeRequests();
    m.typedAtDoor("jane\n", t0 + 9s);  // ... does not start the next id typed
    scans = requestsOf<Scan>(m);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].text == "jane");
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
    status.pullHeld = {"members: would remove 40 of 50"};
    status.correctedAtHq = 3;
    auto view = toSyncView(status);
    CHECK(view.running);
    CHECK(view.offline);
    CHECK_FALSE(view.online);
    CHECK(view.connection == sync::Connection::Offline);
    CHECK(view.waiting == 7);
    REQUIRE(view.poison.size() == 1);
    CHECK(view.poison[0].reason == "400: patronId is not a user");
    CHECK(view.drainSent == 2);
    CHECK(view.drainTotal == 9);
    CHECK(view.pullHeld == status.pullHeld);
    CHECK(view.correctedAtHq == 3);

    KioskModel m(config());
    m.setSync(view);
    CHECK(m.sync().offline);
    SteadyTime t0{};
    m.syncNow(t0);  // locked: nothing happens
    CHECK(m.takeSyncAsks().empty());
    unlock(m, t0);
    m.syncNow(t0);
    m.askSync(sync::SyncAsk::RetryHeld, t0);
    CHECK(m.takeSyncAsks() == std::vector{sync::SyncAsk::Now, sync::SyncAsk::RetryHeld});
    CHECK(m.takeSyncAsks().empty());
    // Door status refreshes do not overwrite what the sync thread said.
    DoorStatus s;
    s.waiting = 1;
    m.apply(StatusReply{s}, t0);
    CHECK(m.sync().waiting == 7);
}

namespace {

CheckinReply welcomeFor(const std::string& first, SteadyTime scannedAt) {
    CheckinReply reply = welcome(scannedAt);
    reply.result->member->firstName = first;
    return reply;
}

}  // namespace

TEST_CASE("two members back to back: the second answer waits until the first has shown its minimum second") {
    KioskModel m(config());  // results 3 s, at least 1 s each
    SteadyTime t0{};
    m.apply(welcomeFor("Jane", t0), t0);
    CHECK(m.takeSounds() == std::vector<Sound>{Sound::Success});
    m.apply(welcomeFor("John", t0 + 300ms), t0 + 300ms);
    CHECK(m.result()->title == "Welcome, Jane");  // Jane still sees hers
    CHECK(m.resultsWaiting() == 1);
    CHECK(m.takeSounds().empty());       // John's sound comes with John's answer
    CHECK(m.recentScans().size() == 2);  // both are in the staff's list already
    CHECK(m.nextDeadline() <= t0 + 1s);
    m.tick(t0 + 999ms);
    CHECK(m.result()->title == "Welcome, Jane");
    m.tick(t0 + 1s);
    CHECK(m.result()->title == "Welcome, John");
    CHECK(m.resultsWaiting() == 0);
    CHECK(m.takeSounds() == std::vector<Sound>{Sound::Success});
    // John's answer has its full time from when it appeared.
    m.tick(t0 + 1s + 2999ms);
    CHECK(m.screen() == ScreenId::Result);
    m.tick(t0 + 1s + 3s);
    CHECK(m.screen() == ScreenId::Idle);
}

TEST_CASE("an answer after the minimum replaces the one on screen at once; a touch shows the next waiting one") {
    KioskModel m(config());
    SteadyTime t0{};
    m.apply(welcomeFor("Jane", t0), t0);
    m.apply(welcomeFor("John", t0 + 1500ms), t0 + 1500ms);
    CHECK(m.result()->title == "Welcome, John");
    m.apply(welcomeFor("Ann", t0 + 1600ms), t0 + 1600ms);
    CHECK(m.result()->title == "Welcome, John");
    m.dismissResult(t0 + 1700ms);  // a touch: the next member is waiting
    CHECK(m.result()->title == "Welcome, Ann");
    m.dismissResult(t0 + 1800ms);
    CHECK(m.screen() == ScreenId::Idle);
}

TEST_CASE("a burst of answers keeps at most four waiting, the newest") {
    KioskModel m(config());
    SteadyTime t0{};
    for (int i = 0; i < 7; ++i)
        m.apply(welcomeFor("M" + std::to_string(i), t0 + i * 10ms), t0 + i * 10ms);
    CHECK(m.result()->title == "Welcome, M0");
    CHECK(m.resultsWaiting() == 4);
    m.tick(t0 + 1s);
    CHECK(m.result()->title == "Welcome, M3");  // M1 and M2 were dropped from the screen only
    CHECK(m.recentScans().size() == 7);
}

TEST_CASE("the countdown bar runs from full to empty over the result's time") {
    KioskModel m(config());
    SteadyTime t0{};
    CHECK(m.resultTimeLeft(t0) == 0.0f);
    m.apply(welcome(t0), t0);
    CHECK(m.resultTimeLeft(t0) == 1.0f);
    CHECK(m.resultTimeLeft(t0 + 1500ms) == Approx(0.5f));
    m.tick(t0 + 1500ms);
    auto before = m.version();
    m.tick(t0 + 1800ms);  // a tenth later: the bar moved, so the screen redraws
    CHECK(m.version() != before);
    CHECK(m.resultTimeLeft(t0 + 3s) == 0.0f);
}

namespace {

CheckinReply eventFull(SteadyTime scannedAt, bool manual = false) {
    CheckinReply reply = welcome(scannedAt);
    reply.result->outcome = Outcome::EventFull;
    reply.result->reason = Refusal::CapacityReached;
    reply.manual = manual;
    return reply;
}

}  // namespace

TEST_CASE("event full at the door: staff admit one more from the result, answered as the member's result") {
    KioskModel m(config());
    SteadyTime t0{};
    m.apply(eventFull(t0), t0);
    CHECK_FALSE(m.canAdmitOneMore(false));  // a member alone at the door gets no such button
    m.admitOneMore(false, t0);
    CHECK(requestsOf<ManualCheckin>(m).empty());

    unlock(m, t0 + 1s);
    m.showStaffScreen(ScreenId::Dashboard, t0 + 1s);
    m.apply(eventFull(t0 + 2s), t0 + 2s);
    REQUIRE(m.canAdmitOneMore(false));
    m.takeRequests();
    m.admitOneMore(false, t0 + 3s);
    auto sent = requestsOf<ManualCheckin>(m);
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].memberId == "id");
    CHECK(sent[0].mode == DoorMode::InOnly);
    CHECK(sent[0].overrideCapacity);
    CHECK(sent[0].answerAtDoor);
}

TEST_CASE("event full on the manual screen: admit one more answers there") {
    KioskModel m(config());
    SteadyTime t0{};
    unlock(m, t0);
    m.showStaffScreen(ScreenId::Manual, t0);
    m.apply(eventFull(t0, true), t0 + 100ms);
    REQUIRE(m.manualResult());
    REQUIRE(m.canAdmitOneMore(true));
    CHECK_FALSE(m.canAdmitOneMore(false));  // no result screen is showing
    m.takeRequests();
    m.admitOneMore(true, t0 + 1s);
    auto sent = requestsOf<ManualCheckin>(m);
    REQUIRE(sent.size() == 1);
    CHECK(sent[0].overrideCapacity);
    CHECK_FALSE(sent[0].answerAtDoor);
    CHECK_FALSE(m.manualResult());  // the old answer goes; the new one comes from the door
}

TEST_CASE("the PIN pad's lockout counts down live: a redraw and a deadline each second") {
    KioskModel m(config());
    SteadyTime t = SteadyTime{} + 1h;
    m.openStaff(t);
    typePin(m, "999999", t);
    m.apply(pinWrong(submitPin(m, t), 3s), t);
    m.tick(t);
    REQUIRE(m.pinSecondsLeft(t) == 3);
    CHECK(m.nextDeadline() == t + 1s);  // "3 s" becomes "2 s"
    auto v = m.version();
    m.tick(t + 500ms);
    CHECK(m.version() == v);  // still 3 s: nothing to redraw
    m.tick(t + 1s);
    CHECK(m.version() != v);
    CHECK(m.pinSecondsLeft(t + 1s) == 2);
    CHECK(m.nextDeadline() == t + 2s);
    m.tick(t + 3s);
    CHECK_FALSE(m.pinSecondsLeft(t + 3s));
}

TEST_CASE("Sync now says it is syncing until the sync process has served it, and failures read as words") {
    sync::SyncStatus status;
    status.connection = sync::Connection::Offline;
    status.lastError = "Couldn't resolve host name (curl 6)";
    status.lastErrorCode = NetErrc::Connect;
    auto view = toSyncView(status);
    CHECK(view.lastError == "Couldn't resolve host name (curl 6)");  // the details stay
    CHECK(view.lastErrorWords.find("HQ cannot be reached") == 0);
    status.lastErrorCode.reset();  // a kind of failure the database does not keep: the text only
    CHECK(toSyncView(status).lastErrorWords.empty());

    KioskModel m(config());
    SteadyTime t0{};
    unlock(m, t0);
    CHECK_FALSE(m.syncAsked());
    m.syncNow(t0);
    CHECK(m.syncAsked());
    m.setSync(view);  // read before the ask was written: still asked
    CHECK(m.syncAsked());
    status.asked = true;  // the ask on record, the round not yet over
    m.setSync(toSyncView(status));
    CHECK(m.syncAsked());
    status.asked = false;  // served
    m.setSync(toSyncView(status));
    CHECK_FALSE(m.syncAsked());
}

TEST_CASE("a name that comes in an answer asks for its characters at once, not at the next status") {
    KioskModel m(config());
    SteadyTime t0{};
    DoorStatus s;
    s.nameGlyphs = U"\u00e9";  // é: the roster as of the last status
    m.apply(StatusReply{s}, t0);
    const auto afterStatus = m.nameGlyphsVersion();
    CHECK(m.nameGlyphs() == U"\u00e9");

    // A member pulled since that status: their answer comes before the next one.
    CheckinReply wang = welcome(t0);
    wang.result->member->firstName = "芳";
    wang.result->member->lastName = "王";
    m.apply(wang, t0);
    CHECK(m.nameGlyphsVersion() > afterStatus);
    CHECK(m.nameGlyphs() == U"\u00e9\u738b\u82b3");  // sorted: é 王 芳

    const auto afterAnswer = m.nameGlyphsVersion();
    m.apply(wang, t0 + 5s);  // nothing new: no new atlas
    CHECK(m.nameGlyphsVersion() == afterAnswer);
    m.apply(welcome(t0 + 10s), t0 + 10s);  // "Jane Smith": ASCII, always in the atlas
    CHECK(m.nameGlyphsVersion() == afterAnswer);

    s.nameGlyphs = U"\u00e9\u738b\u82b3";  // the next status has them too
    m.apply(StatusReply{s}, t0 + 11s);
    CHECK(m.nameGlyphsVersion() == afterAnswer);
}
