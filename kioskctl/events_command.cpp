#include "kioskctl/context.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace credopass::ctl {

void addEventsCommand(CLI::App& app, Context& ctx) {
    auto json = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("events", "List events, and which one the door would use now");
    cmd->add_flag("--json", *json, "Print a JSON object {current, why, events}");
    cmd->callback([&ctx, json] {
        auto* door = ctx.reader();
        if (!door) return;
        auto choice = door->currentEvent();
        if (!ctx.check(choice)) return;
        auto events = door->events();
        if (!ctx.check(events)) return;
        nlohmann::json list = nlohmann::json::array();
        for (const auto& [e, inside] : *events) {
            if (*json) {
                list.push_back({{"id", e.id},
                                {"name", e.name},
                                {"status", std::string(toString(e.status))},
                                {"startTime", formatIso(e.startTime)},
                                {"endTime", formatIso(e.endTime)},
                                {"capacity", e.capacity ? nlohmann::json(*e.capacity) : nlohmann::json(nullptr)},
                                {"inside", inside}});
            } else {
                bool current = choice->event && choice->event->id == e.id;
                std::cout << (current ? "* " : "  ") << e.id << "  " << formatLocalDateTime(e.startTime) << "  "
                          << toString(e.status) << "  " << e.name << "  (" << inside << " inside"
                          << (e.capacity ? " of " + std::to_string(*e.capacity) : std::string()) << ")\n";
            }
        }
        if (*json) {
            nlohmann::json out{{"current", choice->event ? nlohmann::json(choice->event->id) : nlohmann::json(nullptr)},
                               {"why", choice->why},
                               {"events", list}};
            std::cout << out.dump(2) << "\n";
        } else {
            std::cout << "door event: " << (choice->event ? choice->event->name : std::string("none")) << " ("
                      << choice->why << ")\n";
        }
    });
}

}  // namespace credopass::ctl
