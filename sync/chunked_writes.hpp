#pragma once
// Writes a large pull in short transactions. The door checks people in on
// its own connection, and SQLite has one writer at a time: a 100,000-member
// roster applied in one transaction (about 0.6 s on a Raspberry Pi 4 class
// machine) makes the check-in that arrives meanwhile wait for all of it. In
// chunks it waits for one chunk at most.
//
// Every row a pull writes can be written again (the next pull redoes what a
// power cut interrupted, and the pull memo is only updated after the last
// chunk), so splitting the transaction loses nothing; the door meanwhile
// sees members one chunk at a time, each row whole.

#include "storage/database.hpp"

#include <chrono>
#include <cstddef>
#include <optional>

namespace credopass::sync {

// A few milliseconds of writing on the sync connection: the longest a
// check-in waits for the pull, instead of the whole roster. A commit without
// fsync (the sync connection's) costs little, so small chunks are cheap.
inline constexpr std::size_t kPullChunkRows = 250;
// The pause between chunks: two tries of a waiting check-in (0.2 s over a
// 100,000-member roster).
inline constexpr std::chrono::microseconds kPullChunkGap{500};

class ChunkedWrites {
public:
    explicit ChunkedWrites(storage::Database& db, std::size_t rowsPerChunk = kPullChunkRows);
    ChunkedWrites(const ChunkedWrites&) = delete;
    ChunkedWrites& operator=(const ChunkedWrites&) = delete;

    // After each row: commits and begins anew every `rowsPerChunk` rows,
    // which lets the door's waiting write in between.
    void wrote();
    // Commits what is open. Without it, the destructor rolls back the last
    // chunk only (the chunks before it are committed).
    void commit();

private:
    storage::Database& db_;
    std::size_t rowsPerChunk_;
    std::size_t rows_ = 0;
    std::optional<storage::Transaction> tx_;
};

}  // namespace credopass::sync
