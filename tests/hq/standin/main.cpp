// credopass-hq-standin: a stand-in for the CredoPass HQ service, for tests and
// the demo. The API (../shared/credopass-api.md) on one port, over PostgreSQL;
// an admin API on another port that lets tests inject faults. Both listen on
// 127.0.0.1 only.
//
// Admin API:
//   POST   /admin/faults   {"mode":"status|hang|drop|garbage|slow|none", "status":500,
//                           "afterCommit":false, "scope":"write|read|all", "every":1,
//                           "count":-1, "delayMs":0}
//   DELETE /admin/faults   back to normal
//   POST   /admin/refuse   {"ms":N}: stop listening (connections refused) for N ms
//   GET    /admin/stats    {"requests":..,"faultsInjected":..,...}
#include "tests/hq/standin/api_routes.hpp"
#include "tests/hq/standin/faults.hpp"
#include "tests/hq/standin/pg.hpp"

#include <httplib.h>
#include <CLI/CLI.hpp>

#include <csignal>
#include <fstream>
#include <iostream>
#include <memory>
#include <thread>

namespace {

using namespace credopass::hq;
using nlohmann::json;

constexpr const char* kHost = "127.0.0.1";

httplib::Server* makeServer(httplib::Server& s) {
    s.set_tcp_nodelay(true);
    // Like the deployed service (Node), keep connections open for many requests.
    s.set_keep_alive_max_count(1000000);
    s.set_keep_alive_timeout(10);
    // Hanging requests hold a worker each: enough workers that a few hangs do not starve the rest.
    s.new_task_queue = [] { return new httplib::ThreadPool(32); };
    return &s;
}

// The API server. "refuse" stops it (its listening socket closes at once, so
// connections are refused) and, after the deadline, a fresh server binds the
// same port. Each server listens on a thread of its own: a stopped one may take
// a while to finish its last requests (a hung one, an idle keep-alive) and
// must not delay the next.
class ApiListener {
public:
    ApiListener(Faults& faults, ApiOptions options) : faults_(faults), options_(std::move(options)) {}

    ~ApiListener() {
        shutdown();
        for (auto& t : threads_)
            t.join();
    }

    // Binds (port 0: any free port) and starts serving; returns the port, or -1.
    int start(int port) {
        std::lock_guard lock(mutex_);
        auto server = std::make_unique<httplib::Server>();
        makeServer(*server);
        addApiRoutes(*server, faults_, options_);
        if (port == 0)
            port = server->bind_to_any_port(kHost);
        else if (!server->bind_to_port(kHost, port))
            return -1;
        port_ = port;
        httplib::Server* s = server.get();
        servers_.push_back(std::move(server));
        threads_.emplace_back([s] { s->listen_after_bind(); });
        return port;
    }

    // Until shutdown: after each refusal window, serve again.
    void run() {
        std::unique_lock lock(mutex_);
        for (;;) {
            changed_.wait(lock, [&] { return shutdown_ || refusing_; });
            while (!shutdown_ && std::chrono::steady_clock::now() < refuseUntil_)
                changed_.wait_until(lock, refuseUntil_);
            if (shutdown_) return;
            refusing_ = false;
            lock.unlock();
            while (start(port_) < 0) {  // the port was just ours; retry briefly
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            lock.lock();
        }
    }

    void refuse(int ms) {
        std::lock_guard lock(mutex_);
        refuseUntil_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
        if (!refusing_ && !servers_.empty()) {
            // stop() is a no-op on a server whose thread has not begun listening yet.
            for (int i = 0; i < 2000 && !servers_.back()->is_running(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            servers_.back()->stop();
        }
        refusing_ = true;
        changed_.notify_all();  // a new deadline (refuse 0: serve again now)
    }

    void shutdown() {
        std::lock_guard lock(mutex_);
        shutdown_ = true;
        for (auto& s : servers_)
            s->stop();
        changed_.notify_all();
    }

private:
    Faults& faults_;
    ApiOptions options_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::vector<std::unique_ptr<httplib::Server>> servers_;
    std::vector<std::thread> threads_;
    std::chrono::steady_clock::time_point refuseUntil_{};
    int port_ = 0;
    bool refusing_ = false;
    bool shutdown_ = false;
};

void addAdminRoutes(httplib::Server& admin, Faults& faults, ApiListener& api) {
    auto send = [](httplib::Response& res, int status, const json& body) {
        res.status = status;
        res.set_content(body.dump(), "application/json");
    };
    admin.Post("/admin/faults", [&faults, send](const httplib::Request& req, httplib::Response& res) {
        auto body = json::parse(req.body, nullptr, false);
        std::string error = "body is not JSON";
        auto plan = body.is_discarded() ? std::nullopt : faultPlanFromJson(body, error);
        if (!plan) return send(res, 400, json{{"error", error}});
        faults.set(*plan);
        send(res, 200, faults.stats());
    });
    admin.Delete("/admin/faults", [&faults, send](const httplib::Request&, httplib::Response& res) {
        faults.set(FaultPlan{});
        send(res, 200, faults.stats());
    });
    admin.Post("/admin/refuse", [&api, send](const httplib::Request& req, httplib::Response& res) {
        auto body = json::parse(req.body, nullptr, false);
        if (body.is_discarded() || !body.contains("ms") || !body["ms"].is_number_integer())
            return send(res, 400, json{{"error", "expected {\"ms\": N}"}});
        api.refuse(body["ms"].get<int>());
        send(res, 200, json{{"refusingMs", body["ms"]}});
    });
    admin.Get("/admin/stats",
              [&faults, send](const httplib::Request&, httplib::Response& res) { send(res, 200, faults.stats()); });
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"credopass-hq-standin: the CredoPass HQ API over PostgreSQL, with fault injection (127.0.0.1 only)"};
    std::string conninfo;
    int port = 0;
    int adminPort = 0;
    std::string readyFile;
    ApiOptions options;
    app.add_option("--pg", conninfo, "libpq connection string of the CredoPass database")->required();
    app.add_option("--port", port, "API port (0: any free port)");
    app.add_option("--admin-port", adminPort, "admin port (0: any free port)");
    app.add_option("--ready-file", readyFile, "write 'api=PORT admin=PORT' here once listening");
    app.add_option("--require-token", options.requiredToken,
                   "answer 401/403 unless requests carry this bearer token (as a proxy would)");
    CLI11_PARSE(app, argc, argv);

    // SIGTERM/SIGINT are taken by one thread with sigwait (below), not by a
    // handler: shutting servers down takes locks, which a handler must not.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    setConninfo(conninfo);
    try {
        auto ping = threadPg().exec("SELECT 1");
        if (!ping.ok()) throw std::runtime_error(ping.message());
    } catch (const std::exception& e) {
        std::cerr << "credopass-hq-standin: " << e.what() << "\n";
        return 1;
    }

    Faults faults;
    ApiListener api(faults, options);
    httplib::Server admin;
    makeServer(admin);
    addAdminRoutes(admin, faults, api);

    int apiPort = api.start(port);
    int boundAdmin =
        adminPort == 0 ? admin.bind_to_any_port(kHost) : (admin.bind_to_port(kHost, adminPort) ? adminPort : -1);
    if (apiPort < 0 || boundAdmin < 0) {
        std::cerr << "credopass-hq-standin: cannot listen on " << kHost << " (port in use?)\n";
        return 1;
    }
    std::thread signalThread([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        faults.shutdown();
        api.shutdown();
    });

    std::thread adminThread([&] { admin.listen_after_bind(); });
    if (!readyFile.empty()) {
        std::string tmp = readyFile + ".tmp";
        std::ofstream(tmp) << "api=" << apiPort << " admin=" << boundAdmin << "\n";
        std::rename(tmp.c_str(), readyFile.c_str());
    }
    std::cout << "credopass-hq-standin: API http://" << kHost << ":" << apiPort << "  admin http://" << kHost << ":"
              << boundAdmin << std::endl;
    api.run();
    admin.stop();
    adminThread.join();
    signalThread.join();
    return 0;
}
