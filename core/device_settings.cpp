#include "core/device_settings.hpp"

#include "storage/settings.hpp"

namespace credopass::device {
namespace {
constexpr const char* kPinnedEvent = "door.pinnedEvent";
constexpr const char* kDoorMode = "door.mode";
}  // namespace

std::optional<std::string> pinnedEvent(storage::Database& db) {
    return storage::settings::get(db, kPinnedEvent);
}

void setPinnedEvent(storage::Database& db, const std::optional<std::string>& eventId) {
    if (eventId)
        storage::settings::set(db, kPinnedEvent, *eventId);
    else
        storage::settings::erase(db, kPinnedEvent);
}

DoorMode doorMode(storage::Database& db) {
    auto value = storage::settings::get(db, kDoorMode);
    return value ? parseDoorMode(*value).value_or(DoorMode::Auto) : DoorMode::Auto;
}

void setDoorMode(storage::Database& db, DoorMode mode) {
    storage::settings::set(db, kDoorMode, toString(mode));
}

}  // namespace credopass::device
