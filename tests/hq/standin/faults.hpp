#pragma once
// Fault injection, set by tests through the admin port. A plan says what goes
// wrong (mode), to which requests (scope, every n-th, how many), and whether
// it strikes before the request is processed or after its row is committed.
//
// Modes:
//   status   answer `status` (500 or 503) with the service's error body
//   hang     hold the request for delayMs (past the client's timeout)
//   drop     close the connection without a complete answer
//   garbage  answer a body that is not JSON
//   slow     wait delayMs, then answer normally
// ("refuse", stopping the listener for a while, is not per request: see main.cpp.)

#include <nlohmann/json.hpp>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace credopass::hq {

struct FaultPlan {
    std::string mode = "none";
    int status = 500;
    bool afterCommit = false;
    std::string scope = "write";  // "write" (POST/PUT), "read" (GET) or "all"
    std::int64_t every = 1;       // strike every n-th matching request
    std::int64_t remaining = -1;  // how many strikes left; -1 = until cleared
    int delayMs = 0;
};

// Parses {"mode":..,"status":..,...}; nullopt with `error` set when malformed.
std::optional<FaultPlan> faultPlanFromJson(const nlohmann::json& j, std::string& error);

class Faults {
public:
    void set(const FaultPlan& plan);
    // Decides for one request; counts it.
    std::optional<FaultPlan> next(bool isWrite);
    // Sleeps up to `ms`, returning early at shutdown.
    void pause(int ms);
    void shutdown();
    nlohmann::json stats() const;

private:
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    FaultPlan plan_;
    std::int64_t matched_ = 0;
    std::int64_t requests_ = 0;
    std::int64_t injected_ = 0;
    bool shutdown_ = false;
};

}  // namespace credopass::hq
