#include "kioskctl/context.hpp"
#include "words/local_format.hpp"
#include "words/staff_words.hpp"
#include "words/translate.hpp"

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
                const std::string in = std::to_string(inside);
                const std::string count = e.capacity
                                              ? words::fill(words::tr("({n} inside of {capacity})"),
                                                            {{"n", in}, {"capacity", std::to_string(*e.capacity)}})
                                              : words::fill(words::tr("({n} inside)"), {{"n", in}});
                std::cout << (current ? "* " : "  ") << e.id << "  " << words::dateAndTime(e.startTime) << "  "
                          << words::eventStatusWords(e.status) << "  " << e.name << "  " << count << "\n";
            }
        }
        if (*json) {
            nlohmann::json out{{"current", choice->event ? nlohmann::json(choice->event->id) : nlohmann::json(nullptr)},
                               {"why", choice->why},
                               {"events", list}};
            std::cout << out.dump(2) << "\n";
        } else {
            std::cout << words::fill(words::tr("door event: {event} ({why})"),
                                     {{"event", choice->event ? choice->event->name : std::string(words::tr("none"))},
                                      {"why", choice->why}})
                      << "\n";
        }
    });
}

}  // namespace credopass::ctl
