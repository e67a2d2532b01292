#include "storage/database.hpp"
#include "storage/migrations.hpp"
#include "storage/sqlite_error.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>

#include <sys/stat.h>

using namespace credopass;
using namespace credopass::storage;

namespace {
std::string pragma(Database& db, const char* sql) {
    auto q = db.query(sql);
    REQUIRE(q->step());
    return q->text(0);
}
}  // namespace

TEST_CASE("opening creates the file, migrates it and makes commits durable") {
    test::TempDir dir;
    auto db = Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(pragma(*db, "PRAGMA journal_mode") == "wal");
    CHECK(pragma(*db, "PRAGMA synchronous") == "2");  // FULL
    CHECK(pragma(*db, "PRAGMA foreign_keys") == "1");
    CHECK(db->integrityCheck() == "ok");
}

TEST_CASE("the database and its WAL are private to the kiosk's user (0600)") {
    test::TempDir dir;
    const std::string path = dir.file("kiosk.db");
    auto db = Database::open(path);
    REQUIRE(db);
    db->exec("CREATE TABLE t (x)");  // a write makes the WAL and shared-memory files
    for (const std::string& file : {path, path + "-wal", path + "-shm"}) {
        struct stat st {};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        INFO(file);
        CHECK((st.st_mode & 0777) == 0600);
    }
}

TEST_CASE("reopening an up-to-date database changes nothing") {
    test::TempDir dir;
    { REQUIRE(Database::open(dir.file("kiosk.db")).ok()); }
    auto again = Database::open(dir.file("kiosk.db"));
    REQUIRE(again.ok());
    CHECK(again->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("a database from a newer kiosk is refused, untouched") {
    test::TempDir dir;
    {
        auto db = Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        db->exec(("PRAGMA user_version=" + std::to_string(latestSchemaVersion() + 1)).c_str());
    }
    auto db = Database::open(dir.file("kiosk.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == StorageErrc::NewerSchema);
    CHECK_THAT(db.error().message, Catch::Contains("newer CredoPass Kiosk"));
}

TEST_CASE("a file that is not a database gives a clear error, not a crash") {
    test::TempDir dir;
    {
        std::ofstream f(dir.file("kiosk.db"), std::ios::binary);
        for (int i = 0; i < 512; ++i)
            f << "this is not an SQLite database ";
    }
    auto db = Database::open(dir.file("kiosk.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == StorageErrc::Corrupt);
    CHECK_THAT(db.error().message, Catch::Contains("damaged"));
}

TEST_CASE("a database whose pages were overwritten is reported as corrupt") {
    test::TempDir dir;
    {
        auto db = Database::open(dir.file("kiosk.db"));
        REQUIRE(db.ok());
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    {
        std::fstream f(dir.file("kiosk.db"), std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(100);  // past the 100-byte header: the schema page
        std::string junk(3000, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    auto db = Database::open(dir.file("kiosk.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == StorageErrc::Corrupt);
}

TEST_CASE("a missing folder cannot be opened, and says so") {
    test::TempDir dir;
    auto db = Database::open(dir.file("no/such/folder/kiosk.db"));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == StorageErrc::CannotOpen);
}

TEST_CASE("a transaction that is not committed leaves nothing behind") {
    test::TempDir dir;
    auto db = Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    {
        Transaction tx(*db);
        auto q = db->query("INSERT INTO settings (key, value) VALUES ('a', 'b')");
        q->run();
    }
    auto q = db->query("SELECT count(*) FROM settings");
    REQUIRE(q->step());
    CHECK(q->integer(0) == 0);
}
