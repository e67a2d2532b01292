#include "storage/badge_trust.hpp"

#include "storage/columns.hpp"

namespace credopass::storage::badge_trust {

std::optional<std::string> keyHex(Database& db, std::string_view keyId) {
    auto q = db.query("SELECT publicKey FROM badge_trusted_keys WHERE keyId = ?1");
    q->bind(1, keyId);
    if (!q->step()) return std::nullopt;
    return q->text(0);
}

void upsertKey(Database& db, const KeyRow& row) {
    auto q = db.query(
        "INSERT INTO badge_trusted_keys (keyId, publicKey, label, addedAt) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (keyId) DO UPDATE SET label = excluded.label");
    q->bind(1, row.keyId).bind(2, row.publicKeyHex).bind(3, row.label).bind(4, formatIso(row.addedAt));
    q->run();
}

bool deleteKey(Database& db, std::string_view keyId) {
    auto q = db.query("DELETE FROM badge_trusted_keys WHERE keyId = ?1");
    q->bind(1, keyId);
    q->run();
    return db.changes() > 0;
}

std::vector<KeyRow> keys(Database& db) {
    std::vector<KeyRow> rows;
    auto q = db.query(
        "SELECT keyId, publicKey, coalesce(label, ''), addedAt FROM badge_trusted_keys ORDER BY addedAt, keyId");
    while (q->step())
        rows.push_back(KeyRow{q->text(0), q->text(1), q->text(2), timeColumn(*q, 3)});
    return rows;
}

void revokeBadge(Database& db, std::string_view badgeId, TimePoint at, std::string_view reason) {
    auto q = db.query(
        "INSERT INTO badge_revocations (kind, subject, revokedAt, reason) VALUES ('badge', ?1, ?2, ?3) "
        "ON CONFLICT (kind, subject) DO NOTHING");
    q->bind(1, badgeId).bind(2, formatIso(at)).bind(3, reason);
    q->run();
}

void revokeMember(Database& db, std::string_view memberId, TimePoint at, std::string_view reason) {
    auto q = db.query(
        "INSERT INTO badge_revocations (kind, subject, revokedAt, reason) VALUES ('member', ?1, ?2, ?3) "
        "ON CONFLICT (kind, subject) DO UPDATE SET revokedAt = excluded.revokedAt, reason = excluded.reason");
    q->bind(1, memberId).bind(2, formatIso(at)).bind(3, reason);
    q->run();
}

std::vector<RevocationRow> revocations(Database& db) {
    std::vector<RevocationRow> rows;
    auto q = db.query("SELECT kind, subject, revokedAt, coalesce(reason, '') FROM badge_revocations ORDER BY id");
    while (q->step())
        rows.push_back(RevocationRow{q->text(0), q->text(1), timeColumn(*q, 2), q->text(3)});
    return rows;
}

}  // namespace credopass::storage::badge_trust
