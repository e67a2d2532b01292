#pragma once
// One sync round, on the calling thread: push every due outbox entry to HQ,
// then pull members, events and loyalty when a pull is due. Owns its own
// database connection and its HTTP connection; SyncService runs it on the
// sync thread, `credopass-kioskctl sync --once` runs one round directly.

#include "common/clock.hpp"
#include "common/result.hpp"
#include "core/trusted_clock.hpp"
#include "storage/database.hpp"
#include "sync/ask_channel.hpp"
#include "sync/backoff.hpp"
#include "sync/config.hpp"
#include "sync/http_client.hpp"
#include "sync/puller.hpp"
#include "sync/push_lanes.hpp"
#include "sync/sync_status.hpp"

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace credopass::sync {

// The sync thread's own connection to the kiosk database: synchronous=NORMAL,
// since everything it writes can be redone (see sync_engine.cpp).
Result<storage::Database> openSyncDatabase(const std::string& path);

class SyncEngine {
public:
    using StatusSink = std::function<void(const SyncStatus&)>;

    // Opens its own connection to `dbPath`. `stop`, when set by another
    // thread, ends the round early (a transfer in progress aborts).
    static Result<SyncEngine> open(const SyncConfig& config, const std::string& dbPath, const Clock& clock,
                                   const std::atomic<bool>* stop = nullptr);

    // `forcePull`: pull even if the pull interval has not passed. `progress`
    // receives the status now and then while a backlog drains.
    RoundReport round(bool forcePull, const StatusSink& progress = {});

    // How long to wait before the next round: back-off after a failure, else
    // until the next due record, pull or poll.
    Millis nextDelay() const { return nextDelay_; }
    const SyncStatus& status() const { return status_; }

    // Staff checked HQ: the next pull applies even if it removes more than
    // SyncConfig::maxRemovalPercent (once).
    void acceptRemovals() { acceptRemovals_ = true; }
    // Gives every poison record another go (staff fixed the cause at HQ);
    // the number of records. A database error is also the status's last error.
    Result<std::int64_t> retryPoison();

    // Staff's asks waiting in the database (sync/ask_channel.hpp), and, once
    // the round they asked for is over, their removal. A database error reads
    // as no asks (the next look tries again).
    std::vector<TakenAsk> pendingAsks();
    void settleAsks(const std::vector<TakenAsk>& served);

private:
    SyncEngine(SyncConfig config, storage::Database db, HttpClient http, std::unique_ptr<PushLanes> lanes,
               const Clock& clock, const std::atomic<bool>* stop);
    // Before pushing: the door's untrusted times are re-stamped from a true
    // time (NTP, staff, or HQ's clock, read here when nothing else vouches).
    void learnTime();
    void push(RoundReport& report, const StatusSink& progress);
    void pull(RoundReport& report);
    void adoptHqId(const std::string& ourId, const std::string& hqId);
    void backOnline();
    void finish(RoundReport& report);
    void save();
    void publish(const StatusSink& progress);
    bool stopping() const { return stop_ && stop_->load(); }

    SyncConfig config_;
    storage::Database db_;
    HttpClient http_;                   // pulls and single requests
    std::unique_ptr<PushLanes> lanes_;  // pushes, several at once
    const Clock& clock_;
    TrustedClock trusted_;  // what the records' times are repaired from; clock_ times the rounds
    const std::atomic<bool>* stop_;
    Backoff backoff_;        // whole rounds, while HQ is unreachable
    Backoff recordBackoff_;  // single records HQ did not store
    SyncStatus status_;
    SyncStatus saved_;
    SteadyTime savedAt_{};
    std::optional<TimePoint> nextPull_;
    PullMemo memo_;
    bool acceptRemovals_ = false;
    Millis nextDelay_{0};
};

}  // namespace credopass::sync
