#pragma once
// HQ's clock, for a kiosk that cannot trust its own (core/trusted_clock.hpp).
// GET /api/health answers {"status":"ok","timestamp":<epoch ms>}; half the
// round trip, measured on the boot clock, is added, so the anchor is as good
// as the link's symmetry (a few milliseconds to a second: far finer than a
// check-in needs).

#include "common/clock.hpp"
#include "core/trusted_clock.hpp"
#include "sync/http_client.hpp"

#include <optional>

namespace credopass::sync {

// None when HQ did not answer, or answered something that is not a time
// (not JSON, no integer timestamp, before this build or past year 9999).
std::optional<ClockAnchor> readHqTime(HttpClient& http, const Clock& clock);

}  // namespace credopass::sync
