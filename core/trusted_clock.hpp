#pragma once
// What the door may believe about the time. A Raspberry Pi has no clock
// battery: after a power cut its wall clock reads 1970, or the last clean
// shutdown (fake-hwclock), until NTP answers. The door never stops for that
// (members must still get in), but it knows:
//  - trusted by NTP when the kernel says its clock is synchronised;
//  - trusted by HQ or staff when, in this boot, HQ's clock was read or staff
//    confirmed or set the time: an anchor "at this moment of the boot it was
//    T", from which the boot clock (which never jumps) carries the true time
//    forward, whatever the wall clock does meanwhile;
//  - untrusted otherwise: the wall clock, but never below a floor (this build's
//    time and the newest record stored), so no record goes back to 1970 and
//    every untrusted stamp is unique. Those stamps are noted with their boot
//    position (storage/clock_stamps) and re-stamped once trust arrives.
// One per door service; not thread-safe (it belongs to that service's thread).

#include "common/clock.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace credopass {

enum class ClockSource { Ntp, Hq, Staff, None };
const char* toString(ClockSource s);  // "ntp", "hq", "staff", "none": status JSON
std::optional<ClockSource> parseClockSource(std::string_view text);

struct ClockAnchor {
    BootInstant at;
    TimePoint trueTime{};
    ClockSource source = ClockSource::Staff;
};
// Settings text "bootId sinceBootMs trueTimeIso source"; nullopt when malformed.
std::string formatAnchor(const ClockAnchor& a);
std::optional<ClockAnchor> parseAnchor(std::string_view text);
// The settings key the anchor is kept under (written by sync and by staff).
inline constexpr const char* kClockAnchorKey = "clock.anchor";

struct ClockReading {
    TimePoint time{};
    bool trusted = false;
    ClockSource source = ClockSource::None;
    BootInstant boot;
};

struct ClockTrust {
    bool trusted = false;
    ClockSource source = ClockSource::None;
    // The door's time minus the system's wall clock: zero under NTP, the
    // correction an HQ or staff anchor applies; none while untrusted.
    std::optional<Millis> offset;
};

// When this build was made: no true time is earlier.
TimePoint buildTime();

class TrustedClock final : public Clock {
public:
    explicit TrustedClock(const Clock& base) : base_(base), floor_(buildTime()) {}
    TimePoint now() const override { return read().time; }
    BootInstant boot() const override { return base_.boot(); }
    bool synchronised() const override { return base_.synchronised(); }

    ClockReading read() const;
    ClockTrust trust() const;
    // The anchor as the database holds it; one from another boot is ignored.
    void setAnchor(std::optional<ClockAnchor> anchor) { anchor_ = std::move(anchor); }
    const std::optional<ClockAnchor>& anchor() const { return anchor_; }
    // A record was written at `t`: an untrusted clock stays above it.
    void raiseFloor(TimePoint t);
    const Clock& base() const { return base_; }
    // Whether this boot may have untrusted stamps still to re-stamp: true at
    // start (an earlier run of this boot may have left some) and after each
    // untrusted write; settleClock() clears it.
    bool stampsPending() const { return stampsPending_; }
    void noteUntrustedStamp() { stampsPending_ = true; }
    void stampsSettled() { stampsPending_ = false; }

private:
    const Clock& base_;
    TimePoint floor_;
    std::optional<ClockAnchor> anchor_;
    bool stampsPending_ = true;
};

}  // namespace credopass
