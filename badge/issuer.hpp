#pragma once
// Issuing a signed badge: the only place a private key signs anything.

#include "badge/keys.hpp"
#include "badge/signed_badge.hpp"
#include "common/result.hpp"

#include <string>

namespace credopass::badge {

// The badge text ("CP1...."). Errors: bad_times (expiry not after the start,
// or a time outside 1970..2106). Ed25519 is deterministic: the same key and
// claims always give the same text.
Result<std::string> issueBadge(const SecretKey& key, const BadgeClaims& claims);

}  // namespace credopass::badge
