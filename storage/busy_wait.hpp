#pragma once
// How a connection waits for another connection's write lock. SQLite's own
// busy timeout sleeps 1, 2, 5, 10, ... 100 ms between tries: a check-in that
// meets a chunked roster pull (sync/chunked_writes.hpp) would miss the short
// gaps between chunks and wait for the whole pull. This tries again every
// quarter millisecond until the timeout, so the door takes the lock in the
// first gap. Waiting costs a little CPU, only while another writer holds the
// lock.

#include <chrono>

struct sqlite3;

namespace credopass::storage {

class BusyWait {
public:
    explicit BusyWait(std::chrono::milliseconds timeout) : timeout_(timeout) {}
    // Installs this as `db`'s busy handler; it must outlive the connection's use.
    void install(sqlite3* db);

private:
    static int retry(void* self, int attempts);
    std::chrono::milliseconds timeout_;
    std::chrono::steady_clock::time_point since_{};
};

}  // namespace credopass::storage
