// credopass-kioskctl as a user runs it: commands, exit statuses, JSON fields.
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <string>

#include <sys/wait.h>
#include <unistd.h>

using credopass::test::TempDir;
using nlohmann::json;

namespace {

struct Run {
    int status = -1;
    std::string out;
};

// Runs kioskctl with `args` (already shell-quoted where needed); stdout only,
// or stdout and stderr together with `redirect` "2>&1".
// `lang` is LANG for the run (English, whatever the machine's language,
// unless a test asks for another: these tests read its words).
Run kioskctl(const std::string& args, const std::string& redirect = "2>/dev/null",
             const std::string& lang = "C.UTF-8") {
    std::string command = "env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=" + lang + " " + std::string(KIOSKCTL_PATH) +
                          " " + args + " " + redirect;
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        run.out.append(buf.data(), n);
    int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

struct DemoDb {
    TempDir dir;
    std::string db = "--db " + dir.file("kiosk.db");
    std::string jane;
    std::string john;

    DemoDb() {
        REQUIRE(kioskctl(db + " demo --members 20").status == 0);
        auto found = json::parse(kioskctl(db + " members --search jane@example.com --json").out);
        REQUIRE(found.size() == 1);
        jane = found[0]["id"];
        john = json::parse(kioskctl(db + " members --search john@ --json").out)[0]["id"];
    }
};

}  // namespace

TEST_CASE("every command answers --help with status 0") {
    for (const char* cmd : {"", "init", "demo", "members", "events", "checkin", "attendance", "pin"}) {
        auto run = kioskctl(std::string(cmd) + " --help");
        INFO(cmd);
        CHECK(run.status == 0);
        CHECK_THAT(run.out, Catch::Contains("Usage"));
    }
}

TEST_CASE("init creates a database; a bad path or command is an error (1)") {
    TempDir dir;
    CHECK(kioskctl("--db " + dir.file("k.db") + " init").status == 0);
    CHECK(kioskctl("--db " + dir.file("missing/k.db") + " init").status == 1);
    CHECK(kioskctl("--db " + dir.file("k.db") + " no-such-command").status == 1);
    CHECK(kioskctl("--db " + dir.file("k.db")).status == 1);  // a command is required
}

TEST_CASE_METHOD(DemoDb, "members lists id, name, email, points and tier") {
    auto all = json::parse(kioskctl(db + " members --json").out);
    CHECK(all.size() == 22);
    auto smiths = json::parse(kioskctl(db + " members --search Smith --json").out);
    REQUIRE(smiths.size() == 1);
    CHECK(smiths[0]["name"] == "Jane Smith");
    CHECK(smiths[0]["email"] == "jane@example.com");
    CHECK(smiths[0]["tier"] == "silver");
    CHECK(smiths[0]["points"].get<int>() >= 100);
}

TEST_CASE_METHOD(DemoDb, "checkin prints one JSON object and exits 0 when let in, 2 when refused") {
    auto in = kioskctl(db + " checkin " + jane + " --json");
    CHECK(in.status == 0);
    auto j = json::parse(in.out);
    CHECK(j["outcome"] == "checked_in");
    CHECK(j["member"]["name"] == "Jane Smith");
    CHECK(j["event"]["name"] == "Friday Jazz Night");
    CHECK(j["checkInTime"].is_string());
    CHECK(j["checkOutTime"].is_null());
    CHECK(j["tier"] == "silver");
    for (const char* key : {"outcome", "member", "event", "checkInTime", "checkOutTime", "points", "tier"})
        CHECK(j.contains(key));

    auto again = kioskctl(db + " checkin " + jane + " --json");
    CHECK(again.status == 2);
    CHECK(json::parse(again.out)["outcome"] == "already_checked_in");
    CHECK(json::parse(again.out)["checkInTime"] == j["checkInTime"]);

    auto unknown = kioskctl(db + " checkin 5b2f0c8e-3d1a-4f4e-9a7c-2e6b8d4f1a30 --json");
    CHECK(unknown.status == 2);
    CHECK(json::parse(unknown.out)["outcome"] == "unknown_member");

    auto exitOnly = kioskctl(db + " checkin " + john + " --mode out-only --json");
    CHECK(exitOnly.status == 2);
    CHECK(json::parse(exitOnly.out)["outcome"] == "not_checked_in");

    CHECK(kioskctl(db + " checkin " + john + " --mode sideways").status == 1);
    CHECK(kioskctl(db + " checkin " + john + " --event 5b2f0c8e-3d1a-4f4e-9a7c-2e6b8d4f1a30").status == 1);
}

TEST_CASE_METHOD(DemoDb, "attendance lists and exports what the door recorded") {
    REQUIRE(kioskctl(db + " checkin " + jane).status == 0);
    auto events = json::parse(kioskctl(db + " events --json").out);
    std::string tonight = events["current"];
    auto csv = kioskctl(db + " attendance --event " + tonight + " --csv");
    CHECK(csv.status == 0);
    CHECK(csv.out.rfind("id,eventId,eventName,patronId,firstName,lastName,email,attended,checkInTime,checkOutTime",
                        0) == 0);
    CHECK_THAT(csv.out, Catch::Contains("Jane,Smith,jane@example.com,true,"));
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 2);
    auto file = dir.file("export.csv");
    CHECK(kioskctl(db + " attendance --csv --output " + file).status == 0);
    CHECK(kioskctl(db + " attendance --csv --output " + dir.file("no/such/dir.csv")).status == 1);
}

TEST_CASE_METHOD(DemoDb, "an export never replaces the database or any file that is not an earlier export") {
    REQUIRE(kioskctl(db + " checkin " + jane).status == 0);
    const std::string path = dir.file("kiosk.db");
    CHECK(kioskctl(db + " attendance --csv --output " + path).status == 1);  // not a .csv
    auto notes = dir.file("notes.csv");
    {
        std::FILE* f = std::fopen(notes.c_str(), "w");
        REQUIRE(f);
        std::fputs("my own notes\n", f);
        std::fclose(f);
    }
    CHECK(kioskctl(db + " attendance --csv --output " + notes).status == 1);  // a CSV that is not ours
    auto link = dir.file("link.csv");
    REQUIRE(::symlink(path.c_str(), link.c_str()) == 0);
    CHECK(kioskctl(db + " attendance --csv --output " + link).status == 1);  // never through a link
    // The database still answers, with Jane inside; an earlier export may be replaced.
    CHECK(kioskctl(db + " attendance").out.find("Jane") != std::string::npos);
    auto file = dir.file("export.csv");
    CHECK(kioskctl(db + " attendance --csv --output " + file).status == 0);
    CHECK(kioskctl(db + " attendance --csv --output " + file).status == 0);
}

TEST_CASE("pin refuses a staff PIN shorter than six digits (1) and stores a six-digit one (0)") {
    TempDir dir;
    const std::string db = "--db " + dir.file("kiosk.db");
    // The PIN comes on standard input, as a person or a provisioning script gives it.
    auto typed = [&](const std::string& name, const std::string& pin) {
        std::string path = dir.file(name);
        std::FILE* f = std::fopen(path.c_str(), "w");
        REQUIRE(f);
        std::fputs((pin + "\n").c_str(), f);
        std::fclose(f);
        return "2>&1 < " + path;
    };
    CHECK(kioskctl(db + " pin", "2>&1 < /dev/null").status == 1);  // nothing typed
    auto four = kioskctl(db + " pin", typed("four", "1234"));
    CHECK(four.status == 1);
    CHECK_THAT(four.out, Catch::Contains("at least 6 digits"));
    CHECK_THAT(four.out, !Catch::Contains("stored"));
    auto six = kioskctl(db + " pin", typed("six", "123456"));
    CHECK(six.status == 0);
    CHECK_THAT(six.out, Catch::Contains("staff PIN stored"));
}

TEST_CASE_METHOD(DemoDb, "kioskctl speaks the language LANG names; its JSON stays English") {
    // de_DE.UTF-8 need not be a generated locale here: the catalogues do not depend on it.
    auto text = kioskctl(db + " checkin " + jane, "2>/dev/null", "de_DE.UTF-8");
    CHECK(text.status == 0);
    CHECK_THAT(text.out, Catch::StartsWith("Willkommen, Jane"));
    CHECK_THAT(text.out, Catch::Contains("Punkte"));
    auto again = kioskctl(db + " checkin " + jane + " --json", "2>/dev/null", "pl_PL.UTF-8");
    auto j = json::parse(again.out);
    CHECK(j["outcome"] == "already_checked_in");
    CHECK_THAT(j["message"].get<std::string>(), Catch::StartsWith("Already checked in at "));
    auto status = kioskctl(db + " status", "2>/dev/null", "fr_FR.UTF-8");
    CHECK_THAT(status.out, Catch::Contains("données en attente"));
}

TEST_CASE_METHOD(DemoDb, "status --json says whether the clock is trusted; clock set refuses an impossible time") {
    auto status = kioskctl(db + " status --json");
    REQUIRE(status.status == 0);
    const json clock = json::parse(status.out).at("clock");
    const std::string source = clock.at("source").get<std::string>();
    // This machine's kernel decides: synchronised (ntp) or not (none). Both are fine; what follows differs.
    REQUIRE((source == "ntp" || source == "none"));
    CHECK(clock.at("trusted").get<bool>() == (source == "ntp"));
    CHECK((source == "ntp" ? clock.at("offsetMs") == 0 : clock.at("offsetMs").is_null()));
    CHECK(clock.at("waiting").is_number_integer());
    CHECK(clock.at("held") == 0);
    CHECK(clock.at("now").is_string());

    auto past = kioskctl(db + " clock set 1999-12-31T23:59:00Z", "2>&1");
    CHECK(past.status == 1);
    CHECK(past.out.find("before this software was built") != std::string::npos);
    CHECK(kioskctl(db + " clock set tomorrow", "2>&1").status == 1);

    auto set = kioskctl(db + " clock set 2099-06-01T19:30:00+02:00");
    CHECK(set.status == 0);
    const json after = json::parse(kioskctl(db + " clock --json").out);
    CHECK(after.at("trusted") == true);
    // The kernel's synchronised clock outranks staff; otherwise staff's word holds for this boot.
    CHECK(after.at("source") == (source == "ntp" ? "ntp" : "staff"));
    if (source == "none") CHECK(after.at("now").get<std::string>().rfind("2099-06-01T17:30", 0) == 0);
}
