// `credopass-kioskctl sync` and `status`, run as the real binary against HQ:
// exit statuses and the JSON of status are interfaces.
#include "storage/database.hpp"
#include "sync/sync_link.hpp"
#include "tests/hq/testkit/hq_testkit.hpp"
#include "tests/support/closed_port.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>

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

// `kioskctl --db DB sync --config FILE` as its own process, as
// credopass-sync.service runs it; its output goes to `log`.
struct SyncProcess {
    pid_t pid = -1;
    SyncProcess(const std::string& db, const std::string& config, const std::string& log) {
        posix_spawn_file_actions_t files;
        posix_spawn_file_actions_init(&files);
        posix_spawn_file_actions_addopen(&files, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_adddup2(&files, 1, 2);
        std::vector<std::string> args{KIOSKCTL_PATH, "--db", db, "sync", "--config", config};
        std::vector<char*> argv;
        argv.reserve(args.size() + 1);
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        REQUIRE(posix_spawn(&pid, KIOSKCTL_PATH, &files, nullptr, argv.data(), environ) == 0);
        posix_spawn_file_actions_destroy(&files);
    }
    // SIGTERM, as systemd stops it; the exit status.
    int stop() {
        if (pid < 0) return -1;
        kill(pid, SIGTERM);
        int status = 0;
        waitpid(pid, &status, 0);
        pid = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    ~SyncProcess() { stop(); }
    SyncProcess(const SyncProcess&) = delete;
    SyncProcess& operator=(const SyncProcess&) = delete;
};

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream all;
    all << in.rdbuf();
    return all.str();
}

// Waits for a status the door's link posts that matches `pred`; the bound only
// keeps a bug from hanging the test.
template <class Pred>
bool doorSees(MessageQueue<sync::SyncStatus>& q, Pred pred) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
    while (std::chrono::steady_clock::now() < deadline)
        if (auto s = q.popFor(deadline - std::chrono::steady_clock::now()); s && pred(*s)) return true;
    return false;
}

}  // namespace

TEST_CASE("the sync process reads HQ from the door's configuration and serves the door's asks",
          "[sync][hq][kioskctl]") {
    HqDatabase hq(hqEndpoints().pg);
    hq.reset();
    hq.seedEventWithMembers(3, "proc");
    TempDir dir;
    const std::string db = dir.file("kiosk.db");
    REQUIRE(kioskctl(db, "init").exit == 0);
    const std::string config = dir.file("kiosk.toml");
    std::ofstream(config) << "[sync]\nhq_url = \"" << hqEndpoints().url << "\"\n";

    SyncProcess process(db, config, dir.file("sync.log"));
    MessageQueue<sync::SyncStatus> atDoor;
    sync::SyncLink door(db, atDoor);
    door.start();
    // The door sees it online, with the roster pulled, from the database alone.
    REQUIRE(doorSees(
        atDoor, [](const sync::SyncStatus& s) { return s.connection == sync::Connection::Online && s.lastSuccess; }));
    auto members = kioskctl(db, "members --json");
    REQUIRE(nlohmann::json::parse(members.out).size() == 3);

    // "Sync now" at the door: a member added at HQ since arrives at once.
    hq.exec("INSERT INTO \"users\" (\"email\", \"firstName\", \"lastName\") VALUES ('now@example.org', 'Ask', 'Now')");
    door.ask(sync::SyncAsk::Now);
    REQUIRE(doorSees(atDoor, [](const sync::SyncStatus& s) { return s.asked; }));
    REQUIRE(doorSees(atDoor, [](const sync::SyncStatus& s) { return !s.asked; }));
    CHECK(nlohmann::json::parse(kioskctl(db, "members --json").out).size() == 4);
    door.stop();

    CHECK(process.stop() == 0);  // SIGTERM: a clean stop, as systemd expects
    INFO(slurp(dir.file("sync.log")));
    CHECK_THAT(slurp(dir.file("sync.log")), Catch::Contains("online") && Catch::Contains("sync stopped"));

    // A door that does not sync: the process says so and ends well (its unit stays stopped).
    std::ofstream(config) << "organisation = \"No HQ\"\n";
    auto none = kioskctl(db, "sync --config '" + config + "'");
    CHECK(none.exit == 0);
    CHECK_THAT(none.out, Catch::Contains("nothing to sync"));
    // One that cannot work fails at start, with the reason.
    std::ofstream(config) << "[sync]\nhq_url = \"ftp://127.0.0.1/\"\n";
    auto bad = kioskctl(db, "sync --config '" + config + "'");
    CHECK(bad.exit == 1);
    CHECK_THAT(bad.out, Catch::Contains("https://"));
}

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
