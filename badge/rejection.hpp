#pragma once
// Why a badge was refused. The names are an interface: CheckinResult::reason
// and kioskctl's JSON `reason` carry them.

#include <optional>
#include <string_view>

namespace credopass::badge {

enum class Rejection {
    NotABadge,     // not any CredoPass format (URL, random text, binary, ...)
    BadSignature,  // a signed badge whose signature does not match: tampered or forged
    Expired,
    NotYetValid,
    UnknownKey,        // signed by a key this kiosk does not trust
    Revoked,           // on the kiosk's revocation list
    FormatNotAllowed,  // a valid format this kiosk's policy does not accept
};

std::string_view toString(Rejection r);  // "not_a_badge", "bad_signature", ...
std::optional<Rejection> parseRejection(std::string_view s);

}  // namespace credopass::badge
