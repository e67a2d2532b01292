// credopass-kioskctl clock: what the door knows of its time, and staff's word
// on it. A Raspberry Pi has no clock battery: until NTP or HQ answers, the
// door's records wait (core/trusted_clock.hpp). Staff can vouch for the time
// instead; records from a boot that never learned it wait for their release.
#include "common/text.hpp"
#include "kioskctl/context.hpp"
#include "kioskctl/result_json.hpp"
#include "words/local_format.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <iostream>

namespace credopass::ctl {

std::string clockLine(const ClockState& c) {
    using words::fill;
    using words::tr;
    const char* source = "";
    switch (c.trust.source) {
        case ClockSource::Ntp: source = tr("trusted (NTP)"); break;
        case ClockSource::Hq: source = tr("trusted (HQ's clock)"); break;
        case ClockSource::Staff: source = tr("trusted (set by staff)"); break;
        case ClockSource::None: source = tr("not set: records wait until NTP, HQ or staff give the time"); break;
    }
    std::string line = fill(tr("clock:           {state}"), {{"state", source}});
    if (c.waiting > 0)
        line += "\n" + fill(tr("times to re-stamp: {n} (this boot, once the time is known)"),
                            {{"n", std::to_string(c.waiting)}});
    if (c.held > 0)
        line += "\n" + fill(tr("times held:      {n} from a boot that never learned the time (release with "
                               "`credopass-kioskctl clock release`)"),
                            {{"n", std::to_string(c.held)}});
    return line;
}

namespace {

void show(Context& ctx, bool json) {
    auto* reader = ctx.reader();
    if (!reader) return;
    auto state = reader->clockState();
    if (!ctx.check(state)) return;
    if (json) {
        std::cout << clockJson(*state).dump(2) << "\n";
        return;
    }
    std::cout << clockLine(*state) << "\n"
              << words::fill(words::tr("door time:       {when}"), {{"when", words::dateAndTime(state->now)}}) << "\n";
}

}  // namespace

void addClockCommand(CLI::App& app, Context& ctx) {
    auto json = std::make_shared<bool>(false);
    auto when = std::make_shared<std::string>();
    auto* cmd = app.add_subcommand("clock", "Show whether the door's clock is trusted; confirm, set or release");
    cmd->add_flag("--json", *json, "Print one JSON object");
    cmd->callback([&ctx, json, cmd] {
        if (cmd->get_subcommands().empty()) show(ctx, *json);
    });

    cmd->add_subcommand("confirm", "The system clock shows the right time: trust it for this boot (audited)")
        ->callback([&ctx] {
            auto* door = ctx.door();
            if (!door || !ctx.check(door->confirmClock())) return;
            std::cout << words::tr("clock confirmed: this boot's records are re-stamped from it") << "\n";
        });
    auto* set = cmd->add_subcommand("set", "Give the right time (ISO 8601 with a zone) for this boot (audited)");
    set->add_option("TIME", *when, "e.g. 2026-12-04T19:30:00+01:00")->required();
    set->callback([&ctx, when] {
        auto t = parseIso(*when);
        if (!t) {
            ctx.exitCode = ctx.fail(
                words::fill(words::tr("not an ISO 8601 time with a zone: '{text}'"), {{"text", cleanText(*when)}}));
            return;
        }
        auto* door = ctx.door();
        if (!door || !ctx.check(door->setClock(*t))) return;
        std::cout << words::fill(words::tr("clock set to {when}: this boot's records are re-stamped from it"),
                                 {{"when", words::dateAndTime(*t)}})
                  << "\n";
    });
    cmd->add_subcommand("release", "Send records from boots that never learned the time, as written (audited)")
        ->callback([&ctx] {
            auto* door = ctx.door();
            if (!door) return;
            auto n = door->releaseHeldTimes();
            if (!ctx.check(n)) return;
            std::cout << words::fill(words::tr("released {n} held times: their records go to HQ as written"),
                                     {{"n", std::to_string(*n)}})
                      << "\n";
        });
}

}  // namespace credopass::ctl
