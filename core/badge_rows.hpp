#pragma once
// What kioskctl lists of the kiosk's badge trust: values, no storage types.

#include "badge/keys.hpp"
#include "common/time.hpp"

#include <string>

namespace credopass {

struct TrustedKey {
    std::string keyId;  // keyIdHex(key.id())
    badge::PublicKey key;
    std::string label;
    TimePoint addedAt{};
};

struct Revocation {
    std::string kind;     // "badge" or "member"
    std::string subject;  // badge id or member id
    TimePoint revokedAt{};
    std::string reason;
};

}  // namespace credopass
