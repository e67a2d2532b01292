// Member search as staff type it on the touchscreen: without accents, in any
// case. "nunez" finds Núñez (issue 9.11).
#include "common/text_fold.hpp"
#include "storage/members.hpp"
#include "storage/migrations.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace credopass;
using namespace credopass::storage;

namespace {

const TimePoint kT0 = *parseIso("2026-01-17T18:00:00.000Z");

Member member(int n, const std::string& first, const std::string& last) {
    const std::string id =
        "00000000-0000-4000-8000-" + std::string(12 - std::to_string(n).size(), '0') + std::to_string(n);
    return Member{id, "m" + std::to_string(n) + "@example.org", first, last, std::nullopt, kT0, kT0};
}

std::vector<std::string> names(const std::vector<Member>& found) {
    std::vector<std::string> out;
    out.reserve(found.size());
    for (const Member& m : found)
        out.push_back(m.fullName());
    return out;
}

const std::vector<Member> kRoster{
    member(1, "José", "Núñez"),      member(2, "Agnieszka", "Wróbel"),
    member(3, "Anders", "Ångström"), member(4, "Łukasz", "Zieliński"),
    member(5, "Thi", "Nguyễn"),      member(6, "Jürgen", "Straße"),
    member(7, "Иван", "Петров"),     member(8, "王", "芳"),
    member(9, "Jane", "Smith"),      member(10, "John", "Doe"),
};

}  // namespace

TEST_CASE("text is folded as a keyboard without accents would type it") {
    CHECK(foldForSearch("Núñez") == "nunez");
    CHECK(foldForSearch("Ångström") == "angstrom");
    CHECK(foldForSearch("Łukasz Straße Ørsted Æsir") == "lukasz strasse orsted aesir");
    CHECK(foldForSearch("NGUYỄN") == "nguyen");
    CHECK(foldForSearch("Иван") == "ivan");  // other scripts in Latin letters
    CHECK(foldForSearch("王芳") == "wang fang");
    CHECK(foldForSearch("Γιώργος") == "giorgos");
    CHECK(foldForSearch("").empty());
    CHECK(foldForSearch("Jane SMITH@Example.org") == "jane smith@example.org");
    CHECK(foldForSearch("50% off_") == "50% off_");
}

TEST_CASE("member search ignores case and accents, in either the name or the query") {
    test::TempDir dir;
    auto db = std::move(Database::open(dir.file("kiosk.db"))).value();
    for (const Member& m : kRoster)
        members::upsert(db, m);
    CHECK(names(members::search(db, "nunez")) == std::vector<std::string>{"José Núñez"});
    CHECK(names(members::search(db, "wrobel")) == std::vector<std::string>{"Agnieszka Wróbel"});
    CHECK(names(members::search(db, "angstrom")) == std::vector<std::string>{"Anders Ångström"});
    CHECK(names(members::search(db, "LUKASZ")) == std::vector<std::string>{"Łukasz Zieliński"});
    CHECK(names(members::search(db, "nguyen")) == std::vector<std::string>{"Thi Nguyễn"});
    CHECK(names(members::search(db, "strasse")) == std::vector<std::string>{"Jürgen Straße"});
    CHECK(names(members::search(db, "Núñez")) == std::vector<std::string>{"José Núñez"});  // typed with accents
    CHECK(names(members::search(db, "jose nu")) == std::vector<std::string>{"José Núñez"});
    CHECK(names(members::search(db, "иван")) == std::vector<std::string>{"Иван Петров"});
    CHECK(names(members::search(db, "ivan pet")) == std::vector<std::string>{"Иван Петров"});
    CHECK(names(members::search(db, "王")) == std::vector<std::string>{"王 芳"});
    CHECK(names(members::search(db, "wang")) == std::vector<std::string>{"王 芳"});
    CHECK(names(members::search(db, "m9@example")) == std::vector<std::string>{"Jane Smith"});
    // A name and an email are never matched across: "e " is in "Jane Smith" only.
    CHECK(names(members::search(db, "e s")) == std::vector<std::string>{"Jane Smith"});
    CHECK(members::search(db, "e m10").empty());
    CHECK(members::search(db, "%").empty());
}

TEST_CASE("a member renamed by HQ is found by the new name, not the old") {
    test::TempDir dir;
    auto db = std::move(Database::open(dir.file("kiosk.db"))).value();
    Member m = member(1, "Jose", "Nunez");
    members::upsert(db, m);
    m.lastName = "Ibáñez";
    members::upsert(db, m);
    CHECK(members::search(db, "nunez").empty());
    CHECK(names(members::search(db, "ibanez")) == std::vector<std::string>{"Jose Ibáñez"});
}

TEST_CASE("a database from before schema 6 gets its members' search keys when opened") {
    test::TempDir dir;
    {
        auto db = std::move(Database::open(dir.file("kiosk.db"))).value();
        members::upsert(db, member(1, "José", "Núñez"));
        // As schema 5 had it: no search key at all.
        db.exec("ALTER TABLE users DROP COLUMN searchKey");
        db.exec("DROP TABLE intents_applied");  // schema 7's
        db.exec("PRAGMA user_version=5");
    }
    auto db = std::move(Database::open(dir.file("kiosk.db"))).value();
    CHECK(db.schemaVersion() == latestSchemaVersion());
    CHECK(names(members::search(db, "nunez")) == std::vector<std::string>{"José Núñez"});
}
