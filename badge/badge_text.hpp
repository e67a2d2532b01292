#pragma once
// Badge text → a value, or "not a CredoPass badge". This is structure only:
// no keys, no clock, no policy (badge/verifier.hpp adds those). Safe on any
// input: kilobytes of binary, invalid UTF-8, control characters.

#include "badge/badge_format.hpp"
#include "badge/signed_badge.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace credopass::badge {

// Longer texts are refused before any parsing; every real badge is far shorter.
inline constexpr std::size_t kMaxBadgeText = 512;

struct ParsedBadge {
    BadgeFormat format = BadgeFormat::MemberId;
    std::string memberId;                    // canonical lowercase UUID
    std::optional<std::string> eventId;      // canonical lowercase UUID
    std::optional<SignedBadge> signedBadge;  // for BadgeFormat::Signed
};

// Leading and trailing spaces, tabs, CR and LF are ignored (scanners add them);
// anything else that is not exactly one of the formats gives nullopt.
std::optional<ParsedBadge> parseBadgeText(std::string_view text);

}  // namespace credopass::badge
