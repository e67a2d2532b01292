// A large pull is written in chunks: what a chunk wrote is committed (the
// door's connection sees it), between chunks the door can write, and a
// failure undoes only the chunk in progress.
#include "sync/chunked_writes.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

namespace credopass::test {
namespace {

std::int64_t rows(storage::Database& db) {
    auto q = db.query("SELECT count(*) FROM chunk_test");
    REQUIRE(q->step());
    return q->integer(0);
}

void insertRow(storage::Database& db) {
    db.exec("INSERT INTO chunk_test DEFAULT VALUES");
}

}  // namespace

TEST_CASE("chunked writes commit every N rows, and a failure loses only the open chunk", "[sync]") {
    TempDir dir;
    auto pull = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(pull.ok());
    pull->exec("CREATE TABLE chunk_test (x INTEGER PRIMARY KEY)");
    storage::OpenOptions impatient;
    impatient.busyTimeoutMs = 0;  // the door must not need to wait for a lock here
    auto door = storage::Database::open(dir.file("kiosk.db"), impatient);
    REQUIRE(door.ok());
    {
        sync::ChunkedWrites tx(*pull, 3);
        for (int i = 0; i < 7; ++i) {
            insertRow(*pull);
            tx.wrote();
        }
        CHECK(rows(*door) == 6);         // two chunks committed; the seventh row is in the open one
        CHECK_THROWS(insertRow(*door));  // the open chunk holds the write lock
    }
    CHECK(rows(*door) == 6);  // the destructor rolled back the open chunk only
    insertRow(*door);         // and let go of the lock
    CHECK(rows(*door) == 7);
}

}  // namespace credopass::test
