#pragma once
// Schema version 3: the door asks "which events are open now?" on every scan.
// With (status, startTime) it reads only the scheduled events that have
// already opened, not every future one.

namespace credopass::storage {

inline constexpr const char* kSchemaV3 = R"sql(
CREATE INDEX idx_events_status_startTime ON events (status, startTime);
)sql";

}  // namespace credopass::storage
