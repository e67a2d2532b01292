#include "sync/sync_service.hpp"

#include "sync/sync_engine.hpp"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace credopass::sync {
namespace {

// How often the waiting loop looks for staff's asks in the database: "Sync
// now" starts within this, and the read costs three settings rows.
constexpr Millis kAskPoll{500};

}  // namespace

SyncService::SyncService(SyncConfig config, std::string dbPath, const Clock& clock, MessageQueue<SyncStatus>& statuses)
    : config_(std::move(config)),
      dbPath_(std::move(dbPath)),
      clock_(clock),
      statuses_(statuses),
      lastAlive_(std::chrono::steady_clock::now().time_since_epoch().count()) {}

SyncService::~SyncService() {
    stop();
}

Status SyncService::start() {
    if (thread_.joinable()) return {};
    auto engine = SyncEngine::open(config_, dbPath_, clock_, &stopping_);
    if (!engine) return engine.error();
    engine_ = std::make_unique<SyncEngine>(std::move(engine).value());
    alive();
    thread_ = std::thread([this] { run(); });
    return {};
}

void SyncService::stop() {
    stopping_ = true;
    stopQueue_.push(true);
    if (thread_.joinable()) thread_.join();
}

Millis SyncService::stuckAfter() const {
    return config_.pullTimeout + 2 * config_.requestTimeout + std::chrono::seconds(30);
}

void SyncService::alive() {
    lastAlive_ = std::chrono::steady_clock::now().time_since_epoch().count();
}

void lowerThisThreadsPriority() {
    // Linux keeps a nice value per thread: the door and the screen keep theirs.
    // Best effort; without permission the thread simply runs at normal priority.
    auto tid = static_cast<id_t>(syscall(SYS_gettid));
    (void)setpriority(PRIO_PROCESS, tid, 10);
}

void SyncService::run() {
    lowerThisThreadsPriority();
    SyncEngine& engine = *engine_;
    statuses_.push(engine.status());
    bool forcePull = true;  // fresh roster at start
    std::vector<TakenAsk> serving;
    while (!stopping_) {
        engine.round(forcePull, [this](const SyncStatus& s) {
            alive();
            statuses_.push(s);
        });
        engine.settleAsks(serving);  // done: the door stops showing "Syncing..."
        serving.clear();
        alive();
        statuses_.push(engine.status());
        forcePull = false;
        // Wait for the next round to be due, looking for asks meanwhile.
        const SteadyTime due = std::chrono::steady_clock::now() + engine.nextDelay();
        while (!stopping_ && serving.empty()) {
            auto left = due - std::chrono::steady_clock::now();
            if (left <= SteadyTime::duration::zero()) break;
            if (stopQueue_.popFor(std::min<SteadyTime::duration>(left, kAskPoll))) break;
            alive();
            serving = engine.pendingAsks();
        }
        for (const TakenAsk& taken : serving) {
            forcePull = true;  // every ask wants HQ's latest roster too
            switch (taken.ask) {
                case SyncAsk::Now: break;
                case SyncAsk::RetryHeld: (void)engine.retryPoison(); break;  // a failure is in the status
                case SyncAsk::ApplyHeldRoster: engine.acceptRemovals(); break;
            }
        }
    }
}

}  // namespace credopass::sync
