#include "core/device_settings.hpp"
#include "core/door.hpp"
#include "kioskctl/context.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/sqlite_error.hpp"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>

namespace credopass::ctl {

void addEventsCommand(CLI::App& app, Context& ctx) {
    auto json = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("events", "List events, and which one the door would use now");
    cmd->add_flag("--json", *json, "Print a JSON object {current, why, events}");
    cmd->callback([&ctx, json] {
        auto* db = ctx.database();
        if (!db) return void(ctx.exitCode = kError);
        try {
            Door door(*db, ctx.clock);
            auto choice = door.currentEvent(device::pinnedEvent(*db));
            if (!choice) return void(ctx.exitCode = ctx.fail(choice.error().message));
            nlohmann::json list = nlohmann::json::array();
            for (const Event& e : storage::events::all(*db)) {
                auto inside = storage::attendance::countInside(*db, e.id);
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
                nlohmann::json out{
                    {"current", choice->event ? nlohmann::json(choice->event->id) : nlohmann::json(nullptr)},
                    {"why", choice->why},
                    {"events", list}};
                std::cout << out.dump(2) << "\n";
            } else {
                std::cout << "door event: " << (choice->event ? choice->event->name : std::string("none")) << " ("
                          << choice->why << ")\n";
            }
        } catch (const storage::StorageError& e) {
            ctx.exitCode = ctx.fail(e.error().message);
        }
    });
}

}  // namespace credopass::ctl
