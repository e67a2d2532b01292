#pragma once
// The door worker: a thread that owns the door service (and so its database
// connection) and pumps requests through it. A durable check-in (fsync)
// therefore never stalls a frame: the UI posts a request and keeps drawing;
// the reply comes back as a value through the replies queue, and `wake`
// tells the UI to look. Between members it also copies the database's
// journal back (see checkpointIfDue). Nothing here knows about storage.

#include "common/clock.hpp"
#include "common/message_queue.hpp"
#include "core/door_service.hpp"
#include "kiosk/app/door_messages.hpp"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

namespace credopass::kiosk {

struct DoorWorkerOptions {
    DoorServiceOptions service;
    std::function<void()> wake;  // called after each reply (thread-safe, e.g. SDL_PushEvent)
    // Audit entries older than this are removed when the worker starts and
    // once a day after (by the clock given to start(), so tests set the day).
    Millis auditRetention = kDefaultAuditRetention;
    // Tests only (credopass-kiosk --test-scan-delay-ms): each scan waits this
    // long before the door serves it, so an end-to-end test can put a request
    // behind a scan in flight (tests/e2e/pin_race_e2e.sh) whatever the
    // machine's speed. Zero at every real door.
    Millis testScanDelay{0};
};

class DoorWorker {
public:
    // Opens the database on the calling thread first, so a bad path is
    // reported before any screen shows. `clock` must outlive the worker.
    static Result<std::unique_ptr<DoorWorker>> start(DoorWorkerOptions options, const Clock& clock);
    ~DoorWorker();  // stops and joins
    DoorWorker(const DoorWorker&) = delete;
    DoorWorker& operator=(const DoorWorker&) = delete;

    void post(DoorRequest request) { requests_.push(std::move(request)); }
    MessageQueue<DoorReply>& replies() { return replies_; }
    // Finishes the request in hand (a check-in is never cut in half), then joins.
    void stop();

private:
    DoorWorker(std::function<void()> wake, DoorService service, Millis auditRetention, Millis testScanDelay);
    void run();
    void pruneAuditIfDue();
    void checkpointIfDue();
    enum class Moment { BetweenMembers, Quiet };
    void writeOwedRecords(Moment moment);
    void handle(const DoorRequest& request);
    void reply(DoorReply r);

    std::function<void()> wake_;
    DoorService service_;
    Millis auditRetention_;
    Millis testScanDelay_;
    std::optional<TimePoint> lastPrune_;  // by the service's clock; none yet: due at once
    // By the service's clock since boot (a wall clock set back must not stall them):
    std::optional<Millis> lastMemberAt_;           // the last scan or manual check-in served
    std::optional<Millis> checkpointPausedUntil_;  // after a failed checkpoint
    bool recordsFailing_ = false;                  // the last settle() failed (staff were told)
    MessageQueue<DoorRequest> requests_;
    MessageQueue<DoorReply> replies_;
    std::thread thread_;
};

}  // namespace credopass::kiosk
