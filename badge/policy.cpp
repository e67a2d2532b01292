#include "badge/policy.hpp"

#include "common/text.hpp"

namespace credopass::badge {
std::string BadgePolicy::toString() const {
    std::string out;
    for (BadgeFormat f : accepted) {
        if (!out.empty()) out += ',';
        out += badge::toString(f);
    }
    return out;
}

BadgePolicy BadgePolicy::within(const BadgePolicy& ceiling) const {
    BadgePolicy both{{}};
    for (BadgeFormat f : accepted)
        if (ceiling.accepts(f)) both.accepted.insert(f);
    return both;
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

}  // namespace credopass::badge
