#pragma once
// The one way a scanned text becomes a member: raw text + policy + trust +
// the time → a verdict. The door screen, kioskctl and the tests all call this
// (badge/badge_checkin.hpp wraps it for the door). Pure: no I/O, any thread.

#include "badge/badge_text.hpp"
#include "badge/policy.hpp"
#include "badge/rejection.hpp"
#include "badge/trust.hpp"
#include "common/time.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace credopass::badge {

struct BadgeVerdict {
    std::optional<ParsedBadge> badge;    // what the text said, when it parsed at all
    std::optional<Rejection> rejection;  // nullopt: accepted

    bool accepted() const { return badge.has_value() && !rejection.has_value(); }
    // Valid only when the text parsed (badge is set).
    const std::string& memberId() const { return badge->memberId; }
    const std::optional<std::string>& eventId() const { return badge->eventId; }
};

// Order of checks, so the reason shown is the most useful one: structure
// (not_a_badge), policy (format_not_allowed), key (unknown_key), signature
// (bad_signature), revocation (revoked), then time (not_yet_valid, expired).
// A signed badge expires at `expires` exactly (valid while now < expires).
BadgeVerdict checkBadge(std::string_view text, const BadgePolicy& policy, const BadgeTrust& trust, TimePoint now);

}  // namespace credopass::badge
