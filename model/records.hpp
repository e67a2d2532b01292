#pragma once
// The CredoPass records as the kiosk holds them in memory. Field names follow
// the schema document (and HQ's JSON) so the mapping stays obvious.

#include "common/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace credopass {

struct Member {
    std::string id;
    std::string email;
    std::string firstName;
    std::string lastName;
    std::optional<std::string> phone;
    TimePoint createdAt{};
    TimePoint updatedAt{};

    std::string fullName() const { return firstName + " " + lastName; }
};

enum class EventStatus { Draft, Scheduled, Ongoing, Completed, Cancelled };
std::string_view toString(EventStatus s);
std::optional<EventStatus> parseEventStatus(std::string_view s);

struct Event {
    std::string id;
    std::string name;
    std::optional<std::string> description;
    EventStatus status = EventStatus::Draft;
    TimePoint startTime{};
    TimePoint endTime{};
    std::string location;
    std::optional<std::int64_t> capacity;
    std::string hostId;
    TimePoint createdAt{};
    TimePoint updatedAt{};
};

struct AttendanceRecord {
    std::string id;
    std::string eventId;
    std::string patronId;
    bool attended = false;
    std::optional<TimePoint> checkInTime;
    std::optional<TimePoint> checkOutTime;
    std::optional<TimePoint> lastInTime;  // kiosk only

    bool isInside() const { return attended && checkInTime && !checkOutTime; }
};

// An attendance row for lists and exports: the record with the member's name.
struct AttendanceEntry {
    AttendanceRecord record;
    std::string firstName;
    std::string lastName;
    std::string email;
};

// A record HQ refused (400), or one that cannot be sent because HQ deleted
// its member or event. Kept in the outbox, shown to staff; the door's status
// and the sync's both carry this one type.
struct PoisonRecord {
    std::int64_t seq = 0;
    std::string entity;  // "attendance" | "loyalty"
    std::string entityId;
    std::string reason;
    TimePoint queuedAt{};
    bool operator==(const PoisonRecord&) const = default;
};

enum class Tier { Bronze, Silver, Gold, Platinum };
std::string_view toString(Tier t);
std::optional<Tier> parseTier(std::string_view s);
// The schema document's bands: bronze 0-99, silver 100-499, gold 500-999, platinum 1000+.
Tier tierForPoints(std::int64_t points);

struct LoyaltyRecord {
    std::string id;
    std::string patronId;
    std::string description;
    std::optional<Tier> tier;
    std::optional<std::int64_t> points;
    std::optional<std::string> reward;
    TimePoint issuedAt{};
    std::optional<TimePoint> expiresAt;
};

}  // namespace credopass
