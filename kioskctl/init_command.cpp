#include "kioskctl/context.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

void addInitCommand(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("init", "Create the database, or migrate it to this version's schema");
    cmd->callback([&ctx] {
        auto* door = ctx.door();
        if (!door) return;
        auto version = door->schemaVersion();
        if (!ctx.check(version)) return;
        std::cout << words::fill(words::tr("database {file} ready (schema version {version})"),
                                 {{"file", ctx.dbPath}, {"version", std::to_string(*version)}})
                  << "\n";
    });
}

}  // namespace credopass::ctl
