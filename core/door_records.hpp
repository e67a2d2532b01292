#pragma once
// The records of one acknowledged door action (model/door_intent), written
// into the kiosk database: the attendance row and its outbox entry, the
// loyalty award and its entry, the untrusted time's stamp, and the note that
// the database took this intent. Written against the rows as they are now,
// so a change the sync process made since the door decided (HQ's own id for
// the row, its times) is kept, not overwritten.

#include "model/door_intent.hpp"
#include "storage/database.hpp"

namespace credopass {

enum class Taken { Now, Before };

// Call it inside a write transaction. Before: this database had already
// taken the intent (a crash lost the log's "forget"); nothing was written.
Taken writeRecords(storage::Database& db, const DoorIntent& intent);

}  // namespace credopass
