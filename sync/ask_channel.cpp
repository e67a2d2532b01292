#include "sync/ask_channel.hpp"

#include "storage/database.hpp"
#include "storage/settings.hpp"

#include <array>
#include <cstdlib>

namespace credopass::sync {
namespace {

struct AskRow {
    SyncAsk ask;
    const char* key;
};
constexpr std::array<AskRow, 3> kRows{{
    {SyncAsk::Now, "sync.ask.now"},
    {SyncAsk::RetryHeld, "sync.ask.retryHeld"},
    {SyncAsk::ApplyHeldRoster, "sync.ask.applyHeldRoster"},
}};

const char* keyOf(SyncAsk ask) {
    switch (ask) {
        case SyncAsk::Now: return kRows[0].key;
        case SyncAsk::RetryHeld: return kRows[1].key;
        case SyncAsk::ApplyHeldRoster: return kRows[2].key;
    }
    return kRows[0].key;
}

}  // namespace

void postAsk(storage::Database& db, SyncAsk ask) {
    storage::Transaction tx(db);
    auto stamp = storage::settings::get(db, keyOf(ask));
    // Whatever was there before (even text no build of ours writes) becomes 1.
    long long next = stamp ? std::strtoll(stamp->c_str(), nullptr, 10) + 1 : 1;
    if (next < 1) next = 1;
    storage::settings::set(db, keyOf(ask), std::to_string(next));
    tx.commit();
}

std::vector<TakenAsk> pendingAsks(storage::Database& db) {
    std::vector<TakenAsk> asks;
    for (const auto& row : kRows)
        if (auto stamp = storage::settings::get(db, row.key)) asks.push_back({row.ask, *stamp});
    return asks;
}

void settleAsks(storage::Database& db, const std::vector<TakenAsk>& served) {
    if (served.empty()) return;
    storage::Transaction tx(db);
    for (const auto& taken : served)
        if (storage::settings::get(db, keyOf(taken.ask)) == taken.stamp) storage::settings::erase(db, keyOf(taken.ask));
    tx.commit();
}

}  // namespace credopass::sync
