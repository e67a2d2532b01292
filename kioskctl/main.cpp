// credopass-kioskctl: run the kiosk's core from a shell.
#include "common/share_dir.hpp"
#include "common/text.hpp"
#include "host/log.hpp"
#include "kioskctl/context.hpp"
#include "words/language.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    using namespace credopass::ctl;
    credopass::host::setLogIdentity("credopass-kioskctl");
    Context ctx;
    // Text output in the language LANGUAGE/LC_ALL/LC_MESSAGES/LANG names; JSON never translated.
    if (auto locale = credopass::findShareDir("locale"))
        credopass::words::startLanguages(*locale, credopass::words::languageFromEnvironment());
    CLI::App app{
        "credopass-kioskctl: the CredoPass Kiosk's command-line front end.\n"
        "Exit status: 0 done, 2 refused at the door, 1 error."};
    app.option_defaults()->always_capture_default();
    app.add_option("--db", ctx.dbPath, "SQLite database file")->capture_default_str();
    app.require_subcommand(1);

    addInitCommand(app, ctx);
    addDemoCommand(app, ctx);
    addMembersCommand(app, ctx);
    addEventsCommand(app, ctx);
    addCheckinCommand(app, ctx);
    addAttendanceCommand(app, ctx);
    addBadgeCommand(app, ctx);
    addScanCommand(app, ctx);
    addSyncCommand(app, ctx);
    addStatusCommand(app, ctx);
    addPinCommand(app, ctx);
    addClockCommand(app, ctx);

    // The commands run inside parse(). Whatever escapes one (a bug, memory
    // running out, a surprise from a library) ends here as a message and
    // exit status 1, never as std::terminate's abort.
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kOk : kError;
    } catch (const std::exception& e) {
        return ctx.fail(std::string("unexpected error: ") + credopass::cleanText(e.what(), 1000));
    } catch (...) {
        return ctx.fail("unexpected error");
    }
    return ctx.exitCode;
}
