#pragma once
// The sync thread: runs beside the door and never blocks a check-in (it has
// its own database connection and writes only in short transactions).
//
// Talking to it, from any one thread (the door screen's UI thread, say):
//   MessageQueue<SyncStatus> statuses;            // owned by the caller
//   SyncService sync(config, "kiosk.db", clock, statuses);
//   sync.start();
//   ... each frame: for (auto& s : statuses.drain()) show(s);
//   ... staff taps "sync now": sync.ask(SyncAsk::Now);
//   sync.stop();  // or the destructor: returns within a second, losing nothing
//
// Status values are posted after every round, and every ~200 ms while a
// backlog drains (SyncStatus::draining). Only the newest matters; a bounded
// queue (capacity 1-8) is fine.

#include "common/clock.hpp"
#include "common/message_queue.hpp"
#include "sync/config.hpp"
#include "sync/sync_ask.hpp"
#include "sync/sync_status.hpp"

#include <atomic>
#include <string>
#include <thread>
#include <variant>

namespace credopass::sync {

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

    void start();
    // Each ask runs a round now instead of waiting for the next one.
    void ask(SyncAsk ask);
    void syncNow() { ask(SyncAsk::Now); }
    // Ends the thread: an exchange in progress is abandoned (the record stays
    // in the outbox and is reconciled next time), confirmations already
    // received are written. Idempotent.
    void stop();

private:
    struct Stop {};
    using Command = std::variant<SyncAsk, Stop>;
    void run();

    SyncConfig config_;
    std::string dbPath_;
    const Clock& clock_;
    MessageQueue<SyncStatus>& statuses_;
    MessageQueue<Command> commands_;
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

}  // namespace credopass::sync
