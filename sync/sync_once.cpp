#include "sync/sync_once.hpp"

#include "sync/sync_engine.hpp"

namespace credopass::sync {

Result<OnceResult> syncOnce(const SyncConfig& config, const std::string& dbPath, const Clock& clock,
                            const OnceOptions& options) {
    auto engine = SyncEngine::open(config, dbPath, clock);
    if (!engine) return engine.error();
    std::int64_t retried = 0;
    if (options.retryPoison) {
        auto cleared = engine->retryPoison();
        if (!cleared) return cleared.error();
        retried = *cleared;
    }
    if (options.acceptRemovals) engine->acceptRemovals();
    RoundReport report = engine->round(true);
    return OnceResult{std::move(report), engine->status(), retried};
}

}  // namespace credopass::sync
