#pragma once
// Schema version 5: times the door wrote while it could not trust its clock.
// A Raspberry Pi has no clock battery: until NTP or HQ answers, its wall
// clock says 1970 or the last clean shutdown. Each such time is kept here
// with where in its boot it was taken, so that once a trusted time arrives in
// the same boot it can be re-stamped (the boot clock does not jump), and the
// records carrying it are held from HQ until then. Stamps are unique: an
// untrusted clock never runs below the newest stored record (core/trusted_clock).

namespace credopass::storage {

inline constexpr const char* kSchemaV5 = R"sql(
CREATE TABLE clock_stamps (
  stamp       TEXT PRIMARY KEY NOT NULL,
  bootId      TEXT NOT NULL,
  sinceBootMs INTEGER NOT NULL
);
CREATE INDEX idx_clock_stamps_bootId ON clock_stamps (bootId);
)sql";

}  // namespace credopass::storage
