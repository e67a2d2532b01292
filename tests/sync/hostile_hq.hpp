#pragma once
// A small HQ of the test's own on 127.0.0.1 that answers what a sound HQ
// never would (bodies without end, gzip bombs, JSON nested a million deep,
// invalid UTF-8): the test adds its routes to server(), then start().

#include <httplib.h>

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace credopass::test {

class HostileHq {
public:
    HostileHq();   // bound to a free port on 127.0.0.1; throws std::runtime_error when none
    ~HostileHq();  // release(), then stop and join
    HostileHq(const HostileHq&) = delete;
    HostileHq& operator=(const HostileHq&) = delete;

    httplib::Server& server() { return server_; }
    // Listens, and returns once the server is running (so stop() in the
    // destructor cannot miss it).
    void start();
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

    // For a handler that must never finish its answer while the test looks:
    // blocks until release() (the destructor calls it).
    void holdUntilReleased();
    void release();

private:
    httplib::Server server_;
    int port_ = 0;
    std::thread listener_;
    std::mutex mutex_;
    std::condition_variable released_;
    bool isReleased_ = false;
};

}  // namespace credopass::test
