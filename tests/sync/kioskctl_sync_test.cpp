// `credopass-kioskctl sync` and `status`, run as the real binary against HQ:
// exit statuses and the JSON of status are interfaces.
#include "tests/hq/testkit/hq_testkit.hpp"
#include "tests/support/closed_port.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <array>
#include <cstdio>

namespace credopass::test {
namespace {

struct Run {
    int exit = -1;
    std::string out;
};

Run kioskctl(const std::string& db, const std::string& args) {
    std::string cmd = std::string(KIOSKCTL_PATH) + " --db '" + db + "' " + args + " 2>&1";
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p);
    std::array<char, 4096> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p))
        r.out.append(buf.data(), n);
    int status = pclose(p);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

nlohmann::json statusJson(const std::string& db) {
    auto r = kioskctl(db, "status --json");
    REQUIRE(r.exit == 0);
    return nlohmann::json::parse(r.out);
}

}  // namespace

TEST_CASE("kioskctl sync --once and status --json", "[sync][hq][kioskctl]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    hq.seedEventWithMembers(3, "ctl");
    TempDir dir;
    std::string db = dir.file("kiosk.db");
    const std::string sync = "sync --hq " + hqEndpoints().url + " --once";

    auto pulled = kioskctl(db, sync);
    INFO(pulled.out);
    REQUIRE(pulled.exit == 0);
    CHECK_THAT(pulled.out, Catch::Contains("pulled 3 members"));

    auto members = kioskctl(db, "members --json");
    REQUIRE(members.exit == 0);
    auto list = nlohmann::json::parse(members.out);
    REQUIRE(list.size() == 3);
    auto checkin = kioskctl(db, "checkin " + list[0]["id"].get<std::string>() + " --json");
    INFO(checkin.out);
    REQUIRE(checkin.exit == 0);
    CHECK(statusJson(db)["waiting"] == 2);

    REQUIRE(kioskctl(db, sync).exit == 0);
    auto s = statusJson(db);
    CHECK(s["waiting"] == 0);
    CHECK(s["connection"] == "online");
    CHECK(s["lastSuccess"].is_string());
    CHECK(s["lastError"].is_null());
    CHECK(s["poison"].empty());
    CHECK(hq.count("SELECT count(*) FROM \"attendance\"") == 1);
    CHECK(hq.count("SELECT count(*) FROM \"loyalty\"") == 1);

    // HQ unreachable: exit 1, and status remembers why.
    ClosedPort closed;
    auto offline = kioskctl(db, "sync --hq " + closed.url() + " --once");
    CHECK(offline.exit == 1);
    auto after = statusJson(db);
    CHECK(after["connection"] == "offline");
    CHECK_THAT(after["lastError"].get<std::string>(), Catch::Contains("cannot reach HQ"));
    CHECK(after["lastSuccess"].is_string());

    auto human = kioskctl(db, "status");
    CHECK(human.exit == 0);
    CHECK_THAT(human.out, Catch::Contains("records waiting: 0") && Catch::Contains("offline"));

    auto badToken = kioskctl(db, sync + " --token-file " + dir.file("missing"));
    CHECK(badToken.exit == 1);
    CHECK_THAT(badToken.out, Catch::Contains("token file"));
}

}  // namespace credopass::test
