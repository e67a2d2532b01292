#pragma once
// Telling systemd how this process is doing (sd_notify from libsystemd), for
// the units' Type=notify and WatchdogSec=:
//   notifyReady()     once it serves (the door: its first frame is on screen)
//   notifyWatchdog()  while it is healthy, more often than watchdogPeriod()
//   notifyStopping()  on the way out
// Outside a unit (a terminal, a test) NOTIFY_SOCKET is unset and every call
// does nothing.

#include "common/time.hpp"

#include <optional>

namespace credopass::host {

// WatchdogSec= of the unit this process runs in, when it is ours to ping.
std::optional<Millis> watchdogPeriod();
void notifyReady();
void notifyWatchdog();
void notifyStopping();

}  // namespace credopass::host
