#include "badge/badge_checkin.hpp"
#include "common/text.hpp"
#include "core/device_settings.hpp"
#include "core/door.hpp"
#include "kioskctl/context.hpp"
#include "kioskctl/result_json.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

void addCheckinCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string member;
        std::string event;
        std::string mode;
        bool json = false;
        bool overrideCapacity = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("checkin", "Check a member in or out by the rules of the door");
    cmd->add_option("BADGE", opt->member,
                    "Member id, or any badge text (event pass, signed badge), verified against the trusted keys")
        ->required();
    cmd->add_option("--event", opt->event, "Event id (default: the pinned event, else the one open now)");
    cmd->add_option("--mode", opt->mode, "Door mode (default: the kiosk's setting)")
        ->check(CLI::IsMember({"auto", "in-only", "out-only"}));
    cmd->add_flag("--override-capacity", opt->overrideCapacity, "Admit one member past the event's capacity");
    cmd->add_flag("--json", opt->json, "Print the result as one JSON object");
    cmd->callback([&ctx, opt] {
        auto* db = ctx.database();
        if (!db) return void(ctx.exitCode = kError);
        // The same path as the door screen: the text is verified as a badge
        // (policy, trusted keys, revocations) before the door sees a member.
        badge::BadgeScan scan;
        scan.text = opt->member;
        scan.overrideCapacity = opt->overrideCapacity;
        scan.actor = "kioskctl";
        try {
            scan.eventId = opt->event.empty() ? device::pinnedEvent(*db) : std::optional(toLower(trim(opt->event)));
            scan.mode = opt->mode.empty() ? device::doorMode(*db) : *parseDoorMode(opt->mode);
        } catch (const std::exception& e) {
            return void(ctx.exitCode = ctx.fail(e.what()));
        }
        Door door(*db, ctx.clock);
        auto result = badge::checkinBadge(door, *db, ctx.clock, scan);
        if (!result) return void(ctx.exitCode = ctx.fail(result.error().message));
        if (opt->json) {
            std::cout << toJson(*result).dump() << "\n";
        } else {
            std::cout << result->headline();
            if (result->event) std::cout << " \xE2\x80\x94 " << result->event->name;
            if (result->member) std::cout << " (" << toString(result->tier) << ", " << result->points << " points)";
            std::cout << "\n" << result->advice() << "\n";
        }
        ctx.exitCode = result->admitted() ? kOk : kRefused;
    });
}

}  // namespace credopass::ctl
