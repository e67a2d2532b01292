#include "kioskctl/context.hpp"
#include "kioskctl/result_json.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/sqlite_error.hpp"

#include <CLI/CLI.hpp>

#include <iomanip>
#include <iostream>

namespace credopass::ctl {

void addMembersCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string search;
        bool json = false;
        int limit = 0;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("members", "List members (id, name, email, points, tier)");
    cmd->add_option("--search", opt->search, "Only members whose name or email contains TEXT");
    cmd->add_option("--limit", opt->limit, "At most N members (0: all)")->check(CLI::NonNegativeNumber);
    cmd->add_flag("--json", opt->json, "Print a JSON array");
    cmd->callback([&ctx, opt] {
        auto* db = ctx.database();
        if (!db) return void(ctx.exitCode = kError);
        try {
            auto found = opt->search.empty() ? storage::members::all(*db)
                                             : storage::members::search(*db, opt->search, opt->limit ? opt->limit : -1);
            if (opt->limit > 0 && found.size() > static_cast<size_t>(opt->limit))
                found.resize(static_cast<size_t>(opt->limit));
            auto now = ctx.clock.now();
            nlohmann::json list = nlohmann::json::array();
            for (const Member& m : found) {
                auto points = storage::loyalty::unexpiredPoints(*db, m.id, now);
                if (opt->json) {
                    list.push_back(memberJson(m, points));
                } else {
                    std::cout << m.id << "  " << std::left << std::setw(24) << m.fullName() << std::setw(36) << m.email
                              << std::right << std::setw(6) << points << "  " << toString(tierForPoints(points))
                              << "\n";
                }
            }
            if (opt->json) std::cout << list.dump(2) << "\n";
        } catch (const storage::StorageError& e) {
            ctx.exitCode = ctx.fail(e.error().message);
        }
    });
}

}  // namespace credopass::ctl
