// Durable check-ins: throughput and latency of Door::checkin on a realistic
// database, beside a bare SQLite INSERT + COMMIT with the same journal and
// sync settings, measured in the same run (interleaved rounds, so machine
// noise hits both alike). And member lookup by id among a million.
//
// The door's connection copies its journal back between members, never in a
// check-in's commit (storage::OpenOptions::Checkpoints::OnRequest): the bench
// does the same between rounds, outside the timed check-ins. The bare
// baseline keeps SQLite's default, which checkpoints inside its commits.
//
//   bench_checkin [--members 100000] [--events 1000] [--checkins 2000]
//                 [--lookup-members 1000000] [--dir /tmp]
#include "bench/bench_stats.hpp"
#include "common/clock.hpp"
#include "common/uuid.hpp"
#include "core/demo_data.hpp"
#include "core/door.hpp"
#include "storage/events.hpp"
#include "storage/members.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

using namespace credopass;
using namespace credopass::bench;

namespace {

struct Options {
    int members = 100'000;
    int events = 1'000;
    int checkins = 2'000;
    int lookupMembers = 1'000'000;
    std::string dir = std::filesystem::temp_directory_path().string();
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string k = argv[i];
        if (k == "--members")
            o.members = std::atoi(argv[i + 1]);
        else if (k == "--events")
            o.events = std::atoi(argv[i + 1]);
        else if (k == "--checkins")
            o.checkins = std::atoi(argv[i + 1]);
        else if (k == "--lookup-members")
            o.lookupMembers = std::atoi(argv[i + 1]);
        else if (k == "--dir")
            o.dir = argv[i + 1];
    }
    return o;
}

storage::Database openFresh(const std::string& path, const storage::OpenOptions& how = {}) {
    for (const char* suffix : {"", "-wal", "-shm", "-intents", "-intents-wal", "-intents-shm"})
        std::filesystem::remove(path + suffix);
    auto db = storage::Database::open(path, how);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().message.c_str());
        std::exit(1);  // NOLINT(concurrency-mt-unsafe): the benchmark has one thread
    }
    return std::move(db).value();
}

void addEvents(storage::Database& db, int count, const std::string& hostId, TimePoint now) {
    storage::Transaction tx(db);
    for (int i = 0; i < count; ++i) {
        // One event open now; the rest spread over the past and future weeks.
        bool current = i == count / 2;
        TimePoint start = current ? now - std::chrono::minutes(10) : now + std::chrono::hours(24 * (i - count / 2));
        Event e{Uuid::nameBased(credopassNamespace(), "bench-event-" + std::to_string(i)).toString(),
                "Event " + std::to_string(i),
                std::nullopt,
                current ? EventStatus::Ongoing : (i < count / 2 ? EventStatus::Completed : EventStatus::Scheduled),
                start,
                start + std::chrono::hours(2),
                "Hall",
                std::nullopt,
                hostId,
                now,
                now};
        storage::events::upsert(db, e);
    }
    tx.commit();
}

// The system's clock, as on a kiosk whose NTP has answered: the path every
// check-in takes once the time is known. (A machine whose kernel says it is
// not synchronised, as many containers do, would otherwise measure the cold
// boot's path: one more insert per check-in, into clock_stamps.)
class NtpClock final : public Clock {
public:
    TimePoint now() const override { return system_.now(); }
    BootInstant boot() const override { return system_.boot(); }
    bool synchronised() const override { return true; }

private:
    SystemClock system_;
};

}  // namespace

int main(int argc, char** argv) {
    Options o = parse(argc, argv);
    NtpClock clock;
    const TimePoint now = clock.now();
    std::printf("bench_checkin: %d members, %d events, %d check-ins, files in %s\n", o.members, o.events, o.checkins,
                o.dir.c_str());

    storage::OpenOptions doorFile;
    doorFile.checkpoints = storage::OpenOptions::Checkpoints::OnRequest;
    auto db = openFresh(o.dir + "/bench-checkin.db", doorFile);
    if (!demo::generateMembers(db, o.members, 1, now)) return 1;
    std::vector<std::string> ids;
    for (const Member& m : storage::members::all(db))
        ids.push_back(m.id);
    addEvents(db, o.events, ids.front(), now);

    // Baseline: the same durable commit, one bare row per transaction.
    auto bare = openFresh(o.dir + "/bench-bare.db");
    bare.exec("CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT)");

    // As the door worker runs it: the member is answered once the action is
    // in the intent log (timed: that is the check-in a member waits for);
    // its records are written after the answer (timed apart; with no quiet
    // moment here, every Door::kMostUnsynced-th also puts the batch on the disk).
    Door door(db, clock, {}, Door::Records::AfterAnswer);
    if (!door.settle()) return 1;  // opens the log; nothing owed yet
    Samples checkins, inserts, records;
    std::mt19937 rng(7);
    std::shuffle(ids.begin(), ids.end(), rng);
    const int rounds = 20, perRound = std::max(1, o.checkins / rounds);
    int done = 0;
    for (int r = 0; r < rounds; ++r) {
        for (int i = 0; i < perRound; ++i, ++done) {
            auto t0 = Stopwatch::now();
            auto result = door.checkin(CheckinRequest{ids[static_cast<size_t>(done) % ids.size()]});
            checkins.add(Stopwatch::now() - t0);
            if (!result || result->outcome != Outcome::CheckedIn) {
                std::fprintf(stderr, "check-in failed\n");
                return 1;
            }
            auto t1 = Stopwatch::now();
            if (!door.settle()) {
                std::fprintf(stderr, "writing the records failed\n");
                return 1;
            }
            records.add(Stopwatch::now() - t1);
        }
        db.checkpoint();  // between members, as the door worker does
        for (int i = 0; i < perRound; ++i) {
            auto t0 = Stopwatch::now();
            storage::Transaction tx(bare);
            auto q = bare.query("INSERT INTO t (id, a, b, c) VALUES (?1, ?2, ?3, ?4)");
            q->bind(1, Uuid::random().toString()).bind(2, "a").bind(3, "b").bind(4, "c");
            q->run();
            tx.commit();
            inserts.add(Stopwatch::now() - t0);
        }
    }
    double ratio = checkins.percentile(50) / inserts.percentile(50);
    std::printf("durable check-in      %s  %.0f/s\n", checkins.summary().c_str(),
                static_cast<double>(checkins.count()) / checkins.totalSeconds());
    std::printf("bare INSERT + COMMIT  %s  %.0f/s\n", inserts.summary().c_str(),
                static_cast<double>(inserts.count()) / inserts.totalSeconds());
    std::printf("ratio check-in / bare (p50): %.2fx  (goal: within 1.5x)  %s\n", ratio,
                ratio <= 1.5 ? "MET" : "MISSED");
    std::printf("ratio check-in / bare (throughput): %.2fx\n", checkins.totalSeconds() / inserts.totalSeconds());
    // After the answer, before the next member: what the door's worker is busy with per member in all.
    std::printf("records after answer  %s\n", records.summary().c_str());
    std::printf("ratio answer + records / bare (door's work per member): %.2fx\n",
                (checkins.totalSeconds() + records.totalSeconds()) / inserts.totalSeconds());

    // Lookup by id among a million members.
    if (o.lookupMembers > 0) {
        auto big = openFresh(o.dir + "/bench-lookup.db");
        if (!demo::generateMembers(big, o.lookupMembers, 2, now)) return 1;
        std::vector<std::string> bigIds;
        {
            auto q = big.query("SELECT id FROM users");
            while (q->step())
                bigIds.push_back(q->text(0));
        }
        std::shuffle(bigIds.begin(), bigIds.end(), rng);
        Samples lookups;
        for (int i = 0; i < 20'000; ++i) {
            auto t0 = Stopwatch::now();
            auto m = storage::members::find(big, bigIds[static_cast<size_t>(i) % bigIds.size()]);
            lookups.add(Stopwatch::now() - t0);
            if (!m) return 1;
        }
        std::printf("member lookup among %zu  %s  (goal: p99 under 1 ms)  %s\n", bigIds.size(),
                    lookups.summary().c_str(), lookups.percentile(99) < 1000 ? "MET" : "MISSED");
    }
    for (const char* name : {"bench-checkin.db", "bench-bare.db", "bench-lookup.db"})
        for (const char* suffix : {"", "-wal", "-shm", "-intents", "-intents-wal", "-intents-shm"})
            std::filesystem::remove(o.dir + "/" + name + suffix);
    return 0;
}
