#pragma once
// The member roster (HQ's "users").

#include "model/records.hpp"
#include "storage/database.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace credopass::storage::members {

std::optional<Member> find(Database& db, std::string_view id);
// Case-insensitive match anywhere in "first last" or the email, by name.
std::vector<Member> search(Database& db, std::string_view text, int limit = 50);
std::vector<Member> all(Database& db);
std::vector<std::string> ids(Database& db);
std::int64_t count(Database& db);
// Every member's first and last name, run together: the characters the door may have to draw.
std::string allNameText(Database& db);
void upsert(Database& db, const Member& m);
bool remove(Database& db, std::string_view id);
// Gives member `id` a placeholder email no real member can have, so that a
// batch of upserts in which members swap or take each other's addresses stays
// legal (emails are unique) whatever order it runs in.
void moveEmailAside(Database& db, std::string_view id);

}  // namespace credopass::storage::members
