#include "common/clock.hpp"

#include <sys/timex.h>

#include <ctime>
#include <filesystem>
#include <fstream>

namespace credopass {
namespace {

std::string readBootId() {
    std::ifstream in("/proc/sys/kernel/random/boot_id");
    std::string id;
    std::getline(in, id);
    // Without /proc (a very bare container) the process's start stands in:
    // it is at least never mistaken for another boot's.
    return id.empty() ? "unknown-" + std::to_string(std::time(nullptr)) : id;
}

}  // namespace

TimePoint SystemClock::now() const {
    return std::chrono::time_point_cast<Millis>(std::chrono::system_clock::now());
}

BootInstant SystemClock::boot() const {
    // Never destroyed: the door worker's thread reads it every second, and
    // may still run while exit() tears statics down (Xlib calls exit() when
    // the X server goes away; that read of a destroyed string was a
    // use-after-free ASan caught in e2e_pin_race).
    static const std::string& id = *new std::string(readBootId());  // NOLINT(cppcoreguidelines-owning-memory)
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return {id, Millis(static_cast<Millis::rep>(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000)};
}

bool SystemClock::synchronised() const {
    // adjtimex with no modes only reads. The kernel clears STA_UNSYNC once an
    // NTP daemon disciplines the clock; systemd-timesyncd, which only steps
    // it, leaves this file instead.
    timex tx{};
    if (adjtimex(&tx) != -1 && (tx.status & STA_UNSYNC) == 0) return true;
    std::error_code ec;
    return std::filesystem::exists("/run/systemd/timesync/synchronized", ec);
}

}  // namespace credopass
