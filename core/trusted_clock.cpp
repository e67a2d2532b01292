#include "core/trusted_clock.hpp"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace credopass {

const char* toString(ClockSource s) {
    switch (s) {
        case ClockSource::Ntp: return "ntp";
        case ClockSource::Hq: return "hq";
        case ClockSource::Staff: return "staff";
        case ClockSource::None: return "none";
    }
    return "none";
}

std::optional<ClockSource> parseClockSource(std::string_view text) {
    for (ClockSource s : {ClockSource::Ntp, ClockSource::Hq, ClockSource::Staff, ClockSource::None})
        if (text == toString(s)) return s;
    return std::nullopt;
}

std::string formatAnchor(const ClockAnchor& a) {
    return a.at.bootId + " " + std::to_string(a.at.sinceBoot.count()) + " " + formatIso(a.trueTime) + " " +
           toString(a.source);
}

std::optional<ClockAnchor> parseAnchor(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::string boot, since, when, source;
    if (!(in >> boot >> since >> when >> source)) return std::nullopt;
    Millis::rep ms = 0;
    auto [end, ec] = std::from_chars(since.data(), since.data() + since.size(), ms);
    auto t = parseIso(when);
    auto s = parseClockSource(source);
    if (ec != std::errc{} || end != since.data() + since.size() || ms < 0 || !t || !s || *s == ClockSource::None)
        return std::nullopt;
    return ClockAnchor{{boot, Millis(ms)}, *t, *s};
}

TimePoint buildTime() {
    // CREDOPASS_BUILD_EPOCH_MS: set by CMake from the configure time (or SOURCE_DATE_EPOCH).
    return TimePoint(Millis(CREDOPASS_BUILD_EPOCH_MS));
}

ClockReading TrustedClock::read() const {
    BootInstant boot = base_.boot();
    if (base_.synchronised()) return {base_.now(), true, ClockSource::Ntp, std::move(boot)};
    if (anchor_ && anchor_->at.bootId == boot.bootId) {
        const TimePoint t = anchor_->trueTime + (boot.sinceBoot - anchor_->at.sinceBoot);
        return {t, true, anchor_->source, std::move(boot)};
    }
    return {std::max(base_.now(), floor_ + Millis(1)), false, ClockSource::None, std::move(boot)};
}

ClockTrust TrustedClock::trust() const {
    const ClockReading r = read();
    if (!r.trusted) return {};
    return {true, r.source, r.time - base_.now()};
}

void TrustedClock::raiseFloor(TimePoint t) {
    floor_ = std::max(floor_, t);
}

}  // namespace credopass
