#pragma once
// The door worker: a thread with its own storage::Database connection (one
// connection per thread) that runs Door::checkin and every other database
// action the screen asks for. A durable check-in (fsync) therefore never
// stalls a frame: the UI posts a request and keeps drawing; the reply comes
// back as a value through the replies queue, and `wake` tells the UI to look.
// Badge texts are judged by badge::checkinBadge, the same as kioskctl does.

#include "common/clock.hpp"
#include "common/message_queue.hpp"
#include "core/door.hpp"
#include "kiosk/app/door_messages.hpp"

#include <functional>
#include <string>
#include <thread>

namespace credopass::kiosk {

struct DoorWorkerOptions {
    std::string dbPath;
    DoorPolicy policy;
    std::vector<std::string> staffMembers;
    std::function<void()> wake;  // called after each reply (thread-safe, e.g. SDL_PushEvent)
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
    DoorWorker(DoorWorkerOptions options, const Clock& clock, storage::Database db);
    void run();
    void handle(const DoorRequest& request);
    void reply(DoorReply r);

    DoorWorkerOptions options_;
    const Clock& clock_;
    storage::Database db_;
    MessageQueue<DoorRequest> requests_;
    MessageQueue<DoorReply> replies_;
    std::thread thread_;
};

}  // namespace credopass::kiosk
