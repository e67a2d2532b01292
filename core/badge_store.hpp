#pragma once
// The badge policy and trust as the kiosk keeps them in its database: rows
// from storage/ turned into badge/'s values. Inside core only (the door
// service wraps them); storage failures are thrown as storage::StorageError.

#include "badge/policy.hpp"
#include "badge/trust.hpp"
#include "core/badge_rows.hpp"
#include "storage/database.hpp"

#include <string_view>
#include <vector>

namespace credopass::badge_store {

// A kiosk that never set a policy accepts every format; a stored policy that
// cannot be read accepts signed badges only (never wider than meant).
badge::BadgePolicy loadPolicy(storage::Database& db);
void savePolicy(storage::Database& db, const badge::BadgePolicy& policy);

// Trusting the same key twice updates its label. Error key_id_clash when
// another key has the same id.
Status trustKey(storage::Database& db, const badge::PublicKey& key, std::string_view label, TimePoint now);
bool untrustKey(storage::Database& db, std::string_view keyIdHex);
std::vector<TrustedKey> trustedKeys(storage::Database& db);
std::vector<Revocation> revocations(storage::Database& db);

badge::BadgeTrust loadTrust(storage::Database& db);

}  // namespace credopass::badge_store
