#pragma once
// Which badge formats this kiosk accepts (e.g. signed only). Kept in the
// settings table under "badge.acceptedFormats" as a comma-separated list of
// format names; a kiosk that never set it accepts every format.

#include "badge/badge_format.hpp"
#include "storage/database.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace credopass::badge {

struct BadgePolicy {
    std::set<BadgeFormat> accepted{BadgeFormat::MemberId, BadgeFormat::EventPass, BadgeFormat::Signed};

    bool accepts(BadgeFormat f) const { return accepted.count(f) != 0; }
    std::string toString() const;  // "member_id,event_pass,signed"
    // "signed", "member_id, signed", "all"; nullopt for unknown names or an empty list.
    static std::optional<BadgePolicy> parse(std::string_view text);
};

// Storage errors are thrown as storage::StorageError, as in every repository.
BadgePolicy loadPolicy(storage::Database& db);
void savePolicy(storage::Database& db, const BadgePolicy& policy);

}  // namespace credopass::badge
