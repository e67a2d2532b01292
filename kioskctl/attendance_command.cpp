#include "kioskctl/context.hpp"
#include "words/local_format.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

void addAttendanceCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string event;
        bool csv = false;
        std::string output;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("attendance", "List attendance records, or export them as CSV");
    cmd->add_option("--event", opt->event, "Only this event");
    cmd->add_flag("--csv", opt->csv, "CSV on standard output (or into --output)");
    cmd->add_option("--output", opt->output, "With --csv: write to FILE (atomically) instead");
    cmd->callback([&ctx, opt] {
        // An export into a file is audited (a write); listing only reads.
        auto* door = opt->output.empty() ? ctx.reader() : ctx.door();
        if (!door) return;
        if (opt->csv && !opt->output.empty()) {
            auto rows = door->exportAttendanceCsv(opt->event, opt->output);
            if (!ctx.check(rows)) return;
            std::cerr << words::fill(words::trn("{n} record written to {file}", "{n} records written to {file}",
                                                static_cast<long long>(*rows)),
                                     {{"file", opt->output}})
                      << "\n";
            return;
        }
        if (opt->csv) {
            ctx.check(door->writeAttendanceCsv(opt->event, std::cout));
            return;
        }
        auto entries = door->attendance(opt->event);
        if (!ctx.check(entries)) return;
        for (const auto& e : *entries) {
            const auto& r = e.record;
            const std::string in = r.checkInTime ? words::dateAndTime(*r.checkInTime) : std::string("-");
            const std::string out = r.checkOutTime ? words::dateAndTime(*r.checkOutTime) : std::string("-");
            std::cout << r.patronId << "  " << e.firstName << " " << e.lastName << "  "
                      << words::fill(words::tr("in {in}  out {out}"), {{"in", in}, {"out", out}}) << "\n";
        }
    });
}

}  // namespace credopass::ctl
