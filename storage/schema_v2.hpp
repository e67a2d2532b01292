#pragma once
// Schema version 2: what the kiosk needs to verify signed badges offline.
//  - badge_trusted_keys: the issuers' Ed25519 public keys this kiosk accepts,
//    several at once so an issuer can rotate keys; keyId is derived from the
//    key itself (see badge/keys.hpp), so it cannot disagree with it;
//  - badge_revocations: the local revocation list. kind 'badge' names one badge
//    by its id (hex digest of its signed bytes); kind 'member' voids every
//    signed badge of that member that became valid at or before revokedAt.
// Which badge formats a kiosk accepts is a plain setting (settings table).

namespace credopass::storage {

inline constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE badge_trusted_keys (
  keyId     TEXT PRIMARY KEY NOT NULL CHECK (length(keyId) = 8 AND keyId = lower(keyId)),
  publicKey TEXT NOT NULL UNIQUE CHECK (length(publicKey) = 64 AND publicKey = lower(publicKey)),
  label     TEXT,
  addedAt   TEXT NOT NULL
);

CREATE TABLE badge_revocations (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  kind      TEXT NOT NULL CHECK (kind IN ('badge', 'member')),
  subject   TEXT NOT NULL,
  revokedAt TEXT NOT NULL,
  reason    TEXT,
  UNIQUE (kind, subject)
);
)sql";

}  // namespace credopass::storage
