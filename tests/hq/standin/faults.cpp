#include "tests/hq/standin/faults.hpp"

namespace credopass::hq {
namespace {

bool knownMode(const std::string& mode) {
    for (const char* m : {"none", "status", "hang", "drop", "garbage", "slow"})
        if (mode == m) return true;
    return false;
}

}  // namespace

std::optional<FaultPlan> faultPlanFromJson(const nlohmann::json& j, std::string& error) {
    FaultPlan p;
    try {
        p.mode = j.value("mode", std::string("none"));
        p.status = j.value("status", 500);
        p.afterCommit = j.value("afterCommit", false);
        p.scope = j.value("scope", std::string("write"));
        p.every = j.value("every", std::int64_t{1});
        p.remaining = j.value("count", std::int64_t{-1});
        p.delayMs = j.value("delayMs", 0);
    } catch (const nlohmann::json::exception& e) {
        error = e.what();
        return std::nullopt;
    }
    if (!knownMode(p.mode)) {
        error = "unknown mode '" + p.mode + "'";
        return std::nullopt;
    }
    if (p.scope != "write" && p.scope != "read" && p.scope != "all") {
        error = "scope must be write, read or all";
        return std::nullopt;
    }
    if (p.every < 1) {
        error = "every must be >= 1";
        return std::nullopt;
    }
    return p;
}

void Faults::set(const FaultPlan& plan) {
    std::lock_guard lock(mutex_);
    plan_ = plan;
    matched_ = 0;
}

std::optional<FaultPlan> Faults::next(bool isWrite) {
    std::lock_guard lock(mutex_);
    ++requests_;
    if (plan_.mode == "none" || plan_.remaining == 0) return std::nullopt;
    bool inScope = plan_.scope == "all" || (plan_.scope == "write") == isWrite;
    if (!inScope) return std::nullopt;
    if (matched_++ % plan_.every != 0) return std::nullopt;
    if (plan_.remaining > 0) --plan_.remaining;
    ++injected_;
    return plan_;
}

void Faults::pause(int ms) {
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, std::chrono::milliseconds(ms), [&] { return shutdown_; });
}

void Faults::shutdown() {
    {
        std::lock_guard lock(mutex_);
        shutdown_ = true;
    }
    wake_.notify_all();
}

nlohmann::json Faults::stats() const {
    std::lock_guard lock(mutex_);
    return {
        {"requests", requests_}, {"faultsInjected", injected_}, {"mode", plan_.mode}, {"remaining", plan_.remaining}};
}

}  // namespace credopass::hq
