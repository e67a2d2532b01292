#include "badge/policy.hpp"

#include "common/text.hpp"
#include "storage/settings.hpp"

namespace credopass::badge {
namespace {
constexpr const char* kSettingKey = "badge.acceptedFormats";
}

std::string BadgePolicy::toString() const {
    std::string out;
    for (BadgeFormat f : accepted) {
        if (!out.empty()) out += ',';
        out += badge::toString(f);
    }
    return out;
}

std::optional<BadgePolicy> BadgePolicy::parse(std::string_view text) {
    if (trim(text) == "all") return BadgePolicy{};
    BadgePolicy policy{{}};
    while (!text.empty()) {
        auto comma = text.find(',');
        std::string_view item = trim(text.substr(0, comma));
        auto format = parseBadgeFormat(item);
        if (!format) return std::nullopt;
        policy.accepted.insert(*format);
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    }
    if (policy.accepted.empty()) return std::nullopt;
    return policy;
}

BadgePolicy loadPolicy(storage::Database& db) {
    auto stored = storage::settings::get(db, kSettingKey);
    if (!stored) return BadgePolicy{};
    // A setting we cannot read must not open the door wider: accept signed only.
    auto policy = BadgePolicy::parse(*stored);
    return policy ? *policy : BadgePolicy{{BadgeFormat::Signed}};
}

void savePolicy(storage::Database& db, const BadgePolicy& policy) {
    storage::settings::set(db, kSettingKey, policy.toString());
}

}  // namespace credopass::badge
