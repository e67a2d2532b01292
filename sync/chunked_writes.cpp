#include "sync/chunked_writes.hpp"

#include <chrono>
#include <thread>

namespace credopass::sync {

ChunkedWrites::ChunkedWrites(storage::Database& db, std::size_t rowsPerChunk)
    : db_(db), rowsPerChunk_(rowsPerChunk == 0 ? 1 : rowsPerChunk) {
    tx_.emplace(db_);
}

void ChunkedWrites::wrote() {
    if (++rows_ % rowsPerChunk_ != 0) return;
    tx_->commit();
    tx_.reset();
    // A gap for a check-in waiting on its own connection: its busy handler
    // (storage/busy_wait.hpp) tries every quarter millisecond, so it takes
    // the lock now and this pull's next chunk waits for it instead.
    std::this_thread::sleep_for(kPullChunkGap);
    tx_.emplace(db_);
}

void ChunkedWrites::commit() {
    if (tx_) tx_->commit();
    tx_.reset();
}

}  // namespace credopass::sync
