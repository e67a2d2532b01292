#include "sync/hq_time.hpp"

#include "core/hq_json.hpp"

namespace credopass::sync {

std::optional<ClockAnchor> readHqTime(HttpClient& http, const Clock& clock) {
    const BootInstant sent = clock.boot();
    auto answer = http.get("/api/health", Millis{0}, BodyKind::Record);
    const BootInstant received = clock.boot();
    if (!answer || answer->status != 200 || received.bootId != sent.bootId) return std::nullopt;
    auto body = hqjson::parseBody(answer->body);
    if (!body || !body->is_object()) return std::nullopt;
    auto it = body->find("timestamp");
    if (it == body->end() || !it->is_number_integer()) return std::nullopt;
    const auto ms = it->get<std::int64_t>();
    constexpr std::int64_t kYear9999 = 253'402'300'799'000;
    if (ms < buildTime().time_since_epoch().count() || ms > kYear9999) return std::nullopt;
    const Millis halfTrip = (received.sinceBoot - sent.sinceBoot) / 2;
    return ClockAnchor{received, TimePoint(Millis(ms)) + halfTrip, ClockSource::Hq};
}

}  // namespace credopass::sync
