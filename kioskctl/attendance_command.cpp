#include "core/attendance_export.hpp"
#include "kioskctl/context.hpp"
#include "storage/attendance.hpp"
#include "storage/sqlite_error.hpp"

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
        auto* db = ctx.database();
        if (!db) return void(ctx.exitCode = kError);
        if (opt->csv && !opt->output.empty()) {
            auto rows = exportAttendanceCsv(*db, opt->event, opt->output);
            if (!rows) return void(ctx.exitCode = ctx.fail(rows.error().message));
            std::cerr << *rows << " records written to " << opt->output << "\n";
            return;
        }
        if (opt->csv) {
            if (auto s = writeAttendanceCsv(*db, opt->event, std::cout); !s) ctx.exitCode = ctx.fail(s.error().message);
            return;
        }
        try {
            for (const auto& e : storage::attendance::list(*db, opt->event)) {
                const auto& r = e.record;
                std::cout << r.patronId << "  " << e.firstName << " " << e.lastName << "  in "
                          << (r.checkInTime ? formatLocalDateTime(*r.checkInTime) : std::string("-")) << "  out "
                          << (r.checkOutTime ? formatLocalDateTime(*r.checkOutTime) : std::string("-")) << "\n";
            }
        } catch (const storage::StorageError& e) {
            ctx.exitCode = ctx.fail(e.error().message);
        }
    });
}

}  // namespace credopass::ctl
