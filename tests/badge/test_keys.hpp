#pragma once
// Fixed issuer keys for tests: Ed25519 is deterministic, so badges signed with
// them are the same bytes on every run.

#include "badge/keys.hpp"

namespace credopass::test {

inline badge::SecretKey testIssuerKey(std::uint8_t fill = 7) {
    std::array<std::uint8_t, 32> seed{};
    seed.fill(fill);
    return badge::SecretKey::fromSeed(seed);
}

}  // namespace credopass::test
