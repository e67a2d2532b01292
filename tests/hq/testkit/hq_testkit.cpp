#include "tests/hq/testkit/hq_testkit.hpp"

#include <httplib.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace credopass::test {
namespace {

std::string envValue(const std::string& file, const std::string& key) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key + "=", 0) == 0) return line.substr(key.size() + 1);
    throw std::runtime_error("no " + key + " in " + file);
}

std::pair<std::string, int> hostPort(const std::string& url) {
    auto rest = url.substr(url.find("://") + 3);
    auto colon = rest.rfind(':');
    return {rest.substr(0, colon), std::stoi(rest.substr(colon + 1))};
}

nlohmann::json adminCall(const std::string& adminUrl, const std::string& method, const std::string& path,
                         const nlohmann::json& body) {
    auto [host, port] = hostPort(adminUrl);
    httplib::Client client(host, port);
    client.set_connection_timeout(5);
    client.set_read_timeout(5);
    auto r = method == "DELETE" ? client.Delete(path)
             : method == "GET"  ? client.Get(path)
                                : client.Post(path, body.dump(), "application/json");
    if (!r || r->status != 200) throw std::runtime_error("HQ stand-in admin call " + path + " failed");
    return nlohmann::json::parse(r->body);
}

}  // namespace

const HqEndpoints& hqEndpoints() {
    static const HqEndpoints endpoints = [] {
        const char* file = std::getenv("CREDOPASS_HQ_ENV");
        if (!file || !*file)
            throw std::runtime_error(
                "CREDOPASS_HQ_ENV is not set: run these tests through ctest (the credopass_hq fixture starts "
                "PostgreSQL and the HQ stand-in), or start one with scripts/hq --empty --dir DIR and set "
                "CREDOPASS_HQ_ENV=DIR/hq.env");
        return HqEndpoints{envValue(file, "CREDOPASS_HQ_URL"), envValue(file, "CREDOPASS_HQ_ADMIN_URL"),
                           envValue(file, "CREDOPASS_HQ_PG")};
    }();
    return endpoints;
}

HqDatabase::HqDatabase(const std::string& conninfo) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
        std::string message = PQerrorMessage(conn_);
        PQfinish(conn_);
        conn_ = nullptr;
        throw std::runtime_error("cannot connect to HQ's PostgreSQL: " + message);
    }
    query("SET TIME ZONE 'UTC'");
}

HqDatabase::~HqDatabase() {
    PQfinish(conn_);
}

std::vector<Row> HqDatabase::query(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    PGresult* r =
        PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    auto status = PQresultStatus(r);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        std::string message = PQresultErrorMessage(r);
        PQclear(r);
        throw std::runtime_error("HQ SQL failed: " + message + " in: " + sql);
    }
    std::vector<Row> rows;
    for (int i = 0; i < PQntuples(r); ++i) {
        Row row;
        for (int c = 0; c < PQnfields(r); ++c)
            row.push_back(PQgetisnull(r, i, c) ? std::nullopt : std::optional<std::string>(PQgetvalue(r, i, c)));
        rows.push_back(std::move(row));
    }
    PQclear(r);
    return rows;
}

std::int64_t HqDatabase::count(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
    auto rows = query(sql, params);
    return std::stoll(*rows.at(0).at(0));
}

void HqDatabase::reset() {
    exec("TRUNCATE \"attendance\", \"loyalty\", \"events\", \"users\" CASCADE");
}

std::string HqDatabase::seedEventWithMembers(int members, const std::string& emailPrefix) {
    exec(
        "INSERT INTO \"users\" (\"email\", \"firstName\", \"lastName\", \"createdAt\", \"updatedAt\")"
        " SELECT $1 || g || '@example.org', 'First' || g, 'Last' || g, now() - interval '1 day', now()"
        " FROM generate_series(1, $2::integer) g",
        {emailPrefix, std::to_string(members)});
    auto rows = query(
        "INSERT INTO \"events\" (\"name\", \"status\", \"startTime\", \"endTime\", \"location\", \"capacity\", "
        "\"hostId\")"
        " SELECT 'Test Night', 'ongoing', now() - interval '1 hour', now() + interval '3 hours', 'Hall', NULL, \"id\""
        " FROM \"users\" WHERE \"email\" = $1 || '1@example.org' RETURNING \"id\"",
        {emailPrefix});
    return *rows.at(0).at(0);
}

void setFault(const nlohmann::json& plan, const std::string& adminUrl) {
    adminCall(adminUrl, "POST", "/admin/faults", plan);
}
void clearFaults(const std::string& adminUrl) {
    adminCall(adminUrl, "DELETE", "/admin/faults", {});
}
void refuseConnections(int ms, const std::string& adminUrl) {
    adminCall(adminUrl, "POST", "/admin/refuse", {{"ms", ms}});
}
nlohmann::json faultStats(const std::string& adminUrl) {
    return adminCall(adminUrl, "GET", "/admin/stats", {});
}

StandinProcess::StandinProcess(const std::vector<std::string>& extraArgs) {
    const char* binary = std::getenv("CREDOPASS_HQ_STANDIN");
    if (!binary || !*binary) throw std::runtime_error("CREDOPASS_HQ_STANDIN is not set (ctest sets it)");
    char pattern[] = "/tmp/credopass-standin-XXXXXX";
    if (!mkdtemp(pattern)) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    std::string ready = dir_ + "/ready";
    std::vector<std::string> args{binary, "--pg", hqEndpoints().pg, "--ready-file", ready};
    args.insert(args.end(), extraArgs.begin(), extraArgs.end());
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    if (posix_spawn(&pid_, binary, nullptr, nullptr, argv.data(), environ) != 0)
        throw std::runtime_error(std::string("cannot start ") + binary);
    // Wait for it to listen: the ready file appears atomically (rename). The
    // bound is generous for sanitizer builds; it only keeps a broken start from hanging.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!std::filesystem::exists(ready) && std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("the stand-in exited at start");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    std::ifstream in(ready);
    std::string api, admin;
    in >> api >> admin;
    if (api.rfind("api=", 0) != 0) throw std::runtime_error("the stand-in did not start in time");
    url_ = "http://127.0.0.1:" + api.substr(4);
    adminUrl_ = "http://127.0.0.1:" + admin.substr(6);
}

StandinProcess::~StandinProcess() {
    if (pid_ > 0) {
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
}

}  // namespace credopass::test
