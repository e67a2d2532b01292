#pragma once
// The sync process's status value, turned into what the screens show.

#include "kiosk/app/kiosk_model.hpp"
#include "sync/sync_status.hpp"

namespace credopass::kiosk {

SyncView toSyncView(const sync::SyncStatus& status);

}  // namespace credopass::kiosk
