#include "badge/trust.hpp"

#include <sodium.h>

#include <array>

namespace credopass::badge {

std::string badgeId(const SignedBadge& badge) {
    // Idempotent; generichash itself needs no RNG, but libsodium asks for it first.
    if (sodium_init() < 0) return {};
    std::array<std::uint8_t, 16> digest{};
    crypto_generichash(digest.data(), digest.size(), badge.body.data(), badge.body.size(), nullptr, 0);
    std::string hex(digest.size() * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    hex.pop_back();
    return hex;
}

}  // namespace credopass::badge
