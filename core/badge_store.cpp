#include "core/badge_store.hpp"

#include "storage/badge_trust.hpp"
#include "storage/settings.hpp"

namespace credopass::badge_store {
namespace {
constexpr const char* kPolicyKey = "badge.acceptedFormats";
}

badge::BadgePolicy loadPolicy(storage::Database& db) {
    auto stored = storage::settings::get(db, kPolicyKey);
    if (!stored) return badge::BadgePolicy{};
    auto policy = badge::BadgePolicy::parse(*stored);
    return policy ? *policy : badge::BadgePolicy{{badge::BadgeFormat::Signed}};
}

void savePolicy(storage::Database& db, const badge::BadgePolicy& policy) {
    storage::settings::set(db, kPolicyKey, policy.toString());
}

Status trustKey(storage::Database& db, const badge::PublicKey& key, std::string_view label, TimePoint now) {
    std::string id = badge::keyIdHex(key.id());
    storage::Transaction tx(db);
    auto existing = storage::badge_trust::keyHex(db, id);
    if (existing && *existing != key.hex())
        return Error{InputErrc::KeyIdClash, "another trusted key already has the id " + id + "; generate a new key"};
    storage::badge_trust::upsertKey(db, {id, key.hex(), std::string(label), now});
    tx.commit();
    return {};
}

bool untrustKey(storage::Database& db, std::string_view keyIdHex) {
    return storage::badge_trust::deleteKey(db, keyIdHex);
}

std::vector<TrustedKey> trustedKeys(storage::Database& db) {
    std::vector<TrustedKey> out;
    for (auto& row : storage::badge_trust::keys(db)) {
        auto key = badge::PublicKey::fromHex(row.publicKeyHex);
        if (!key) continue;  // the CHECK constraint makes this unreachable
        out.push_back(TrustedKey{row.keyId, *key, row.label, row.addedAt});
    }
    return out;
}

std::vector<Revocation> revocations(storage::Database& db) {
    std::vector<Revocation> out;
    for (auto& row : storage::badge_trust::revocations(db))
        out.push_back(Revocation{row.kind, row.subject, row.revokedAt, row.reason});
    return out;
}

badge::BadgeTrust loadTrust(storage::Database& db) {
    badge::BadgeTrust trust;
    for (auto& key : trustedKeys(db))
        trust.keys.push_back(key.key);
    for (auto& row : storage::badge_trust::revocations(db)) {
        if (row.kind == "badge")
            trust.revoked.badgeIds.insert(row.subject);
        else
            trust.revoked.memberBefore[row.subject] = row.revokedAt;
    }
    return trust;
}

}  // namespace credopass::badge_store
