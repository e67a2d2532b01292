// A connection HQ resets (RST) after taking the request is "dropped", not
// "cannot reach HQ": the request may have arrived, so the sync asks before it
// resends, and staff read that the connection broke, not that HQ is away.
#include "sync/http_client.hpp"
#include "words/sync_words.hpp"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <stdexcept>
#include <thread>

namespace credopass::test {
namespace {

// A peer on 127.0.0.1 that accepts one connection, reads the request, and
// closes with SO_LINGER 0: the kernel answers with a reset, as a crashed HQ,
// a restarted load balancer or a firewall would.
class ResettingPeer {
public:
    ResettingPeer() {
        listener_ = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
            ::listen(listener_, 1) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
            throw std::runtime_error("no loopback socket for the test");
        port_ = ntohs(addr.sin_port);
        thread_ = std::thread([this] { serveOne(); });
    }
    ~ResettingPeer() {
        ::shutdown(listener_, SHUT_RDWR);  // ends accept() if no client ever came
        thread_.join();
        ::close(listener_);
    }
    ResettingPeer(const ResettingPeer&) = delete;
    ResettingPeer& operator=(const ResettingPeer&) = delete;
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    void serveOne() const {
        const int client = ::accept(listener_, nullptr, nullptr);
        if (client < 0) return;
        // Read until the request's headers end: the request has reached HQ.
        std::array<char, 4096> buf{};
        std::string request;
        while (request.find("\r\n\r\n") == std::string::npos) {
            const ssize_t n = ::read(client, buf.data(), buf.size());
            if (n <= 0) break;
            request.append(buf.data(), static_cast<std::size_t>(n));
        }
        const linger reset{1, 0};
        ::setsockopt(client, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(client);
    }

    int listener_ = -1;
    int port_ = 0;
    std::thread thread_;
};

}  // namespace

TEST_CASE("a connection HQ resets after the request reads as dropped, not as HQ out of reach", "[sync]") {
    ResettingPeer peer;
    sync::SyncConfig config;
    config.hqUrl = peer.url();
    config.connectTimeout = Millis{2000};
    config.requestTimeout = Millis{5000};
    auto http = sync::HttpClient::create(config);
    REQUIRE(http.ok());
    auto answer = http->get("/api/users");
    REQUIRE_FALSE(answer.ok());
    CHECK(answer.error().code == ErrorCode{NetErrc::Dropped});
    CHECK_THAT(answer.error().message, Catch::Contains("dropped") && !Catch::Contains("cannot reach"));
    const std::string words = words::syncProblem(answer.error().code);
    CHECK_THAT(words, Catch::Contains("broke") && !Catch::Contains("cannot be reached"));
}

}  // namespace credopass::test
