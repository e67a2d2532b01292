#pragma once
// How staff's asks ("Sync now", "Retry held", "Apply roster anyway") travel
// from the door's process to the sync process: through the database both
// already share, as one settings row per kind of ask.
//
// Why the database and not a socket, pipe or signal: the door's unit has no
// network at all (PrivateNetwork=yes, AF_UNIX only) and no runtime directory
// shared with the sync unit; the database is already writable by both, under
// the same user, with WAL letting each write without waiting for the other.
// An ask survives a restart of either side (it waits until the sync process
// serves it), and costs the sync process one read of three rows every half
// second.
//
// A row's value is a counter the door bumps on every ask. The sync process
// notes the values it took and, once the round they asked for is over,
// settles them: deletes each row still holding the value it took. An ask
// made again during that round changed the value, so it stays for the next.

#include "sync/sync_ask.hpp"

#include <string>
#include <vector>

namespace credopass::storage {
class Database;
}

namespace credopass::sync {

struct TakenAsk {
    SyncAsk ask = SyncAsk::Now;
    std::string stamp;  // the row's value when taken
};

// The door: asks once more (one short transaction).
void postAsk(storage::Database& db, SyncAsk ask);
// The sync process: the asks waiting now, oldest kind first.
std::vector<TakenAsk> pendingAsks(storage::Database& db);
// The sync process, after the round: removes the asks it served.
void settleAsks(storage::Database& db, const std::vector<TakenAsk>& served);

}  // namespace credopass::sync
