#pragma once
// What the door answers. The names are an interface (kioskctl's JSON `outcome`).

#include <optional>
#include <string_view>

namespace credopass {

enum class Outcome {
    CheckedIn,  // first entry
    CheckedOut,
    BackIn,             // entry after a check-out; the first check-in time is kept
    AlreadyCheckedIn,   // a repeat scan inside the dedup window, or an in-only door
    AlreadyCheckedOut,  // out-only door, member already out
    NotCheckedIn,       // out-only door, member never came in
    UnknownMember,
    NoEvent,
    EventNotOpen,  // a pinned event that is draft, cancelled or completed
    EventFull,
    InvalidBadge,  // the badge layer refused the code before the door saw a member
};

std::string_view toString(Outcome o);  // "checked_in", ...

// True when the member was let in or out (a record was written).
bool isAdmission(Outcome o);

}  // namespace credopass
