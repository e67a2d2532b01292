#include "core/outcome.hpp"

#include <array>
#include <utility>

namespace credopass {
namespace {

constexpr std::array<std::pair<Outcome, std::string_view>, 11> kNames{{
    {Outcome::CheckedIn, "checked_in"},
    {Outcome::CheckedOut, "checked_out"},
    {Outcome::BackIn, "back_in"},
    {Outcome::AlreadyCheckedIn, "already_checked_in"},
    {Outcome::AlreadyCheckedOut, "already_checked_out"},
    {Outcome::NotCheckedIn, "not_checked_in"},
    {Outcome::UnknownMember, "unknown_member"},
    {Outcome::NoEvent, "no_event"},
    {Outcome::EventNotOpen, "event_not_open"},
    {Outcome::EventFull, "event_full"},
    {Outcome::InvalidBadge, "invalid_badge"},
}};

}  // namespace

std::string_view toString(Outcome o) {
    for (auto [value, name] : kNames)
        if (value == o) return name;
    return "invalid_badge";
}

bool isAdmission(Outcome o) {
    return o == Outcome::CheckedIn || o == Outcome::CheckedOut || o == Outcome::BackIn;
}

}  // namespace credopass
