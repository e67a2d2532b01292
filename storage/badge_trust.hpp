#pragma once
// The kiosk's trusted badge keys and revocation list (schema version 2), as
// plain rows: what the keys mean is badge/'s business, core/ joins the two.

#include "common/time.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::storage::badge_trust {

struct KeyRow {
    std::string keyId;         // keyIdHex(key.id()): 8 hex digits
    std::string publicKeyHex;  // 64 hex digits
    std::string label;
    TimePoint addedAt{};
};

struct RevocationRow {
    std::string kind;     // "badge" or "member"
    std::string subject;  // badge id or member id
    TimePoint revokedAt{};
    std::string reason;
};

// The stored public key under `keyId`, if any.
std::optional<std::string> keyHex(Database& db, std::string_view keyId);
// Adds the key, or updates its label when the same id is there already.
void upsertKey(Database& db, const KeyRow& row);
bool deleteKey(Database& db, std::string_view keyId);
std::vector<KeyRow> keys(Database& db);

// A badge revoked twice keeps its first entry; a member revoked again moves
// the cut-off to the new time.
void revokeBadge(Database& db, std::string_view badgeId, TimePoint at, std::string_view reason);
void revokeMember(Database& db, std::string_view memberId, TimePoint at, std::string_view reason);
std::vector<RevocationRow> revocations(Database& db);

}  // namespace credopass::storage::badge_trust
