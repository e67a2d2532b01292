// TLS is verified: a server whose certificate no trusted CA signed is refused,
// and the same server is accepted once its certificate is the configured CA
// file. The bearer token reaches the server, and no error message shows it.
#include "sync/http_client.hpp"

#include <httplib.h>
#include <catch2/catch.hpp>

#include <chrono>
#include <mutex>
#include <thread>

namespace credopass::test {

TEST_CASE("TLS: HQ's certificate is verified; a CA file can be configured", "[sync][tls]") {
    const std::string dir = CREDOPASS_TEST_DATA;
    httplib::SSLServer server((dir + "/test-hq.crt").c_str(), (dir + "/test-hq.key").c_str());
    REQUIRE(server.is_valid());
    // Written by the server's thread, read by the test's: a mutex makes that ordering explicit.
    std::mutex seenMutex;
    std::string seen;
    auto seenAuthorization = [&] {
        std::lock_guard lock(seenMutex);
        return seen;
    };
    server.Get("/api/health", [&](const httplib::Request& req, httplib::Response& res) {
        std::lock_guard lock(seenMutex);
        seen = req.get_header_value("Authorization");
        res.set_content(R"({"status":"ok","timestamp":0})", "application/json");
    });
    int port = server.bind_to_any_port("127.0.0.1");
    REQUIRE(port > 0);
    std::thread listener([&] { server.listen_after_bind(); });
    // stop() only stops a server that is already running (httplib 0.11): wait
    // for the listener to be up, or a quick test would join it forever.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!server.is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::yield();
    REQUIRE(server.is_running());

    sync::SyncConfig config;
    config.hqUrl = "https://127.0.0.1:" + std::to_string(port);
    config.bearerToken = "tls-secret-token";
    config.connectTimeout = Millis{2000};
    config.requestTimeout = Millis{5000};

    SECTION("not signed by a trusted CA: refused, and the token was never sent") {
        auto client = sync::HttpClient::create(config);
        REQUIRE(client.ok());
        auto r = client->get("/api/health");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == NetErrc::Tls);
        CHECK_THAT(r.error().message, !Catch::Contains("tls-secret-token"));
        CHECK(seenAuthorization().empty());
    }
    SECTION("its certificate as the CA file: accepted, token sent") {
        config.caFile = dir + "/test-hq.crt";
        auto client = sync::HttpClient::create(config);
        REQUIRE(client.ok());
        auto r = client->get("/api/health");
        INFO((r.ok() ? std::string() : r.error().message));
        REQUIRE(r.ok());
        CHECK(r->status == 200);
        CHECK(seenAuthorization() == "Bearer tls-secret-token");
    }
    server.stop();
    listener.join();
}

}  // namespace credopass::test
