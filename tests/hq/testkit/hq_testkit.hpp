#pragma once
// What sync tests need to work against the real HQ stand-in and PostgreSQL:
// where they run (from the env file scripts/hq writes; the ctest fixture
// credopass_hq starts them), direct SQL for setting up and checking HQ's
// tables, fault injection through the stand-in's admin port, and a second
// stand-in process of their own (e.g. one that demands a token).

#include <libpq-fe.h>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace credopass::test {

struct HqEndpoints {
    std::string url;       // API base, http://127.0.0.1:PORT
    std::string adminUrl;  // fault injection
    std::string pg;        // libpq connection string
};

// Reads $CREDOPASS_HQ_ENV (written by scripts/hq). Throws with a clear
// message when the tests run outside ctest's credopass_hq fixture.
const HqEndpoints& hqEndpoints();

using Row = std::vector<std::optional<std::string>>;

// Direct SQL on HQ's database (parameterised).
class HqDatabase {
public:
    explicit HqDatabase(const std::string& conninfo);
    ~HqDatabase();
    HqDatabase(const HqDatabase&) = delete;
    HqDatabase& operator=(const HqDatabase&) = delete;

    std::vector<Row> query(const std::string& sql, const std::vector<std::optional<std::string>>& params = {});
    void exec(const std::string& sql, const std::vector<std::optional<std::string>>& params = {}) {
        query(sql, params);
    }
    std::int64_t count(const std::string& sql, const std::vector<std::optional<std::string>>& params = {});

    // Empties every table.
    void reset();
    // An ongoing event around now and `members` members (<prefix>1..N@example.org,
    // the first one hosting); returns the event id.
    std::string seedEventWithMembers(int members, const std::string& emailPrefix = "member");

private:
    PGconn* conn_ = nullptr;
};

// The stand-in's admin API.
void setFault(const nlohmann::json& plan, const std::string& adminUrl = hqEndpoints().adminUrl);
void clearFaults(const std::string& adminUrl = hqEndpoints().adminUrl);
void refuseConnections(int ms, const std::string& adminUrl = hqEndpoints().adminUrl);
nlohmann::json faultStats(const std::string& adminUrl = hqEndpoints().adminUrl);

// A stand-in process of the test's own over the same database, stopped by the destructor.
class StandinProcess {
public:
    explicit StandinProcess(const std::vector<std::string>& extraArgs);
    ~StandinProcess();
    StandinProcess(const StandinProcess&) = delete;
    StandinProcess& operator=(const StandinProcess&) = delete;
    const std::string& url() const { return url_; }
    const std::string& adminUrl() const { return adminUrl_; }

private:
    int pid_ = -1;
    std::string dir_;
    std::string url_;
    std::string adminUrl_;
};

}  // namespace credopass::test
