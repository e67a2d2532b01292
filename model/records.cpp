#include "model/records.hpp"

#include <array>
#include <utility>

namespace credopass {
namespace {

constexpr std::array<std::pair<EventStatus, std::string_view>, 5> kStatuses{{
    {EventStatus::Draft, "draft"},
    {EventStatus::Scheduled, "scheduled"},
    {EventStatus::Ongoing, "ongoing"},
    {EventStatus::Completed, "completed"},
    {EventStatus::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<Tier, std::string_view>, 4> kTiers{{
    {Tier::Bronze, "bronze"},
    {Tier::Silver, "silver"},
    {Tier::Gold, "gold"},
    {Tier::Platinum, "platinum"},
}};

}  // namespace

std::string_view toString(EventStatus s) {
    for (auto [value, name] : kStatuses)
        if (value == s) return name;
    return "draft";
}

std::optional<EventStatus> parseEventStatus(std::string_view s) {
    for (auto [value, name] : kStatuses)
        if (name == s) return value;
    return std::nullopt;
}

std::string_view toString(Tier t) {
    for (auto [value, name] : kTiers)
        if (value == t) return name;
    return "bronze";
}

std::optional<Tier> parseTier(std::string_view s) {
    for (auto [value, name] : kTiers)
        if (name == s) return value;
    return std::nullopt;
}

Tier tierForPoints(std::int64_t points) {
    if (points >= 1000) return Tier::Platinum;
    if (points >= 500) return Tier::Gold;
    if (points >= 100) return Tier::Silver;
    return Tier::Bronze;
}

}  // namespace credopass
