#include "common/text_width.hpp"
#include "kioskctl/context.hpp"
#include "kioskctl/result_json.hpp"

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
        auto* door = ctx.reader();
        if (!door) return;
        auto found = door->members(opt->search, opt->limit);
        if (!ctx.check(found)) return;
        nlohmann::json list = nlohmann::json::array();
        for (const MemberSummary& m : *found) {
            if (opt->json) {
                list.push_back(memberJson(m.member, m.points));
            } else {
                // Padded by terminal columns, not bytes: "Núñez" and "王芳" line up with "Smith".
                std::cout << m.member.id << "  " << padColumns(m.member.fullName(), 24)
                          << padColumns(m.member.email, 36) << std::right << std::setw(6) << m.points << "  "
                          << toString(m.tier) << "\n";
            }
        }
        if (opt->json) std::cout << list.dump(2) << "\n";
    });
}

}  // namespace credopass::ctl
