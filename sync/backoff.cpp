#include "sync/backoff.hpp"

#include <algorithm>

namespace credopass::sync {

Backoff::Backoff(Millis base, Millis cap, std::uint32_t seed)
    : base_(std::max(base, Millis{1})), cap_(std::max(cap, base_)), rng_(seed) {}

Millis Backoff::delayFor(std::int64_t failures) {
    Millis ceiling = base_;
    for (std::int64_t i = 1; i < failures && ceiling < cap_; ++i)
        ceiling *= 2;  // no overflow: stops at the cap
    ceiling = std::min(ceiling, cap_);
    std::uniform_int_distribution<Millis::rep> pick(ceiling.count() / 2, ceiling.count());
    return Millis{pick(rng_)};
}

}  // namespace credopass::sync
