#pragma once
// The sync's state as a front end reads it (kioskctl status, the door
// screen's sync page): a value, from the kiosk's database, on a connection of
// its own. Front ends call this, never storage.

#include "common/result.hpp"
#include "sync/sync_status.hpp"

#include <string>

namespace credopass::sync {

Result<SyncStatus> readStatus(const std::string& dbPath);

}  // namespace credopass::sync
