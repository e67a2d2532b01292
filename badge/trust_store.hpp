#pragma once
// The kiosk's trusted keys and revocation list, kept in its database
// (schema version 2). Free functions over the thread's Database, like every
// repository; failures are thrown as storage::StorageError.

#include "badge/trust.hpp"
#include "common/result.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::badge::trust_store {

struct TrustedKeyRow {
    std::string keyId;  // keyIdHex(key.id())
    PublicKey key;
    std::string label;
    TimePoint addedAt{};
};

struct RevocationRow {
    std::string kind;     // "badge" or "member"
    std::string subject;  // badge id or member id
    TimePoint revokedAt{};
    std::string reason;
};

// Trusting the same key twice is fine (the label is updated). Error
// "key_id_clash" if a different key has the same id: regenerate that key.
Status trustKey(storage::Database& db, const PublicKey& key, std::string_view label, TimePoint now);
bool untrustKey(storage::Database& db, std::string_view keyIdHex);
std::vector<TrustedKeyRow> trustedKeys(storage::Database& db);

void revokeBadge(storage::Database& db, std::string_view badgeId, TimePoint now, std::string_view reason);
// Voids every signed badge of the member valid from `now` or earlier; badges
// issued after it are good again. Revoking again moves the cut-off to `now`.
void revokeMember(storage::Database& db, std::string_view memberId, TimePoint now, std::string_view reason);
std::vector<RevocationRow> revocations(storage::Database& db);

BadgeTrust loadTrust(storage::Database& db);

}  // namespace credopass::badge::trust_store
