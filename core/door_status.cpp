#include "core/door_status.hpp"

#include <algorithm>

namespace credopass {

Arrivals binArrivals(std::span<const TimePoint> checkIns, TimePoint now, int maxBins) {
    constexpr Millis kBin = std::chrono::minutes(10);
    Arrivals out;
    if (maxBins <= 0) return out;
    const TimePoint lastBin = now - (now.time_since_epoch() % kBin);
    TimePoint earliest = lastBin;
    for (TimePoint t : checkIns)
        earliest = std::min(earliest, t);
    TimePoint first = lastBin - kBin * (maxBins - 1);
    if (earliest > first) first = earliest - (earliest.time_since_epoch() % kBin);
    const auto bins = static_cast<std::size_t>((lastBin - first) / kBin + 1);
    out.firstBinStart = first;
    out.perTenMinutes.assign(bins, 0);
    for (TimePoint t : checkIns) {
        if (t < first || t >= lastBin + kBin) continue;
        ++out.perTenMinutes[static_cast<std::size_t>((t - first) / kBin)];
    }
    return out;
}

std::optional<Event> nextEvent(std::span<const Event> events, TimePoint now) {
    const Event* best = nullptr;
    for (const Event& e : events) {
        const bool comes = e.status == EventStatus::Scheduled || e.status == EventStatus::Ongoing;
        if (comes && e.startTime > now && (!best || e.startTime < best->startTime)) best = &e;
    }
    return best ? std::optional<Event>(*best) : std::nullopt;
}

}  // namespace credopass
