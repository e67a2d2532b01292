#pragma once
// What every kioskctl command shares: the door service over the database
// (opened on first use), the clock, and the exit-status convention. Commands
// talk to the door service only, never to storage.

#include "common/clock.hpp"
#include "core/door_service.hpp"

#include <iosfwd>
#include <optional>
#include <string>

namespace CLI {
class App;
}

namespace credopass::ctl {

// 0: done (the member was let in or out); 2: the door refused; 1: an error.
enum Exit : int { kOk = 0, kError = 1, kRefused = 2 };

class Context {
public:
    std::string dbPath = "credopass-kiosk.db";
    SystemClock clock;

    // The door service over the database (created and migrated when
    // missing); prints the error and returns nullptr when it cannot open.
    DoorService* door();
    // The same for commands that only read (status, members, events,
    // attendance): an existing database is opened read-only, so they work
    // on a read-only file system too (a card mounted ro, a rescue boot).
    DoorService* reader();

    // Prints "credopass-kioskctl: <message>" to stderr and returns kError.
    int fail(const std::string& message) const;
    // Sets exitCode from `s`: kOk, or kError with the message printed. False on error.
    bool check(const Status& s);
    template <class T>
    bool check(const Result<T>& r) {
        if (r) return true;
        exitCode = fail(r.error().message);
        return false;
    }

    int exitCode = kOk;

private:
    DoorService* open(bool readOnly);
    std::optional<DoorService> door_;
};

// Each command file adds its subcommand to the app; the callback sets ctx.exitCode.
void addInitCommand(CLI::App& app, Context& ctx);
void addDemoCommand(CLI::App& app, Context& ctx);
void addMembersCommand(CLI::App& app, Context& ctx);
void addEventsCommand(CLI::App& app, Context& ctx);
void addCheckinCommand(CLI::App& app, Context& ctx);
void addAttendanceCommand(CLI::App& app, Context& ctx);
void addBadgeCommand(CLI::App& app, Context& ctx);
void addScanCommand(CLI::App& app, Context& ctx);
void addSyncCommand(CLI::App& app, Context& ctx);
void addStatusCommand(CLI::App& app, Context& ctx);
void addPinCommand(CLI::App& app, Context& ctx);
void addClockCommand(CLI::App& app, Context& ctx);

// "clock:           trusted (NTP)" and the like: status and clock print it.
std::string clockLine(const ClockState& c);

}  // namespace credopass::ctl
