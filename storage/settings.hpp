#pragma once
// Device settings kept in the database (pinned event, door mode, PIN hash, ...),
// so they survive restarts and travel with the data.

#include "storage/database.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace credopass::storage::settings {

std::optional<std::string> get(Database& db, std::string_view key);
void set(Database& db, std::string_view key, std::string_view value);
void erase(Database& db, std::string_view key);

}  // namespace credopass::storage::settings
