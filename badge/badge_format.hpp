#pragma once
// The kinds of text a CredoPass badge may carry. The names are an interface
// (kioskctl's JSON `format`, the accepted-formats setting).

#include <optional>
#include <string_view>

namespace credopass::badge {

enum class BadgeFormat {
    MemberId,   // a bare member UUID (the CredoPass user id)
    EventPass,  // "{eventId}:{userId}", CredoPass's web pass
    Signed,     // "CP1." + base32, Ed25519-signed; see docs/badge-format.md
};

std::string_view toString(BadgeFormat f);  // "member_id", "event_pass", "signed"
std::optional<BadgeFormat> parseBadgeFormat(std::string_view s);

}  // namespace credopass::badge
