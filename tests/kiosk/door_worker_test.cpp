#include "kiosk/app/door_worker.hpp"

#include "badge/issuer.hpp"
#include "core/demo_data.hpp"
#include "core/staff_pin.hpp"
#include "storage/attendance.hpp"
#include "storage/audit.hpp"
#include "tests/badge/test_keys.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace credopass;
using namespace credopass::kiosk;
using namespace std::chrono_literals;

namespace {

struct Fixture {
    test::TempDir dir;
    std::string path = dir.file("kiosk.db");
    ManualClock clock{std::chrono::floor<Millis>(std::chrono::system_clock::now())};
    demo::Summary demo;

    Fixture() {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        auto loaded = demo::load(*db, clock.now(), 20);
        REQUIRE(loaded.ok());
        demo = *loaded;
        REQUIRE(setStaffPin(*db, "471147").ok());
    }

    std::unique_ptr<DoorWorker> start(std::vector<std::string> staff = {}) const {
        DoorWorkerOptions options;
        options.service.dbPath = path;
        options.service.staffMembers = std::move(staff);
        auto worker = DoorWorker::start(options, clock);
        REQUIRE(worker.ok());
        return std::move(worker).value();
    }

    template <class T>
    T next(DoorWorker& w) {
        auto reply = w.replies().popFor(10s);
        REQUIRE(reply);
        REQUIRE(std::holds_alternative<T>(*reply));
        return std::get<T>(std::move(*reply));
    }
};

}  // namespace

TEST_CASE("a scan is checked in by the worker, durably, on its own connection") {
    Fixture f;
    auto w = f.start();
    SteadyTime scanned = std::chrono::steady_clock::now();
    w->post(Scan{f.demo.janeId, ScanOrigin::Scanner, scanned});
    auto r = f.next<CheckinReply>(*w);
    REQUIRE(r.result);
    CHECK(r.result->outcome == Outcome::CheckedIn);
    CHECK(r.scannedAt == scanned);
    w->stop();

    auto db = storage::Database::open(f.path);
    REQUIRE(db.ok());
    auto row = storage::attendance::find(*db, f.demo.tonightEventId, f.demo.janeId);
    REQUIRE(row);
    CHECK(row->isInside());
}

TEST_CASE("text that is not a badge is refused without touching the door") {
    Fixture f;
    auto w = f.start();
    w->post(Scan{"'; DROP TABLE members; --", ScanOrigin::Keyboard, {}});
    auto r = f.next<CheckinReply>(*w);
    REQUIRE(r.result);
    CHECK(r.result->outcome == Outcome::InvalidBadge);
    CHECK(r.result->reason == Refusal::NotABadge);
}

TEST_CASE("PIN checks and staff actions are audited; the PIN itself is not") {
    Fixture f;
    auto w = f.start();
    w->post(VerifyPin{"000000", 1});
    auto wrong = f.next<PinReply>(*w);
    CHECK_FALSE(wrong.ok);
    CHECK(wrong.requestId == 1);  // the reply says which check it answers
    w->post(VerifyPin{"471147", 2});
    auto right = f.next<PinReply>(*w);
    CHECK(right.ok);
    CHECK(right.requestId == 2);
    w->post(SetMode{DoorMode::OutOnly});
    CHECK(f.next<StatusReply>(*w).status.mode == DoorMode::OutOnly);
    w->post(ExportCsv{f.dir.file("attendance.csv")});
    auto exported = f.next<ExportReply>(*w);
    REQUIRE(exported.rows);
    w->stop();

    auto db = storage::Database::open(f.path);
    REQUIRE(db.ok());
    auto log = storage::audit::recent(*db, 10);
    std::vector<std::string> actions;
    for (const auto& e : log) {
        actions.push_back(e.action);
        CHECK(e.detail.value_or("").find("471147") == std::string::npos);
    }
    CHECK(actions == std::vector<std::string>{"export_csv", "door_mode", "unlock", "unlock_failed"});
}

TEST_CASE("a staff member's signed badge unlocks; their member id checks them in like anyone") {
    Fixture f;
    auto key = test::testIssuerKey();
    {
        DoorServiceOptions options;
        options.dbPath = f.path;
        auto setup = DoorService::open(options, f.clock);
        REQUIRE(setup);
        REQUIRE(setup->trustKey(key.publicKey(), "test"));
    }
    auto badge = badge::issueBadge(
        key, badge::BadgeClaims{*Uuid::parse(f.demo.johnId), std::nullopt, f.clock.now() - 1h, f.clock.now() + 24h});
    REQUIRE(badge);
    auto w = f.start({f.demo.johnId});
    w->post(Scan{f.demo.johnId, ScanOrigin::Camera, {}});
    auto plain = f.next<CheckinReply>(*w);
    REQUIRE(plain.result);
    CHECK(plain.result->outcome == Outcome::CheckedIn);
    w->post(Scan{*badge, ScanOrigin::Camera, {}});
    CHECK(f.next<StaffBadgeReply>(*w).name == "John Doe");
}

TEST_CASE("the status tells the event, why, and the counts") {
    Fixture f;
    auto w = f.start();
    w->post(Scan{f.demo.janeId, ScanOrigin::Scanner, {}});
    f.next<CheckinReply>(*w);
    w->post(RefreshStatus{});
    auto s = f.next<StatusReply>(*w).status;
    REQUIRE(s.event);
    CHECK(s.event->id == f.demo.tonightEventId);
    CHECK_FALSE(s.why.empty());
    CHECK(s.attended == 1);
    CHECK(s.inside == 1);
    CHECK(s.waiting >= 1);
    CHECK(s.pinSet);
    int arrivals = 0;
    for (int n : s.arrivals.perTenMinutes)
        arrivals += n;
    CHECK(arrivals == 1);

    w->post(SearchMembers{"jane"});
    auto found = f.next<SearchReply>(*w);
    REQUIRE_FALSE(found.members.empty());
    CHECK(found.members[0].id == f.demo.janeId);
}

TEST_CASE("a bad database path is reported before any thread starts") {
    ManualClock clock{TimePoint{}};
    DoorWorkerOptions options;
    options.service.dbPath = "/nonexistent/dir/kiosk.db";
    auto w = DoorWorker::start(options, clock);
    CHECK_FALSE(w.ok());
}

TEST_CASE("the worker sees changes other connections made (no stale read snapshot)") {
    Fixture f;
    auto w = f.start();
    w->post(Scan{f.demo.janeId, ScanOrigin::Scanner, {}});
    REQUIRE(f.next<CheckinReply>(*w).result->outcome == Outcome::CheckedIn);
    w->post(RefreshStatus{});
    f.next<StatusReply>(*w);
    w->post(SearchMembers{"smith"});
    f.next<SearchReply>(*w);
    {
        auto other = storage::Database::open(f.path);
        REQUIRE(other.ok());
        other->exec("UPDATE events SET status = 'cancelled'");
    }
    // John never came in (Jane, inside, could still check out late: a door rule).
    w->post(Scan{f.demo.johnId, ScanOrigin::Scanner, {}});
    auto r = f.next<CheckinReply>(*w);
    REQUIRE(r.result);
    CHECK(r.result->outcome == Outcome::NoEvent);
}

TEST_CASE("staff check a member in and out by hand, and both are audited") {
    Fixture f;
    auto w = f.start();
    w->post(ManualCheckin{f.demo.johnId, DoorMode::InOnly});
    auto in = f.next<CheckinReply>(*w);
    CHECK(in.manual);
    REQUIRE(in.result);
    CHECK(in.result->outcome == Outcome::CheckedIn);
    w->post(ManualCheckin{f.demo.johnId, DoorMode::OutOnly});
    auto out = f.next<CheckinReply>(*w);
    REQUIRE(out.result);
    CHECK(out.result->outcome == Outcome::CheckedOut);
    w->stop();

    auto db = storage::Database::open(f.path);
    REQUIRE(db.ok());
    auto row = storage::attendance::find(*db, f.demo.tonightEventId, f.demo.johnId);
    REQUIRE(row);
    CHECK(row->checkOutTime);
    auto log = storage::audit::recent(*db, 2);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "manual_checkout");
    CHECK(log[1].action == "manual_checkin");
}

TEST_CASE("the worker prunes audit entries older than the retention at start and once a day") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    const TimePoint now = *parseIso("2026-03-01T12:00:00Z");
    ManualClock clock{now};
    {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        storage::audit::append(*db, now - std::chrono::days(200), "staff", "export_csv");
        storage::audit::append(*db, now - std::chrono::days(91), "staff", "unlock");
        storage::audit::append(*db, now - std::chrono::days(89) - 12h, "staff", "door_mode");
        storage::audit::append(*db, now - 1h, "staff", "pin_event");
    }
    auto actions = [&] {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        std::vector<std::string> out;
        for (const auto& e : storage::audit::recent(*db, 100))
            out.push_back(e.action);
        return out;
    };
    DoorWorkerOptions options;
    options.service.dbPath = path;
    auto started = DoorWorker::start(options, clock);
    REQUIRE(started.ok());
    auto& w = **started;
    // The worker prunes before it serves a request: once this is answered, the start's prune is done.
    auto answered = [&] {
        w.post(RefreshStatus{});
        auto reply = w.replies().popFor(10s);
        REQUIRE(reply);
        CHECK(std::holds_alternative<StatusReply>(*reply));
    };
    answered();
    CHECK(actions() == std::vector<std::string>{"audit_prune", "pin_event", "door_mode"});

    // Under a day later: not due, although door_mode is past 90 days by now.
    clock.advance(std::chrono::days(1) - 1min);
    answered();
    CHECK(actions().size() == 3);
    // A day after the first: due.
    clock.advance(1min);
    answered();
    CHECK(actions() == std::vector<std::string>{"audit_prune", "audit_prune", "pin_event"});
}

TEST_CASE("the audit retention is the worker's to set") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    const TimePoint now = *parseIso("2026-03-01T12:00:00Z");
    ManualClock clock{now};
    {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        storage::audit::append(*db, now - std::chrono::days(8), "staff", "unlock");
        storage::audit::append(*db, now - std::chrono::days(6), "staff", "lock");
    }
    DoorWorkerOptions options;
    options.service.dbPath = path;
    options.auditRetention = std::chrono::days(7);
    auto started = DoorWorker::start(options, clock);
    REQUIRE(started.ok());
    (*started)->post(RefreshStatus{});
    REQUIRE((*started)->replies().popFor(10s));
    (*started)->stop();
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    auto log = storage::audit::recent(*db, 10);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "audit_prune");
    CHECK(log[0].actor == "door");
    CHECK(log[0].detail == "1 entry before 2026-02-22T12:00:00.000Z");
    CHECK(log[1].action == "lock");
}

TEST_CASE("the watchdog's Ping is answered in order, behind the work before it") {
    Fixture f;
    auto w = f.start();
    w->post(Scan{f.demo.janeId, ScanOrigin::Scanner, {}});
    w->post(Ping{});
    f.next<CheckinReply>(*w);  // the check-in first: a Pong means the worker got through it
    f.next<Pong>(*w);
}

TEST_CASE("staff set the time from the device screen: the door trusts it, audited; held times are released") {
    Fixture f;
    f.clock.reboot(*parseIso("1970-01-01T00:00:20.000Z"));  // a cold boot without network
    auto w = f.start();
    w->post(RefreshStatus{});
    auto before = f.next<StatusReply>(*w).status;
    CHECK_FALSE(before.clock.trust.trusted);
    const TimePoint told = buildTime() + std::chrono::hours(1);  // no true time is before this build
    w->post(ClockAsk{ClockAsk::What::Set, told});
    auto after = f.next<StatusReply>(*w).status;
    CHECK(after.clock.trust.trusted);
    CHECK(after.clock.trust.source == ClockSource::Staff);
    CHECK(after.clock.now == told);
    w->post(ClockAsk{ClockAsk::What::ReleaseHeld, {}});
    CHECK(f.next<StatusReply>(*w).status.clock.held == 0);
    w->stop();
    auto db = storage::Database::open(f.path);
    REQUIRE(db.ok());
    auto q = db->query("SELECT count(*) FROM audit_log WHERE action = 'clock_set'");
    q->step();
    CHECK(q->integer(0) == 1);
}

TEST_CASE("the worker copies the journal back between members, never while one waits") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    ManualClock clock{std::chrono::floor<Millis>(std::chrono::system_clock::now())};
    std::vector<std::string> members;
    {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        REQUIRE(demo::load(*db, clock.now(), 200).ok());
        auto q = db->query("SELECT id FROM users ORDER BY id");
        while (q->step())
            members.push_back(q->text(0));
    }  // closing copies everything into the main file
    const auto mainBefore = std::filesystem::file_size(path);
    DoorWorkerOptions options;
    options.service.dbPath = path;
    auto started = DoorWorker::start(options, clock);
    REQUIRE(started.ok());
    auto& w = **started;
    auto answered = [&] {
        w.post(RefreshStatus{});
        auto reply = w.replies().popFor(10s);
        REQUIRE(reply);
        REQUIRE(std::holds_alternative<StatusReply>(*reply));
    };

    // 150 check-ins, each a dozen journal pages: past SQLite's 1000, and no
    // commit copied them (the main file has not changed).
    for (std::size_t i = 0; i < 150; ++i) {
        w.post(ManualCheckin{members.at(i), DoorMode::InOnly});
        auto reply = w.replies().popFor(10s);
        REQUIRE(reply);
        REQUIRE(std::holds_alternative<CheckinReply>(*reply));
        REQUIRE(std::get<CheckinReply>(*reply).result);
    }
    answered();
    CHECK(std::filesystem::file_size(path) == mainBefore);  // a member was served under 2 s ago

    // Quiet for 2 s: the next request that is not a member's finds nothing
    // waiting behind it, so the worker copies the journal back, then answers.
    clock.advance(2s);
    answered();
    CHECK(std::filesystem::file_size(path) > mainBefore);
}
