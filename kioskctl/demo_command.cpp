#include "kioskctl/context.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

void addDemoCommand(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("demo", "Load demo data: the example jazz club, tonight's event, generated members");
    auto generated = std::make_shared<int>(300);
    cmd->add_option("--members", *generated, "How many extra members to generate")->check(CLI::Range(0, 10'000'000));
    cmd->callback([&ctx, generated] {
        auto* door = ctx.door();
        if (!door) return;
        auto loaded = door->loadDemo(*generated);
        if (!ctx.check(loaded)) return;
        std::cout << words::fill(words::tr("demo data loaded into {file}: {members} members, {events} events"),
                                 {{"file", ctx.dbPath},
                                  {"members", std::to_string(loaded->members)},
                                  {"events", std::to_string(loaded->events)}})
                  << "\n"
                  << "  John Doe   " << loaded->johnId << "\n"
                  << "  Jane Smith " << loaded->janeId << "\n"
                  << "  " << words::tr("tonight's Friday Jazz Night") << " " << loaded->tonightEventId << "\n";
    });
}

}  // namespace credopass::ctl
