#include "badge/trust_store.hpp"

#include "storage/columns.hpp"

namespace credopass::badge::trust_store {

Status trustKey(storage::Database& db, const PublicKey& key, std::string_view label, TimePoint now) {
    std::string id = keyIdHex(key.id());
    storage::Transaction tx(db);
    {
        auto q = db.query("SELECT publicKey FROM badge_trusted_keys WHERE keyId = ?1");
        q->bind(1, id);
        if (q->step() && q->text(0) != key.hex())
            return Error{InputErrc::KeyIdClash,
                         "another trusted key already has the id " + id + "; generate a new key"};
    }
    auto q = db.query(
        "INSERT INTO badge_trusted_keys (keyId, publicKey, label, addedAt) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (keyId) DO UPDATE SET label = excluded.label");
    q->bind(1, id).bind(2, key.hex()).bind(3, label).bind(4, formatIso(now));
    q->run();
    tx.commit();
    return {};
}

bool untrustKey(storage::Database& db, std::string_view keyIdHex) {
    auto q = db.query("DELETE FROM badge_trusted_keys WHERE keyId = ?1");
    q->bind(1, keyIdHex);
    q->run();
    return db.changes() > 0;
}

std::vector<TrustedKeyRow> trustedKeys(storage::Database& db) {
    std::vector<TrustedKeyRow> rows;
    auto q = db.query(
        "SELECT keyId, publicKey, coalesce(label, ''), addedAt FROM badge_trusted_keys ORDER BY addedAt, keyId");
    while (q->step()) {
        auto key = PublicKey::fromHex(q->text(1));
        if (!key) continue;  // the CHECK constraint makes this unreachable
        rows.push_back(TrustedKeyRow{q->text(0), *key, q->text(2), storage::timeColumn(*q, 3)});
    }
    return rows;
}

void revokeBadge(storage::Database& db, std::string_view badgeId, TimePoint now, std::string_view reason) {
    auto q = db.query(
        "INSERT INTO badge_revocations (kind, subject, revokedAt, reason) VALUES ('badge', ?1, ?2, ?3) "
        "ON CONFLICT (kind, subject) DO NOTHING");
    q->bind(1, badgeId).bind(2, formatIso(now)).bind(3, reason);
    q->run();
}

void revokeMember(storage::Database& db, std::string_view memberId, TimePoint now, std::string_view reason) {
    auto q = db.query(
        "INSERT INTO badge_revocations (kind, subject, revokedAt, reason) VALUES ('member', ?1, ?2, ?3) "
        "ON CONFLICT (kind, subject) DO UPDATE SET revokedAt = excluded.revokedAt, reason = excluded.reason");
    q->bind(1, memberId).bind(2, formatIso(now)).bind(3, reason);
    q->run();
}

std::vector<RevocationRow> revocations(storage::Database& db) {
    std::vector<RevocationRow> rows;
    auto q = db.query("SELECT kind, subject, revokedAt, coalesce(reason, '') FROM badge_revocations ORDER BY id");
    while (q->step())
        rows.push_back(RevocationRow{q->text(0), q->text(1), storage::timeColumn(*q, 2), q->text(3)});
    return rows;
}

BadgeTrust loadTrust(storage::Database& db) {
    BadgeTrust trust;
    for (auto& row : trustedKeys(db))
        trust.keys.push_back(row.key);
    for (auto& row : revocations(db)) {
        if (row.kind == "badge")
            trust.revoked.badgeIds.insert(row.subject);
        else
            trust.revoked.memberBefore[row.subject] = row.revokedAt;
    }
    return trust;
}

}  // namespace credopass::badge::trust_store
