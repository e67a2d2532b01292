#pragma once
// What a kiosk trusts, as a value: the issuers' public keys and the local
// revocation list. Loaded from the database (core/badge_store.hpp) or built
// by hand in tests; verifying a badge needs nothing else.

#include "badge/keys.hpp"
#include "common/time.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace credopass::badge {

struct Revocations {
    std::set<std::string> badgeIds;                 // badgeId() of single badges
    std::map<std::string, TimePoint> memberBefore;  // member id → badges issued at or before this are void
};

struct BadgeTrust {
    std::vector<PublicKey> keys;
    Revocations revoked;
};

// A badge's identity for the revocation list: 32 hex digits of the BLAKE2b
// digest of its signed body, the same for the badge however it was scanned.
std::string badgeId(const SignedBadge& badge);

}  // namespace credopass::badge
