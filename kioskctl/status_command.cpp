// credopass-kioskctl status: what the sync thread last knew, and what waits.
#include "common/text.hpp"
#include "kioskctl/context.hpp"
#include "sync/status_reader.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

void addStatusCommand(CLI::App& app, Context& ctx) {
    auto json = std::make_shared<bool>(false);
    auto* cmd =
        app.add_subcommand("status", "Show sync state: records waiting, records HQ refused, last success/error");
    cmd->add_flag("--json", *json, "Print one JSON object");
    cmd->callback([&ctx, json] {
        auto status = sync::readStatus(ctx.dbPath);
        if (!ctx.check(status)) return;
        const auto& s = *status;
        // Reasons hold HQ's words. Those stored by this build are clean
        // already; a database written by an older one may hold invalid UTF-8
        // (JSON gets U+FFFD instead of an exception) or terminal escapes
        // (the text form drops them).
        if (*json) {
            std::cout << sync::toJson(s).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
            return;
        }
        std::cout << "HQ connection:   " << sync::toString(s.connection) << "\n"
                  << "records waiting: " << s.waiting << "\n"
                  << "last success:    " << (s.lastSuccess ? formatLocalDateTime(*s.lastSuccess) : "never") << "\n"
                  << "last error:      "
                  << (s.lastError ? cleanText(*s.lastError) + " (" +
                                        formatLocalDateTime(s.lastErrorAt.value_or(TimePoint{})) + ")"
                                  : "none")
                  << "\n"
                  << "held for staff:  " << s.poison.size()
                  << (s.poison.empty() ? "" : " (retry with `credopass-kioskctl sync --once --retry-poison`)") << "\n";
        for (const auto& p : s.poison)
            std::cout << "  #" << p.seq << " " << p.entity << " " << cleanText(p.entityId) << ": "
                      << cleanText(p.reason) << "\n";
        if (s.correctedAtHq) std::cout << "corrected at HQ: " << s.correctedAtHq << " records other writers changed\n";
        for (const auto& held : s.pullHeld)
            std::cout << "roster held:     " << cleanText(held) << "\n";
    });
}

}  // namespace credopass::ctl
