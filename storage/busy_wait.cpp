#include "storage/busy_wait.hpp"

#include <sqlite3.h>

#include <thread>

namespace credopass::storage {

void BusyWait::install(sqlite3* db) {
    sqlite3_busy_handler(db, &BusyWait::retry, this);
}

int BusyWait::retry(void* self, int attempts) {
    auto& wait = *static_cast<BusyWait*>(self);
    const auto now = std::chrono::steady_clock::now();
    if (attempts == 0) wait.since_ = now;              // SQLite counts from 0 for each lock it waits for
    if (now - wait.since_ >= wait.timeout_) return 0;  // give up: SQLITE_BUSY
    std::this_thread::sleep_for(std::chrono::microseconds(250));
    return 1;
}

}  // namespace credopass::storage
