#pragma once
// Schema version 7: the door's intents this database has taken. A door
// action is durable first in the intent log beside the database
// (storage/intent_log) and written here after the member has their answer;
// each entry's id is noted in the same transaction as its records, so an
// entry found again after a crash (its "forget" lost) is never written twice.
// Notes outlive their entry by a day, then go (applied_intents::prune).

namespace credopass::storage {

inline constexpr const char* kSchemaV7 = R"sql(
CREATE TABLE intents_applied (
  id        TEXT PRIMARY KEY NOT NULL,
  appliedAt TEXT NOT NULL
) WITHOUT ROWID;
)sql";

}  // namespace credopass::storage
