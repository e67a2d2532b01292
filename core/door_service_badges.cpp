// The door service: what the kiosk trusts (keys, revocations, policy).
#include "core/badge_store.hpp"
#include "core/door_service_impl.hpp"
#include "storage/badge_trust.hpp"

namespace credopass {

Result<badge::BadgePolicy> DoorService::badgePolicy() {
    return guarded([&]() -> Result<badge::BadgePolicy> { return impl_->current().policy; });
}

Status DoorService::setBadgePolicy(const badge::BadgePolicy& policy) {
    return guarded([&]() -> Status {
        badge_store::savePolicy(impl_->db, policy);
        impl_->stale = true;
        return {};
    });
}

Status DoorService::trustKey(const badge::PublicKey& key, std::string_view label) {
    return guarded([&]() -> Status {
        impl_->stale = true;
        return badge_store::trustKey(impl_->db, key, label, impl_->clock.now());
    });
}

Result<bool> DoorService::untrustKey(std::string_view keyIdHex) {
    return guarded([&]() -> Result<bool> {
        impl_->stale = true;
        return badge_store::untrustKey(impl_->db, keyIdHex);
    });
}

Result<std::vector<TrustedKey>> DoorService::trustedKeys() {
    return guarded([&]() -> Result<std::vector<TrustedKey>> { return badge_store::trustedKeys(impl_->db); });
}

Result<std::vector<Revocation>> DoorService::revocations() {
    return guarded([&]() -> Result<std::vector<Revocation>> { return badge_store::revocations(impl_->db); });
}

Status DoorService::revokeBadge(std::string_view badgeId, std::string_view reason) {
    return guarded([&]() -> Status {
        storage::badge_trust::revokeBadge(impl_->db, badgeId, impl_->clock.now(), reason);
        impl_->stale = true;
        return {};
    });
}

Status DoorService::revokeMember(std::string_view memberId, std::string_view reason) {
    return guarded([&]() -> Status {
        storage::badge_trust::revokeMember(impl_->db, memberId, impl_->clock.now(), reason);
        impl_->stale = true;
        return {};
    });
}

}  // namespace credopass
