#include "sync/push_lanes.hpp"

#include <functional>
#include <thread>

namespace credopass::sync {

struct PushLanes::Lane {
    HttpClient http;
    HqEventRows rows;
    std::vector<const storage::outbox::Entry*> work;
    std::vector<LaneOutcome> done;

    // Runs on the lane's thread (lane 0: the caller's). Reads `halt`, which
    // other lanes set; touches nothing else shared.
    void run(std::atomic<bool>& halt) {
        for (const storage::outbox::Entry* entry : work) {
            if (halt.load()) return;
            PushOutcome outcome = pushEntry(http, *entry, rows);
            const PushVerdict verdict = outcome.verdict;
            const bool adopted = outcome.adoptedId.has_value();
            done.push_back({*entry, std::move(outcome)});
            switch (verdict) {
                case PushVerdict::Confirmed:
                case PushVerdict::Retry:
                case PushVerdict::Poison: break;
                case PushVerdict::Unavailable:
                case PushVerdict::CredentialsRejected:
                case PushVerdict::Stopped: halt = true; return;
            }
            if (adopted) return;
        }
    }
};

Result<std::unique_ptr<PushLanes>> PushLanes::create(const SyncConfig& config, const std::atomic<bool>* stop) {
    std::vector<std::unique_ptr<Lane>> lanes;
    const int count = config.pushConnections < 1 ? 1 : config.pushConnections;
    for (int i = 0; i < count; ++i) {
        auto http = HttpClient::create(config, stop);
        if (!http) return http.error();
        lanes.push_back(std::make_unique<Lane>(Lane{std::move(http).value(), {}, {}, {}}));
    }
    return std::unique_ptr<PushLanes>(new PushLanes(std::move(lanes)));
}

PushLanes::PushLanes(std::vector<std::unique_ptr<Lane>> lanes) : lanes_(std::move(lanes)) {}
PushLanes::~PushLanes() = default;

void PushLanes::newRound() {
    for (auto& lane : lanes_)
        lane->rows = HqEventRows{};
}

std::vector<LaneOutcome> PushLanes::push(const std::vector<storage::outbox::Entry>& batch) {
    for (auto& lane : lanes_) {
        lane->work.clear();
        lane->done.clear();
    }
    const std::hash<std::string> hash;
    for (const auto& entry : batch)
        lanes_[hash(entry.entityId) % lanes_.size()]->work.push_back(&entry);

    std::atomic<bool> halt{false};
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < lanes_.size(); ++i)
        if (!lanes_[i]->work.empty()) threads.emplace_back([lane = lanes_[i].get(), &halt] { lane->run(halt); });
    lanes_[0]->run(halt);
    for (auto& t : threads)
        t.join();

    std::vector<LaneOutcome> outcomes;
    for (auto& lane : lanes_)
        for (auto& o : lane->done)
            outcomes.push_back(std::move(o));
    return outcomes;
}

}  // namespace credopass::sync
