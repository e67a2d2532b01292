#pragma once
// The kiosk's own settings, kept in the database's settings table: the one
// place every front end reads them from.

#include "common/result.hpp"
#include "core/door_mode.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string>

namespace credopass::device {

std::optional<std::string> pinnedEvent(storage::Database& db);
void setPinnedEvent(storage::Database& db, const std::optional<std::string>& eventId);

DoorMode doorMode(storage::Database& db);
void setDoorMode(storage::Database& db, DoorMode mode);

}  // namespace credopass::device
