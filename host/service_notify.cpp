#include "host/service_notify.hpp"

#include <systemd/sd-daemon.h>

namespace credopass::host {

std::optional<Millis> watchdogPeriod() {
    std::uint64_t usec = 0;
    // > 0 only when WATCHDOG_USEC is set and WATCHDOG_PID (if set) is this process.
    if (sd_watchdog_enabled(0, &usec) <= 0 || usec == 0) return std::nullopt;
    return std::chrono::duration_cast<Millis>(std::chrono::microseconds(usec));
}

// sd_notify's answer is ignored on purpose: a service manager that cannot be
// told is no reason to stop admitting members.
void notifyReady() {
    (void)sd_notify(0, "READY=1");
}

void notifyWatchdog() {
    (void)sd_notify(0, "WATCHDOG=1");
}

void notifyStopping() {
    (void)sd_notify(0, "STOPPING=1");
}

}  // namespace credopass::host
