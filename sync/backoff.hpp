#pragma once
// Exponential back-off with jitter: base, 2 x base, 4 x base ... capped, each
// delay drawn at random from its upper half so that kiosks knocked offline
// together do not all come back in the same millisecond.

#include "common/time.hpp"

#include <cstdint>
#include <random>

namespace credopass::sync {

class Backoff {
public:
    Backoff(Millis base, Millis cap, std::uint32_t seed = std::random_device{}());

    // The delay before retry number `failures` (1 = after the first failure).
    Millis delayFor(std::int64_t failures);
    // Counts one more failure and returns the delay before the next attempt.
    Millis fail() { return delayFor(++failures_); }
    void succeed() { failures_ = 0; }
    std::int64_t failures() const { return failures_; }
    Millis cap() const { return cap_; }

private:
    Millis base_;
    Millis cap_;
    std::int64_t failures_ = 0;
    std::mt19937 rng_;
};

}  // namespace credopass::sync
