#include "common/text.hpp"
#include "kioskctl/context.hpp"
#include "kioskctl/result_json.hpp"
#include "words/result_view.hpp"

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
        auto* door = ctx.door();
        if (!door) return;
        // The same path as the door screen: the text is verified as a badge
        // (policy, trusted keys, revocations) before the door sees a member.
        DoorAsk ask;
        if (!opt->event.empty()) ask.eventId = toLower(trim(opt->event));
        if (!opt->mode.empty()) ask.mode = parseDoorMode(opt->mode);
        ask.overrideCapacity = opt->overrideCapacity;
        auto answer = door->scan(Scan{opt->member, ScanOrigin::Keyboard, std::chrono::steady_clock::now()}, ask);
        if (!ctx.check(answer)) return;
        // Keyboard input never opens staff mode, so the answer is a door result.
        const auto& result = std::get<CheckinResult>(*answer);
        const auto view = words::describe(result);
        if (opt->json) {
            std::cout << toJson(result).dump() << "\n";
        } else {
            std::cout << view.title;
            if (result.event) std::cout << " \xE2\x80\x94 " << result.event->name;
            if (result.member) std::cout << " (" << words::loyaltyLine(result) << ")";
            std::cout << "\n" << view.advice << "\n";
        }
        ctx.exitCode = result.admitted() ? kOk : kRefused;
    });
}

}  // namespace credopass::ctl
