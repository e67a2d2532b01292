#pragma once
// The sync outbox: changes recorded at the door that HQ has not confirmed yet.
// Written in the same transaction as the change itself, so a record can never
// exist locally without its way to HQ (or the other way round).

#include "common/time.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::storage::outbox {

struct Entry {
    std::int64_t seq = 0;
    std::string entity;  // "attendance" | "loyalty"
    std::string entityId;
    std::string op;       // "create" | "update"
    std::string payload;  // JSON with HQ's field names
    TimePoint queuedAt{};
    std::int64_t attempts = 0;
    std::optional<TimePoint> nextAttemptAt;
    std::optional<std::string> lastError;
    std::optional<std::string> poisonReason;
};

void enqueue(Database& db, std::string_view entity, std::string_view entityId, std::string_view op,
             std::string_view payload, TimePoint now);
// Oldest first, excluding poison records, those waiting out a back-off and
// those carrying a time written while the clock was untrusted (clock_stamps).
// `longestWait`: no back-off is longer (the sync's cap). A record due further
// off than that was timed by a clock that has since been set back (a board
// without a clock battery corrected by NTP): it is due now, not next year.
std::vector<Entry> due(Database& db, TimePoint now, int limit, std::optional<Millis> longestWait = std::nullopt);
std::vector<Entry> poison(Database& db);
std::vector<Entry> all(Database& db);
std::optional<Entry> find(Database& db, std::int64_t seq);

void remove(Database& db, std::int64_t seq);
void markRetry(Database& db, std::int64_t seq, std::string_view error, TimePoint nextAttempt);
void markPoison(Database& db, std::int64_t seq, std::string_view reason);
// Gives a poison record another go (after staff fixed the cause).
void clearPoison(Database& db, std::int64_t seq);

// Ids of the members and events that records still in the outbox (waiting
// or poison) name: rows the pull must not delete, or the record would lose
// what it refers to before HQ has said whether it holds it.
struct Referenced {
    std::vector<std::string> members;
    std::vector<std::string> events;
};
Referenced referenced(Database& db);
// Ids of `entity` records with changes still in the outbox (waiting or poison).
std::vector<std::string> queuedIds(Database& db, std::string_view entity);
// When the earliest record waiting out a back-off becomes due.
std::optional<TimePoint> earliestRetry(Database& db);
// Gives every poison record another go; the number of records.
std::int64_t clearAllPoison(Database& db);

struct Counts {
    std::int64_t waiting = 0;  // not yet confirmed by HQ, poison excluded
    std::int64_t poison = 0;
};
Counts counts(Database& db);

}  // namespace credopass::storage::outbox
