#include "badge/verifier.hpp"

#include <algorithm>

namespace credopass::badge {
namespace {

std::optional<Rejection> checkSigned(const SignedBadge& badge, const BadgeTrust& trust, TimePoint now) {
    // Ids are 4 bytes, so two trusted keys could share one: try each that matches.
    bool keyKnown = false;
    bool signatureOk = false;
    auto message = signedMessage(badge.body);
    for (const PublicKey& key : trust.keys) {
        if (key.id() != badge.keyId) continue;
        keyKnown = true;
        if (signatureMatches(key, message, badge.signature)) {
            signatureOk = true;
            break;
        }
    }
    if (!keyKnown) return Rejection::UnknownKey;
    if (!signatureOk) return Rejection::BadSignature;

    if (trust.revoked.badgeIds.count(badgeId(badge)) != 0) return Rejection::Revoked;
    auto member = trust.revoked.memberBefore.find(badge.claims.member.toString());
    if (member != trust.revoked.memberBefore.end() && badge.claims.issued() <= member->second)
        return Rejection::Revoked;

    if (now < badge.claims.validFrom) return Rejection::NotYetValid;
    if (now >= badge.claims.expires) return Rejection::Expired;
    return std::nullopt;
}

}  // namespace

BadgeVerdict checkBadge(std::string_view text, const BadgePolicy& policy, const BadgeTrust& trust, TimePoint now) {
    BadgeVerdict verdict;
    verdict.badge = parseBadgeText(text);
    if (!verdict.badge) {
        verdict.rejection = Rejection::NotABadge;
        return verdict;
    }
    if (!policy.accepts(verdict.badge->format)) {
        verdict.rejection = Rejection::FormatNotAllowed;
        return verdict;
    }
    if (verdict.badge->signedBadge) verdict.rejection = checkSigned(*verdict.badge->signedBadge, trust, now);
    return verdict;
}

}  // namespace credopass::badge
