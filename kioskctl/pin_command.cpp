// credopass-kioskctl pin: set the staff PIN. The PIN is read from standard
// input, never taken as an argument, so it stays out of the shell history and
// of `ps`. The rule (at least kMinPinDigits digits) is the door service's: a
// PIN it refuses is an error (exit 1) that says why.
#include "core/pin_format.hpp"
#include "kioskctl/context.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace credopass::ctl {
namespace {

// Reads one line; on a terminal, asks for it and keeps the digits off the screen.
std::string readPin() {
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::cerr << words::fill(words::tr("New staff PIN ({min} to {max} digits): "),
                                 {{"min", std::to_string(kMinPinDigits)}, {"max", std::to_string(kMaxPinDigits)}})
                  << std::flush;
    }
    std::string pin;
    std::getline(std::cin, pin);
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::cerr << "\n";
    }
    if (!pin.empty() && pin.back() == '\r') pin.pop_back();  // typed on a Windows terminal
    return pin;
}

}  // namespace

void addPinCommand(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("pin", "Set the staff PIN (" + std::to_string(kMinPinDigits) + " to " +
                                              std::to_string(kMaxPinDigits) +
                                              " digits), read from standard input; only its Argon2id hash is stored");
    cmd->callback([&ctx] {
        auto* door = ctx.door();
        if (!door) return;
        if (!ctx.check(door->setPin(readPin()))) return;
        std::cout << words::fill(words::tr("staff PIN stored in {file} (Argon2id hash only)"), {{"file", ctx.dbPath}})
                  << "\n";
    });
}

}  // namespace credopass::ctl
