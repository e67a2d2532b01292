#pragma once
// A loopback TCP port that refuses connections for as long as this object
// lives: a socket is bound to it (so no other program can take it) but never
// listens. Tests of "HQ is unreachable" use it instead of a fixed port such as
// 9 (discard), where something may well be listening.

#include <string>

namespace credopass::test {

class ClosedPort {
public:
    ClosedPort();  // throws std::runtime_error when no socket can be bound
    ~ClosedPort();
    ClosedPort(const ClosedPort&) = delete;
    ClosedPort& operator=(const ClosedPort&) = delete;

    int port() const { return port_; }
    // http://127.0.0.1:PORT
    std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
    int fd_ = -1;
    int port_ = 0;
};

}  // namespace credopass::test
