#include "badge/rejection.hpp"

namespace credopass::badge {

std::string_view toString(Rejection r) {
    switch (r) {
        case Rejection::NotABadge: return "not_a_badge";
        case Rejection::BadSignature: return "bad_signature";
        case Rejection::Expired: return "expired";
        case Rejection::NotYetValid: return "not_yet_valid";
        case Rejection::UnknownKey: return "unknown_key";
        case Rejection::Revoked: return "revoked";
        case Rejection::FormatNotAllowed: return "format_not_allowed";
    }
    return "";
}

std::optional<Rejection> parseRejection(std::string_view s) {
    for (Rejection r : {Rejection::NotABadge, Rejection::BadSignature, Rejection::Expired, Rejection::NotYetValid,
                        Rejection::UnknownKey, Rejection::Revoked, Rejection::FormatNotAllowed}) {
        if (toString(r) == s) return r;
    }
    return std::nullopt;
}

}  // namespace credopass::badge
