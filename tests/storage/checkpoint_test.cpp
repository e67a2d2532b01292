// Checkpoints on request: the door's connection never copies its journal back
// inside a commit (a member would wait for it); the owner asks at a quiet moment.
#include "storage/database.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

using namespace credopass;
using namespace credopass::storage;

namespace {

// Commits `count` transactions of one row each, every row on its own page.
void commitRows(Database& db, int count) {
    for (int i = 0; i < count; ++i) {
        Transaction tx(db);
        auto q = db.query("INSERT INTO t (a) VALUES (?1)");
        q->bind(1, std::string(3000, static_cast<char>('a' + i % 26)));
        q->run();
        tx.commit();
    }
}

Database openWith(const std::string& path, OpenOptions::Checkpoints checkpoints) {
    OpenOptions how;
    how.checkpoints = checkpoints;
    auto db = Database::open(path, how);
    REQUIRE(db.ok());
    return std::move(db).value();
}

}  // namespace

TEST_CASE("with checkpoints on request, no commit copies the journal back; checkpoint() does") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    auto db = openWith(path, OpenOptions::Checkpoints::OnRequest);
    db.exec("CREATE TABLE t (a TEXT)");
    REQUIRE(db.checkpoint());
    const auto mainBefore = std::filesystem::file_size(path);

    // Past SQLite's automatic threshold of 1000 pages: still all in the journal.
    commitRows(db, 1200);
    CHECK(db.walPages() >= 1200);
    CHECK(std::filesystem::file_size(path) == mainBefore);

    REQUIRE(db.checkpoint());
    CHECK(db.walPages() == 0);
    CHECK(std::filesystem::file_size(path) >= mainBefore + std::uintmax_t{1200} * 4096);
    // The next commit starts the journal over.
    commitRows(db, 1);
    CHECK(db.walPages() <= 3);
}

TEST_CASE("with automatic checkpoints, SQLite copies the journal back once it passes 1000 pages") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    auto db = openWith(path, OpenOptions::Checkpoints::Automatic);
    db.exec("CREATE TABLE t (a TEXT)");
    const auto mainBefore = std::filesystem::file_size(path);
    commitRows(db, 1200);
    CHECK(std::filesystem::file_size(path) > mainBefore);
    CHECK(db.walPages() == 0);  // not counted: SQLite keeps the hook
}

TEST_CASE("a checkpoint moves with its connection") {
    test::TempDir dir;
    auto first = openWith(dir.file("kiosk.db"), OpenOptions::Checkpoints::OnRequest);
    first.exec("CREATE TABLE t (a TEXT)");
    Database moved = std::move(first);
    commitRows(moved, 5);
    CHECK(moved.walPages() >= 5);
}
