// credopass-kioskctl status: what the sync thread last knew, and what waits.
#include "common/text.hpp"
#include "kioskctl/context.hpp"
#include "kioskctl/result_json.hpp"
#include "sync/status_reader.hpp"
#include "words/local_format.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {
namespace {

const char* connectionWords(sync::Connection c) {
    switch (c) {
        case sync::Connection::Unknown: return words::tr("not known yet");
        case sync::Connection::Online: return words::tr("online");
        case sync::Connection::Offline: return words::tr("offline");
        case sync::Connection::CredentialsRejected: return words::tr("HQ refused our credentials");
    }
    return "";
}

}  // namespace

void addStatusCommand(CLI::App& app, Context& ctx) {
    auto json = std::make_shared<bool>(false);
    auto* cmd =
        app.add_subcommand("status", "Show sync state: records waiting, records HQ refused, last success/error");
    cmd->add_flag("--json", *json, "Print one JSON object");
    cmd->callback([&ctx, json] {
        auto status = sync::readStatus(ctx.dbPath);
        if (!ctx.check(status)) return;
        const auto& s = *status;
        // The door's clock: whether the times it writes can be believed.
        auto* reader = ctx.reader();
        if (!reader) return;
        auto clock = reader->clockState();
        if (!ctx.check(clock)) return;
        // Reasons hold HQ's words. Those stored by this build are clean
        // already; a database written by an older one may hold invalid UTF-8
        // (JSON gets U+FFFD instead of an exception) or terminal escapes
        // (the text form drops them).
        if (*json) {
            auto out = sync::toJson(s);
            out["clock"] = clockJson(*clock);
            std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
            return;
        }
        using words::fill;
        using words::tr;
        const std::string success = s.lastSuccess ? words::dateAndTime(*s.lastSuccess) : std::string(tr("never"));
        const std::string error =
            s.lastError ? cleanText(*s.lastError) + " (" + words::dateAndTime(s.lastErrorAt.value_or(TimePoint{})) + ")"
                        : std::string(tr("none"));
        const std::string held = std::to_string(s.poison.size());
        std::cout << fill(tr("HQ connection:   {state}"), {{"state", connectionWords(s.connection)}}) << "\n"
                  << fill(tr("records waiting: {n}"), {{"n", std::to_string(s.waiting)}}) << "\n"
                  << fill(tr("last success:    {when}"), {{"when", success}}) << "\n"
                  << fill(tr("last error:      {what}"), {{"what", error}}) << "\n"
                  << (s.poison.empty() ? fill(tr("held for staff:  {n}"), {{"n", held}})
                                       : fill(tr("held for staff:  {n} (retry with `credopass-kioskctl sync --once "
                                                 "--retry-poison`)"),
                                              {{"n", held}}))
                  << "\n";
        for (const auto& p : s.poison)
            std::cout << "  #" << p.seq << " " << p.entity << " " << cleanText(p.entityId) << ": "
                      << cleanText(p.reason) << "\n";
        if (s.correctedAtHq)
            std::cout << words::trn("corrected at HQ: {n} record other writers changed",
                                    "corrected at HQ: {n} records other writers changed", s.correctedAtHq)
                      << "\n";
        std::cout << clockLine(*clock) << "\n";
        for (const auto& why : s.pullHeld)
            std::cout << fill(tr("roster held:     {why}"), {{"why", cleanText(why)}}) << "\n";
    });
}

}  // namespace credopass::ctl
