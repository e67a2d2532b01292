#pragma once
// What every kioskctl command shares: the database path (opened on first use),
// the clock, and the exit-status convention.

#include "common/clock.hpp"
#include "storage/database.hpp"

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

    // Opens the database (creating and migrating it); prints the error and
    // returns nullptr when it cannot.
    storage::Database* database();

    // Prints "credopass-kioskctl: <message>" to stderr and returns kError.
    int fail(const std::string& message) const;

    int exitCode = kOk;

private:
    std::optional<storage::Database> db_;
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

}  // namespace credopass::ctl
