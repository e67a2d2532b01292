#include "sync/sync_service.hpp"

#include "sync/sync_engine.hpp"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace credopass::sync {

SyncService::SyncService(SyncConfig config, std::string dbPath, const Clock& clock, MessageQueue<SyncStatus>& statuses)
    : config_(std::move(config)), dbPath_(std::move(dbPath)), clock_(clock), statuses_(statuses) {}

SyncService::~SyncService() {
    stop();
}

void SyncService::start() {
    if (thread_.joinable()) return;
    thread_ = std::thread([this] { run(); });
}

void SyncService::ask(SyncAsk ask) {
    commands_.push(ask);
}

void SyncService::stop() {
    stopping_ = true;
    commands_.push(Stop{});
    if (thread_.joinable()) thread_.join();
}

void lowerThisThreadsPriority() {
    // Linux keeps a nice value per thread: the door and the screen keep theirs.
    // Best effort; without permission the thread simply runs at normal priority.
    auto tid = static_cast<id_t>(syscall(SYS_gettid));
    (void)setpriority(PRIO_PROCESS, tid, 10);
}

void SyncService::run() {
    lowerThisThreadsPriority();
    auto engine = SyncEngine::open(config_, dbPath_, clock_, &stopping_);
    if (!engine) {
        SyncStatus broken;
        broken.lastError = engine.error().message;
        broken.lastErrorCode = engine.error().code;
        broken.lastErrorAt = clock_.now();
        statuses_.push(broken);
        // Nothing to do but wait to be stopped.
        while (!stopping_)
            commands_.popFor(std::chrono::seconds(1));
        return;
    }
    statuses_.push(engine->status());
    bool forcePull = true;  // fresh roster at start
    while (!stopping_) {
        engine->round(forcePull, [this](const SyncStatus& s) { statuses_.push(s); });
        statuses_.push(engine->status());
        forcePull = false;
        auto command = commands_.popFor(engine->nextDelay());
        if (!command) continue;  // the next round is due
        if (std::holds_alternative<Stop>(*command)) break;
        forcePull = true;
        switch (std::get<SyncAsk>(*command)) {
            case SyncAsk::Now: break;
            case SyncAsk::RetryHeld: engine->retryPoison(); break;
            case SyncAsk::ApplyHeldRoster: engine->acceptRemovals(); break;
        }
    }
}

}  // namespace credopass::sync
