#pragma once
// Schema version 6: each member's name and email folded for search
// (common/text_fold.hpp), so that staff typing "nunez" on the touchscreen's
// keyboard find Núñez, and "ivan" Иван. Kept in the row, written with it by members::upsert:
// folding is ICU's work, too slow to redo over every row at each keystroke.
// credopass_fold() is the connection's own SQL function (storage/database.cpp).
// The email follows the name after U+001F, which no keyboard types, so a
// search never matches across the two ("e " is in "Jane Smith", not in "Doe"
// and "john@").

namespace credopass::storage {

inline constexpr const char* kSchemaV6 = R"sql(
ALTER TABLE users ADD COLUMN searchKey TEXT NOT NULL DEFAULT '';
UPDATE users SET searchKey = credopass_fold(firstName || ' ' || lastName || char(31) || email);
)sql";

}  // namespace credopass::storage
