#include "badge/badge_format.hpp"

namespace credopass::badge {

std::string_view toString(BadgeFormat f) {
    switch (f) {
        case BadgeFormat::MemberId: return "member_id";
        case BadgeFormat::EventPass: return "event_pass";
        case BadgeFormat::Signed: return "signed";
    }
    return "";
}

std::optional<BadgeFormat> parseBadgeFormat(std::string_view s) {
    for (BadgeFormat f : {BadgeFormat::MemberId, BadgeFormat::EventPass, BadgeFormat::Signed}) {
        if (toString(f) == s) return f;
    }
    return std::nullopt;
}

}  // namespace credopass::badge
