// Sync benchmarks, against a real PostgreSQL and the HQ stand-in on loopback
// (started here with scripts/hq, stopped at the end):
//  1. drain: records per second pushed from a backlog of N check-ins (each an
//     attendance and a loyalty record), beside a plain loop that POSTs the same
//     payloads over one reused libcurl connection, in the same run
//     (goal: >= 2,000 records/s and >= 0.8 x the plain loop); then the same
//     against an HQ taking 5 ms a request, with 1 and 4 push connections
//     (goal: 4 drain >= 3 x faster than 1);
//  2. pull: time to pull and apply a 100,000-member roster into the kiosk
//     (goal: < 3 s), first load and refresh;
//  3. door latency: check-ins on the door's own connection, idle and while
//     that pull runs (goal: p99 during the pull within 2 x idle).
//
//   bench_sync [--checkins 10000] [--roster 100000] [--dir /tmp]
#include "bench/bench_stats.hpp"
#include "core/door.hpp"
#include "storage/outbox.hpp"
#include "sync/http_client.hpp"
#include "sync/puller.hpp"
#include "sync/sync_engine.hpp"
#include "sync/sync_service.hpp"
#include "tests/hq/testkit/hq_testkit.hpp"

#include <curl/curl.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>

using namespace credopass;
using namespace credopass::bench;

namespace {

struct Options {
    int checkins = 10'000;
    int roster = 100'000;
    std::string dir = std::filesystem::temp_directory_path().string();
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        if (k == "--checkins")
            o.checkins = std::atoi(argv[i + 1]);
        else if (k == "--roster")
            o.roster = std::atoi(argv[i + 1]);
        else if (k == "--dir")
            o.dir = argv[i + 1];
    }
    return o;
}

double seconds(Stopwatch::duration d) {
    return std::chrono::duration<double>(d).count();
}

// PostgreSQL + stand-in for the run; stopped by the destructor.
class Hq {
public:
    explicit Hq(const std::string& dir) : dir_(dir) {
        std::string cmd = std::string(CREDOPASS_SOURCE_DIR) + "/scripts/hq start --empty --dir '" + dir_ +
                          "' --standin '" + CREDOPASS_HQ_STANDIN + "' > /dev/null";
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("scripts/hq could not start HQ");
        // NOLINTNEXTLINE(concurrency-mt-unsafe): main() makes the Hq before any thread starts
        setenv("CREDOPASS_HQ_ENV", (dir_ + "/hq.env").c_str(), 1);
    }
    ~Hq() {
        std::string cmd = std::string(CREDOPASS_SOURCE_DIR) + "/scripts/hq stop --dir '" + dir_ + "'";
        if (std::system(cmd.c_str()) != 0) std::fprintf(stderr, "scripts/hq stop failed\n");
    }

private:
    std::string dir_;
};

sync::SyncConfig benchConfig() {
    sync::SyncConfig c;
    c.hqUrl = test::hqEndpoints().url;
    c.pullInterval = std::chrono::hours(1);  // pulls only when the benchmark asks
    c.pullTimeout = std::chrono::seconds(120);
    return c;
}

storage::Database openDb(const std::string& path, const storage::OpenOptions& how = {}) {
    auto db = storage::Database::open(path, how);
    if (!db) throw std::runtime_error(db.error().message);
    return std::move(db).value();
}

std::vector<std::string> memberIds(storage::Database& db, int limit, int offset = 0) {
    std::vector<std::string> ids;
    auto q = db.query("SELECT id FROM users ORDER BY email LIMIT ?1 OFFSET ?2");
    q->bind(1, limit).bind(2, offset);
    while (q->step())
        ids.push_back(q->text(0));
    return ids;
}

// The plain loop: the same POSTs, one reused connection, no decisions, no database.
double plainLoopRate(const std::vector<storage::outbox::Entry>& entries) {
    CURL* curl = curl_easy_init();
    curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    std::string sink;
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(
        curl, CURLOPT_WRITEFUNCTION, +[](char*, std::size_t s, std::size_t n, void*) { return s * n; });
    curl_easy_setopt(curl, CURLOPT_TCP_NODELAY, 1L);
    std::string attendanceUrl = test::hqEndpoints().url + "/api/attendance";
    std::string loyaltyUrl = test::hqEndpoints().url + "/api/loyalty";
    std::size_t failed = 0;
    auto t0 = Stopwatch::now();
    for (const auto& e : entries) {
        curl_easy_setopt(curl, CURLOPT_URL, (e.entity == "attendance" ? attendanceUrl : loyaltyUrl).c_str());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, e.payload.c_str());
        long status = 0;
        if (curl_easy_perform(curl) != CURLE_OK) ++failed;
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        if (status != 201) ++failed;
    }
    double elapsed = seconds(Stopwatch::now() - t0);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (failed) std::printf("  (plain loop: %zu requests failed)\n", failed);
    return static_cast<double>(entries.size()) / elapsed;
}

// The same POSTs through sync::HttpClient: shows what the client itself costs.
double httpClientLoopRate(const std::vector<storage::outbox::Entry>& entries) {
    auto http = sync::HttpClient::create(benchConfig());
    if (!http) throw std::runtime_error(http.error().message);
    std::size_t failed = 0;
    auto t0 = Stopwatch::now();
    for (const auto& e : entries) {
        auto r = http->post(e.entity == "attendance" ? "/api/attendance" : "/api/loyalty", e.payload);
        if (!r || r->status != 201) ++failed;
    }
    double elapsed = seconds(Stopwatch::now() - t0);
    if (failed) std::printf("  (client loop: %zu requests failed)\n", failed);
    return static_cast<double>(entries.size()) / elapsed;
}

// A backlog of `checkins` check-ins in a new kiosk database, drained by a
// sync thread keeping `connections` requests in flight against an HQ that
// takes `delayMs` a request (the stand-in's "slow" fault on every request).
double laneDrainRate(const std::string& dbPath, const std::string& eventId, int checkins, int connections, int delayMs,
                     test::HqDatabase& pg) {
    SystemClock clock;
    auto config = benchConfig();
    config.pushConnections = connections;
    pg.exec("TRUNCATE \"attendance\", \"loyalty\"");  // else the pull brings the last run's check-ins
    auto engine = sync::SyncEngine::open(config, dbPath, clock);
    if (!engine) throw std::runtime_error(engine.error().message);
    if (!engine->round(true).completed) throw std::runtime_error("the first pull failed");
    {
        auto db = openDb(dbPath);
        db.exec("PRAGMA synchronous=OFF");
        Door door(db, clock);
        for (const auto& id : memberIds(db, checkins)) {
            auto r = door.checkin(CheckinRequest{id, eventId, DoorMode::InOnly, false});
            if (!r || r->outcome != Outcome::CheckedIn) throw std::runtime_error("a check-in was not written");
        }
    }
    test::setFault({{"mode", "slow"}, {"scope", "all"}, {"delayMs", delayMs}});
    auto t0 = Stopwatch::now();
    auto report = engine->round(false);
    double elapsed = seconds(Stopwatch::now() - t0);
    test::clearFaults();
    if (report.error) throw std::runtime_error("the drain failed: " + report.error->message);
    if (report.confirmed != 2 * static_cast<std::int64_t>(checkins))
        throw std::runtime_error("the drain confirmed " + std::to_string(report.confirmed) + " of " +
                                 std::to_string(2 * checkins) + " records");
    return static_cast<double>(report.confirmed) / elapsed;
}

}  // namespace

int main(int argc, char** argv) {
    Options o = parse(argc, argv);
    std::string work = o.dir + "/credopass-sync-bench";
    std::filesystem::remove_all(work);
    std::filesystem::create_directories(work);
    try {
        Hq hq(work + "/hq");
        test::HqDatabase pg(test::hqEndpoints().pg);
        std::string eventId = pg.seedEventWithMembers(o.checkins, "bench");
        pg.exec(
            "INSERT INTO \"events\" (\"name\", \"status\", \"startTime\", \"endTime\", \"location\", \"hostId\")"
            " SELECT 'Second Night', 'ongoing', now() - interval '2 hours', now() + interval '2 hours', 'Hall', "
            "\"hostId\""
            " FROM \"events\" WHERE \"id\" = $1::uuid",
            {eventId});
        std::string secondEvent =
            *pg.query("SELECT \"id\" FROM \"events\" WHERE \"name\" = 'Second Night'").at(0).at(0);
        const std::string kiosk = work + "/kiosk.db";
        SystemClock clock;

        // ---- 1. drain a backlog -------------------------------------------------------------
        std::printf("== drain: backlog of %d check-ins over loopback\n", o.checkins);
        auto engine = sync::SyncEngine::open(benchConfig(), kiosk, clock);
        if (!engine) throw std::runtime_error(engine.error().message);
        if (!engine->round(true).completed) throw std::runtime_error("the first pull failed");
        {
            auto db = openDb(kiosk);
            db.exec("PRAGMA synchronous=OFF");  // building the backlog is not what we measure
            Door door(db, clock);
            for (const auto& id : memberIds(db, o.checkins))
                if (!door.checkin(CheckinRequest{id, eventId, DoorMode::InOnly, false}))
                    throw std::runtime_error("check-in failed");
        }
        std::vector<storage::outbox::Entry> backlog;
        {
            auto db = openDb(kiosk);
            backlog = storage::outbox::all(db);
        }
        std::printf("  backlog: %zu records\n", backlog.size());
        double plain = plainLoopRate(backlog);
        pg.exec("TRUNCATE \"attendance\", \"loyalty\"");
        auto t0 = Stopwatch::now();
        auto report = engine->round(false);
        double syncSeconds = seconds(Stopwatch::now() - t0);
        double syncRate = static_cast<double>(report.confirmed) / syncSeconds;
        std::int64_t atHq =
            pg.count("SELECT count(*) FROM \"attendance\"") + pg.count("SELECT count(*) FROM \"loyalty\"");
        pg.exec("TRUNCATE \"attendance\", \"loyalty\"");
        double clientLoop = httpClientLoopRate(backlog);
        pg.exec("TRUNCATE \"attendance\", \"loyalty\"");
        double plain2 = plainLoopRate(backlog);
        double plainMean = (plain + plain2) / 2;
        std::printf(
            "  sync thread: %lld records confirmed in %.2f s = %.0f records/s (%.0f check-ins/s); HQ holds %lld\n",
            static_cast<long long>(report.confirmed), syncSeconds, syncRate, syncRate / 2,
            static_cast<long long>(atHq));
        std::printf("  plain loop, same requests, one connection: %.0f and %.0f records/s (before and after)\n", plain,
                    plain2);
        std::printf("  (the same loop through sync::HttpClient: %.0f records/s)\n", clientLoop);
        std::printf("  ratio sync / plain loop: %.2f   (goals: >= 2000 records/s: %s; >= 0.8 x plain: %s)\n",
                    syncRate / plainMean, syncRate >= 2000 ? "met" : "NOT met",
                    syncRate >= 0.8 * plainMean ? "met" : "NOT met");

        // ---- 1b. an HQ that takes 5 ms a request: several in flight -------------------------
        {
            const int n = std::min(o.checkins, 2000);
            std::printf("== drain: backlog of %d check-ins, HQ taking 5 ms a request\n", n);
            double one = laneDrainRate(work + "/lanes-1.db", eventId, n, 1, 5, pg);
            double four = laneDrainRate(work + "/lanes-4.db", eventId, n, 4, 5, pg);
            std::printf("  1 connection: %.0f records/s; 4 connections: %.0f records/s   (ratio %.2f, goal >= 3: %s)\n",
                        one, four, four / one, four >= 3 * one ? "met" : "NOT met");
            pg.exec("TRUNCATE \"attendance\", \"loyalty\"");
        }

        // ---- 2 + 3. pull 100,000 members while the door checks people in --------------------
        std::printf("== pull: roster of %d members\n", o.roster);
        pg.exec(
            "INSERT INTO \"users\" (\"email\", \"firstName\", \"lastName\", \"createdAt\", \"updatedAt\")"
            " SELECT 'roster' || g || '@example.org', 'First' || g, 'Last' || g, now(), now()"
            " FROM generate_series(1, $1::integer) g",
            {std::to_string(o.roster - o.checkins)});

        // The door: its own connection and thread, checking members in to the
        // second event, idle first, then while each pull runs.
        enum Phase : int { kIdle, kFirstPull, kBetween, kRefreshPull, kStop };
        std::atomic<int> phase{kIdle};
        Samples idle, duringFirst, duringRefresh;
        // From the moment the scan was due, so a door still writing the last
        // member's records (waiting for the pull's chunk) shows here.
        Samples idleFromDue, duringFirstFromDue, duringRefreshFromDue;
        std::thread doorThread([&] {
            // As the door worker opens it: the journal is copied back between
            // members, never in a check-in's commit; a door this busy is never
            // quiet, so only past the worker's busy limit (kiosk/app/door_worker.cpp).
            storage::OpenOptions how;
            how.checkpoints = storage::OpenOptions::Checkpoints::OnRequest;
            auto db = openDb(kiosk, how);
            // As the worker runs it: the answer once the intent log has the
            // action, the records after it (settle), before the next scan.
            // This door is never quiet, so its records reach the disk every
            // Door::kMostUnsynced members (a real door's status requests are
            // quiet moments: core/door.hpp).
            Door door(db, clock, {}, Door::Records::AfterAnswer);
            auto ids = memberIds(db, o.checkins);
            std::size_t next = 0;
            // A busy door: one scan every 5 ms (a real one manages about one a
            // second). Back to back, with no gap at all, SQLite's polling lock
            // would let the door starve every other writer.
            auto due = Stopwatch::now();
            while (phase != kStop && next < ids.size()) {
                due += std::chrono::milliseconds(5);
                std::this_thread::sleep_until(due);
                int p = phase;
                auto s = Stopwatch::now();
                auto r = door.checkin(CheckinRequest{ids[next++], secondEvent, DoorMode::InOnly, false});
                auto answered = Stopwatch::now();
                auto d = answered - s;
                auto fromDue = answered - due;  // due <= s: the door may have been late to it
                if (!r) std::fprintf(stderr, "check-in failed: %s\n", r.error().message.c_str());
                if (auto w = door.settle(); !w) std::fprintf(stderr, "records failed: %s\n", w.error().message.c_str());
                if (db.walPages() >= 10'000) db.checkpoint();
                if (p != phase) continue;  // straddles a phase change: belongs to neither
                if (p == kIdle) {
                    idle.add(d);
                    idleFromDue.add(fromDue);
                } else if (p == kFirstPull) {
                    duringFirst.add(d);
                    duringFirstFromDue.add(fromDue);
                } else if (p == kRefreshPull) {
                    duringRefresh.add(d);
                    duringRefreshFromDue.add(fromDue);
                }
                if (p == kIdle && idle.count() >= 1000) phase = kFirstPull;  // enough idle samples
            }
        });
        while (phase == kIdle)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        auto http = sync::HttpClient::create(benchConfig());
        if (!http) throw std::runtime_error(http.error().message);
        sync::lowerThisThreadsPriority();             // as the sync thread runs
        auto opened = sync::openSyncDatabase(kiosk);  // as the sync thread opens it
        if (!opened) throw std::runtime_error(opened.error().message);
        auto pullDb = std::move(opened).value();
        auto p0 = Stopwatch::now();
        sync::PullMemo memo;  // as the sync engine keeps it between pulls
        auto first = sync::pullFromHq(*http, pullDb, sync::PullOptions{std::chrono::seconds(120)}, clock.now(), memo);
        double firstSeconds = seconds(Stopwatch::now() - p0);
        phase = kBetween;
        if (!first) {
            phase = kStop;
            doorThread.join();
            throw std::runtime_error(first.error().message);
        }
        pg.exec(
            "UPDATE \"users\" SET \"lastName\" = \"lastName\" || 'x', \"updatedAt\" = now()"
            " WHERE \"email\" LIKE 'roster%' AND right(split_part(\"email\", '@', 1), 2) = '00'");
        phase = kRefreshPull;
        auto r0 = Stopwatch::now();
        auto refresh = sync::pullFromHq(*http, pullDb, sync::PullOptions{std::chrono::seconds(120)}, clock.now(), memo);
        double refreshSeconds = seconds(Stopwatch::now() - r0);
        phase = kStop;
        doorThread.join();
        if (!refresh) throw std::runtime_error(refresh.error().message);

        auto stages = [](const char* what, const sync::PullCounts& c) {
            std::printf("    %s: download+JSON %lld ms, records+compare %lld ms, apply (chunks of 250 rows) %lld ms\n",
                        what, static_cast<long long>(c.download.count()), static_cast<long long>(c.parse.count()),
                        static_cast<long long>(c.apply.count()));
        };
        std::printf("  first pull, %lld of %lld members new here: %.2f s   (goal < 3 s: %s)\n",
                    static_cast<long long>(first->members.written), static_cast<long long>(first->members.received),
                    firstSeconds, firstSeconds < 3 ? "met" : "NOT met");
        stages("members", first->members);
        std::printf("  refresh pull, %lld of %lld members changed: %.2f s   (goal < 3 s: %s)\n",
                    static_cast<long long>(refresh->members.written), static_cast<long long>(refresh->members.received),
                    refreshSeconds, refreshSeconds < 3 ? "met" : "NOT met");
        stages("members", refresh->members);

        {
            // The whole roster into a kiosk that has nothing yet.
            auto openedEmpty = sync::openSyncDatabase(work + "/empty-kiosk.db");
            if (!openedEmpty) throw std::runtime_error(openedEmpty.error().message);
            auto emptyDb = std::move(openedEmpty).value();
            auto e0 = Stopwatch::now();
            sync::PullMemo none;  // a new kiosk has seen nothing
            auto fresh =
                sync::pullFromHq(*http, emptyDb, sync::PullOptions{std::chrono::seconds(120)}, clock.now(), none);
            double freshSeconds = seconds(Stopwatch::now() - e0);
            if (!fresh) throw std::runtime_error(fresh.error().message);
            std::printf("  pull into an empty kiosk, %lld members: %.2f s   (goal < 3 s: %s)\n",
                        static_cast<long long>(fresh->members.written), freshSeconds,
                        freshSeconds < 3 ? "met" : "NOT met");
            stages("members", fresh->members);
        }

        std::printf("== door latency (check-ins on the door's own connection)\n");
        std::printf("  idle:                   %s\n", idle.summary().c_str());
        std::printf("  during the first pull:  %s\n", duringFirst.summary().c_str());
        std::printf("  during a refresh pull:  %s\n", duringRefresh.summary().c_str());
        double r1 = duringFirst.percentile(99) / idle.percentile(99);
        double r2 = duringRefresh.percentile(99) / idle.percentile(99);
        std::printf("  p99 during / idle: first %.2f, refresh %.2f   (goal <= 2: %s)\n", r1, r2,
                    r1 <= 2 && r2 <= 2 ? "met" : "NOT met");
        // The same scans timed from when each was due: a scan that arrives
        // while the door still writes the last member's records waits for it.
        std::printf("  from the scan being due, idle:             %s\n", idleFromDue.summary().c_str());
        std::printf("  from the scan being due, first pull:       %s\n", duringFirstFromDue.summary().c_str());
        std::printf("  from the scan being due, refresh pull:     %s\n", duringRefreshFromDue.summary().c_str());
        std::printf("  p99 from due, during / idle: first %.2f, refresh %.2f\n",
                    duringFirstFromDue.percentile(99) / idleFromDue.percentile(99),
                    duringRefreshFromDue.percentile(99) / idleFromDue.percentile(99));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        std::filesystem::remove_all(work);
        return 1;
    }
    std::filesystem::remove_all(work);
    return 0;
}
