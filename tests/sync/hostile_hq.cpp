#include "tests/sync/hostile_hq.hpp"

#include <chrono>
#include <csignal>
#include <stdexcept>

namespace credopass::test {

HostileHq::HostileHq() {
    // Writing to a client that hung up (the kiosk stopping at its limit) must
    // be an error for the handler, not SIGPIPE for the test process.
    std::signal(SIGPIPE, SIG_IGN);
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("cannot bind a port on 127.0.0.1");
}

void HostileHq::start() {
    listener_ = std::thread([this] { server_.listen_after_bind(); });
    // httplib 0.11's stop() only stops a server that is already running. The
    // deadline only keeps a broken start from hanging the test.
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!server_.is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::yield();
    if (!server_.is_running()) throw std::runtime_error("the hostile HQ did not start");
}

void HostileHq::holdUntilReleased() {
    std::unique_lock lock(mutex_);
    released_.wait(lock, [this] { return isReleased_; });
}

void HostileHq::release() {
    {
        std::lock_guard lock(mutex_);
        isReleased_ = true;
    }
    released_.notify_all();
}

HostileHq::~HostileHq() {
    release();
    if (listener_.joinable()) {
        server_.stop();
        listener_.join();
    }
}

}  // namespace credopass::test
