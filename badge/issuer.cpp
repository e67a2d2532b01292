#include "badge/issuer.hpp"

namespace credopass::badge {

Result<std::string> issueBadge(const SecretKey& key, const BadgeClaims& claims) {
    if (!representable(claims.validFrom) || !representable(claims.expires) || !representable(claims.issued()))
        return Error{InputErrc::BadTimes, "badge times must lie between 1970 and 2106"};
    if (std::chrono::floor<std::chrono::seconds>(claims.expires) <=
        std::chrono::floor<std::chrono::seconds>(claims.validFrom))
        return Error{InputErrc::BadTimes, "a badge must expire after it becomes valid"};
    std::vector<std::uint8_t> body = encodeBody(claims, key.publicKey().id());
    return formatSignedBadge(body, key.sign(signedMessage(body)));
}

}  // namespace credopass::badge
