#pragma once
// The sync loop of the sync process (`credopass-kioskctl sync`, the unit
// credopass-sync.service): rounds with HQ on a thread of its own, beside the
// door's process and over the same database.
//
//   MessageQueue<SyncStatus> statuses;            // owned by the caller
//   SyncService sync(config, "kiosk.db", clock, statuses);
//   if (auto started = sync.start(); !started) ...;  // bad configuration, no database
//   ... statuses.popFor(...): what to print;  sync.lastAlive(): for a watchdog
//   sync.stop();  // or the destructor: returns within a second, losing nothing
//
// Staff's asks come through the database (sync/ask_channel.hpp): the loop
// looks for them every half second while it waits, and runs a round at once.
// Status values are posted after every round, and every ~200 ms while a
// backlog drains (SyncStatus::draining); the engine also keeps them in the
// database, where the door reads them.

#include "common/clock.hpp"
#include "common/message_queue.hpp"
#include "common/result.hpp"
#include "sync/config.hpp"
#include "sync/sync_status.hpp"

#include <atomic>
#include <memory>
#include <string>
#include <thread>

namespace credopass::sync {

class SyncEngine;

// The sync thread runs at a lower CPU priority (nice +10) than the door:
// parsing a 100,000-member roster must not delay a check-in. Also for
// benchmarks that run a pull on a thread of their own.
void lowerThisThreadsPriority();

class SyncService {
public:
    SyncService(SyncConfig config, std::string dbPath, const Clock& clock, MessageQueue<SyncStatus>& statuses);
    ~SyncService();
    SyncService(const SyncService&) = delete;
    SyncService& operator=(const SyncService&) = delete;

    // Opens the engine (HTTP client, database) on the caller's thread, so a
    // configuration that cannot work fails here, then starts the thread.
    Status start();
    // Ends the thread: an exchange in progress is abandoned (the record stays
    // in the outbox and is reconciled next time), confirmations already
    // received are written. Idempotent.
    void stop();

    // When the thread last showed it is turning (between rounds, at every
    // look for asks, at each progress report while a backlog drains).
    SteadyTime lastAlive() const { return SteadyTime(SteadyTime::duration(lastAlive_.load())); }
    // How long a round may keep the thread from showing it: the longest pull
    // and a request on either side, with room for a slow disk. Longer than
    // that, it is stuck.
    Millis stuckAfter() const;

private:
    void run();
    void alive();

    SyncConfig config_;
    std::string dbPath_;
    const Clock& clock_;
    MessageQueue<SyncStatus>& statuses_;
    MessageQueue<bool> stopQueue_;  // a value wakes the thread to end
    std::atomic<bool> stopping_{false};
    std::atomic<SteadyTime::rep> lastAlive_;
    std::unique_ptr<SyncEngine> engine_;  // opened by start(), then the thread's
    std::thread thread_;
};

}  // namespace credopass::sync
