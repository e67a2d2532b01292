#pragma once
// Which badge formats this kiosk accepts (e.g. signed only), as a value.
// core/badge_store.hpp keeps it in the kiosk's settings.

#include "badge/badge_format.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace credopass::badge {

struct BadgePolicy {
    std::set<BadgeFormat> accepted{BadgeFormat::MemberId, BadgeFormat::EventPass, BadgeFormat::Signed};

    bool accepts(BadgeFormat f) const { return accepted.count(f) != 0; }
    // Member ids and event passes carry no signature: whoever knows an id
    // (printed on every badge, listed by HQ) can show one.
    bool acceptsUnsigned() const { return accepts(BadgeFormat::MemberId) || accepts(BadgeFormat::EventPass); }
    // The formats both accept (a stored policy within the configuration's ceiling).
    BadgePolicy within(const BadgePolicy& ceiling) const;
    std::string toString() const;  // "member_id,event_pass,signed"
    // "signed", "member_id, signed", "all"; nullopt for unknown names or an empty list.
    static std::optional<BadgePolicy> parse(std::string_view text);
};

}  // namespace credopass::badge
