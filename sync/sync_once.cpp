#include "sync/sync_once.hpp"

#include "sync/sync_engine.hpp"

namespace credopass::sync {

Result<OnceResult> syncOnce(const SyncConfig& config, const std::string& dbPath, const Clock& clock) {
    auto engine = SyncEngine::open(config, dbPath, clock);
    if (!engine) return engine.error();
    RoundReport report = engine->round(true);
    return OnceResult{std::move(report), engine->status()};
}

}  // namespace credopass::sync
