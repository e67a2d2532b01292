#pragma once
// Several requests to HQ in flight at once. Against an HQ that takes 5 ms a
// request, one at a time is at most 200 requests a second, and a backlog of
// 40,000 records (a 20,000 check-in outage) takes minutes to drain.
//
// Each lane has its own keep-alive connection to HQ and its own view of HQ's
// event rows (so an event's rows are fetched at most once per lane per round).
// A batch of outbox entries is split among the lanes by record id: every
// entry of one record (its create before its updates) goes through the same
// lane, in order. Lanes talk HTTP only; the caller applies their verdicts to
// the outbox on its own thread once every lane is done with the batch (the
// join is the only synchronisation: no queue, no lock).

#include "common/result.hpp"
#include "storage/outbox.hpp"
#include "sync/config.hpp"
#include "sync/hq_event_rows.hpp"
#include "sync/http_client.hpp"
#include "sync/pusher.hpp"

#include <atomic>
#include <memory>
#include <vector>

namespace credopass::sync {

struct LaneOutcome {
    storage::outbox::Entry entry;
    PushOutcome outcome;
};

class PushLanes {
public:
    // `config.pushConnections` lanes (at least one). `stop` aborts transfers in progress.
    static Result<std::unique_ptr<PushLanes>> create(const SyncConfig& config, const std::atomic<bool>* stop);
    ~PushLanes();
    PushLanes(const PushLanes&) = delete;
    PushLanes& operator=(const PushLanes&) = delete;

    // A new push round: HQ's event rows are fetched afresh.
    void newRound();
    // Sends `batch` (in outbox order) and returns what happened to each entry
    // sent, each lane's in its order. A lane stops at a verdict that ends the
    // round (HQ unavailable, credentials refused, stopped) and the others stop
    // before their next entry; a lane also stops after a record took HQ's id
    // (its later entries carry the old one: the caller reads them again).
    // Entries not sent are simply not in the answer: they stay in the outbox.
    std::vector<LaneOutcome> push(const std::vector<storage::outbox::Entry>& batch);

    std::size_t lanes() const { return lanes_.size(); }

private:
    struct Lane;
    explicit PushLanes(std::vector<std::unique_ptr<Lane>> lanes);
    std::vector<std::unique_ptr<Lane>> lanes_;
};

}  // namespace credopass::sync
