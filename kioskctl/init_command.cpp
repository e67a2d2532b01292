#include "kioskctl/context.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

void addInitCommand(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("init", "Create the database, or migrate it to this version's schema");
    cmd->callback([&ctx] {
        auto* db = ctx.database();
        if (!db) return void(ctx.exitCode = kError);
        std::cout << "database " << ctx.dbPath << " ready (schema version " << db->schemaVersion() << ")\n";
    });
}

}  // namespace credopass::ctl
