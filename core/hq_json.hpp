#pragma once
// The records in HQ's JSON shape (../shared/credopass-api.md): camelCase keys,
// times as ISO 8601 UTC with milliseconds, every key present (null when empty).
// Used for outbox payloads and by the sync client in both directions.

#include "common/result.hpp"
#include "common/time.hpp"
#include "model/records.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>

namespace credopass::hqjson {

// Times HQ may send. Nothing the kiosk records predates the Unix epoch (HQ
// counts in epoch milliseconds, PostgreSQL rows were written by this system),
// and a year-0000 time is a placeholder, not a date. The upper bound leaves a
// margin of a thousand years below 9999, the last year formatIso writes and
// parseIso reads back, so a far-future sentinel ("9999-12-31T23:00:00-05:00")
// is refused at the door of the kiosk instead of stored, and no arithmetic
// on a stored time (a late check-out window, an expiry) can carry it past
// what the database can hold.
inline constexpr TimePoint kEarliestTime{std::chrono::sys_days{std::chrono::year{1970} / 1 / 1}};
inline constexpr TimePoint kLatestTime{std::chrono::sys_days{std::chrono::year{9000} / 1 / 1}};

// Longest texts kept from HQ, in bytes (cut on a character boundary, "..." at the end).
inline constexpr std::size_t kMaxNameBytes = 200;       // first and last names, event names
inline constexpr std::size_t kMaxEmailBytes = 254;      // RFC 5321's longest path; longer is refused
inline constexpr std::size_t kMaxShortTextBytes = 500;  // phone, location, reward
inline constexpr std::size_t kMaxLongTextBytes = 4000;  // descriptions

// Deepest nesting accepted in a body from HQ. Its records are two levels
// deep in a list and its error bodies three; nlohmann's dump() and copies
// recurse once per level, so an answer nested a million deep would take the
// stack with it.
inline constexpr std::size_t kMaxDepth = 32;

// Follows the nesting of a JSON text fed in pieces (as it arrives), reading
// strings correctly but not validating: the HTTP client stops a transfer as
// soon as an answer nests too deep, before anything builds it.
class NestingScanner {
public:
    explicit NestingScanner(std::size_t maxDepth = kMaxDepth) : maxDepth_(maxDepth) {}
    // False once the text so far nests deeper than maxDepth (and from then on).
    bool feed(std::string_view piece);
    bool tooDeep() const { return tooDeep_; }

private:
    std::size_t maxDepth_;
    std::size_t depth_ = 0;
    bool inString_ = false;
    bool escaped_ = false;
    bool tooDeep_ = false;
};

// Parses one body from HQ. Errors (NetErrc::Protocol): nested deeper than
// maxDepth (found by a scan before parsing), or not JSON.
Result<nlohmann::json> parseBody(std::string_view body, std::size_t maxDepth = kMaxDepth);

// The raw text of `key`'s value in a top-level JSON object, as HQ wrote it
// (no parsing, no re-serialising): for messages. Best effort on a body that
// was cut short; nullopt when `body` is not an object holding `key`.
std::optional<std::string_view> rawMember(std::string_view body, std::string_view key);

// A time as HQ writes it (ISO 8601, UTC, milliseconds), or null: the one
// spelling of an optional time in every JSON the kiosk writes.
nlohmann::json timeOrNull(const std::optional<TimePoint>& t);

nlohmann::json toJson(const Member& m);
nlohmann::json toJson(const Event& e);
nlohmann::json toJson(const AttendanceRecord& a);  // the six keys POST /api/attendance requires
nlohmann::json toJson(const LoyaltyRecord& l);     // the eight keys POST /api/loyalty requires

// Strict readers: a wrong type, a missing required key, a malformed id or
// time is an Error naming the field ("bad_record").
//
// What HQ sends is read as untrusted: every text is cleaned (cleanText:
// valid UTF-8, no control characters or bidi overrides, so a name cannot
// carry terminal escapes to kioskctl or reorder the screen) and capped in
// length (kMaxNameBytes, ...); an email that would need cleaning or cutting
// is refused rather than changed (emails are unique: two cut alike would
// collide). Every time must lie in [kEarliestTime, kLatestTime).
Result<Member> memberFromJson(const nlohmann::json& j);
Result<Event> eventFromJson(const nlohmann::json& j);
Result<AttendanceRecord> attendanceFromJson(const nlohmann::json& j);
Result<LoyaltyRecord> loyaltyFromJson(const nlohmann::json& j);

}  // namespace credopass::hqjson
