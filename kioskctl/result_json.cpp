#include "kioskctl/result_json.hpp"

#include "core/hq_json.hpp"
#include "words/language.hpp"
#include "words/result_view.hpp"

namespace credopass::ctl {

using nlohmann::json;

using hqjson::timeOrNull;

json memberJson(const Member& m, std::int64_t points) {
    return json{{"id", m.id},
                {"name", m.fullName()},
                {"email", m.email},
                {"points", points},
                {"tier", std::string(toString(tierForPoints(points)))}};
}

json toJson(const CheckinResult& r) {
    const words::LanguageScope english("en");  // JSON is for scripts: its words never follow LANG
    const auto view = words::describe(r);
    json member = nullptr;
    if (r.member) member = json{{"id", r.member->id}, {"name", r.member->fullName()}, {"email", r.member->email}};
    json event = nullptr;
    if (r.event) event = json{{"id", r.event->id}, {"name", r.event->name}};
    json out{{"outcome", std::string(toString(r.outcome))},
             {"member", member},
             {"event", event},
             {"checkInTime", timeOrNull(r.checkInTime)},
             {"checkOutTime", timeOrNull(r.checkOutTime)},
             {"points", r.points},
             {"tier", r.member ? json(std::string(toString(r.tier))) : json(nullptr)},
             {"pointsAwarded", r.pointsAwarded},
             {"message", view.title},
             {"advice", view.advice}};
    if (r.reason && !r.admitted()) out["reason"] = std::string(toString(*r.reason));
    return out;
}

json clockJson(const ClockState& c) {
    return json{{"trusted", c.trust.trusted},
                {"source", toString(c.trust.source)},
                {"offsetMs", c.trust.offset ? json(c.trust.offset->count()) : json(nullptr)},
                {"now", formatIso(c.now)},
                {"waiting", c.waiting},
                {"held", c.held}};
}

}  // namespace credopass::ctl
