#include "core/hq_json.hpp"

#include "common/text.hpp"
#include "common/uuid.hpp"

namespace credopass::hqjson {
namespace {

using nlohmann::json;

json timeOrNull(const std::optional<TimePoint>& t) {
    return t ? json(formatIso(*t)) : json(nullptr);
}

template <class T>
json valueOrNull(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

// Reads fields of one JSON object, remembering the first problem.
class Reader {
public:
    Reader(const json& j, std::string what) : j_(j), what_(std::move(what)) {
        if (!j_.is_object()) fail("", "is not a JSON object");
    }

    std::string id(const char* key) {
        std::string s = string(key);
        if (!failed_ && !parseStrictUuid(s)) fail(key, "is not a valid UUID");
        return toLower(s);
    }
    std::string string(const char* key) {
        const json* v = field(key);
        if (!v) return {};
        if (!v->is_string()) return fail(key, "is not a string"), std::string();
        return v->get<std::string>();
    }
    std::optional<std::string> optionalString(const char* key) {
        const json* v = optionalField(key);
        if (!v) return std::nullopt;
        if (!v->is_string()) return fail(key, "is not a string"), std::nullopt;
        return v->get<std::string>();
    }
    TimePoint time(const char* key) {
        std::string s = string(key);
        if (failed_) return {};
        auto t = parseIso(s);
        if (!t) fail(key, "is not an ISO 8601 time with a zone");
        return t.value_or(TimePoint{});
    }
    std::optional<TimePoint> optionalTime(const char* key) {
        auto s = optionalString(key);
        if (!s || failed_) return std::nullopt;
        auto t = parseIso(*s);
        if (!t) fail(key, "is not an ISO 8601 time with a zone");
        return t;
    }
    std::optional<std::int64_t> optionalInteger(const char* key) {
        const json* v = optionalField(key);
        if (!v) return std::nullopt;
        if (!v->is_number_integer()) return fail(key, "is not an integer"), std::nullopt;
        return v->get<std::int64_t>();
    }
    bool boolean(const char* key) {
        const json* v = field(key);
        if (!v) return false;
        if (!v->is_boolean()) return fail(key, "is not a boolean"), false;
        return v->get<bool>();
    }

    template <class T>
    Result<T> finish(T value) {
        if (failed_) return error_;
        return value;
    }
    bool failed() const { return failed_; }
    void fail(const std::string& key, const std::string& problem) {
        if (failed_) return;
        failed_ = true;
        error_ = Error{NetErrc::Protocol, what_ + (key.empty() ? "" : " field '" + key + "'") + " " + problem};
    }

private:
    const json* field(const char* key) {
        if (failed_) return nullptr;
        auto it = j_.find(key);
        if (it == j_.end() || it->is_null()) {
            fail(key, "is missing");
            return nullptr;
        }
        return &*it;
    }
    const json* optionalField(const char* key) {
        if (failed_) return nullptr;
        auto it = j_.find(key);
        if (it == j_.end() || it->is_null()) return nullptr;
        return &*it;
    }

    const json& j_;
    std::string what_;
    bool failed_ = false;
    Error error_;
};

}  // namespace

json toJson(const Member& m) {
    return json{{"id", m.id},
                {"email", m.email},
                {"firstName", m.firstName},
                {"lastName", m.lastName},
                {"phone", valueOrNull(m.phone)},
                {"createdAt", formatIso(m.createdAt)},
                {"updatedAt", formatIso(m.updatedAt)}};
}

json toJson(const Event& e) {
    return json{{"id", e.id},
                {"name", e.name},
                {"description", valueOrNull(e.description)},
                {"status", std::string(toString(e.status))},
                {"startTime", formatIso(e.startTime)},
                {"endTime", formatIso(e.endTime)},
                {"location", e.location},
                {"capacity", valueOrNull(e.capacity)},
                {"hostId", e.hostId},
                {"createdAt", formatIso(e.createdAt)},
                {"updatedAt", formatIso(e.updatedAt)}};
}

json toJson(const AttendanceRecord& a) {
    return json{{"id", a.id},
                {"eventId", a.eventId},
                {"patronId", a.patronId},
                {"attended", a.attended},
                {"checkInTime", timeOrNull(a.checkInTime)},
                {"checkOutTime", timeOrNull(a.checkOutTime)}};
}

json toJson(const LoyaltyRecord& l) {
    return json{{"id", l.id},
                {"patronId", l.patronId},
                {"description", l.description},
                {"tier", l.tier ? json(std::string(toString(*l.tier))) : json(nullptr)},
                {"points", valueOrNull(l.points)},
                {"reward", valueOrNull(l.reward)},
                {"issuedAt", formatIso(l.issuedAt)},
                {"expiresAt", timeOrNull(l.expiresAt)}};
}

Result<Member> memberFromJson(const json& j) {
    Reader r(j, "user");
    Member m;
    m.id = r.id("id");
    m.email = r.string("email");
    m.firstName = r.string("firstName");
    m.lastName = r.string("lastName");
    m.phone = r.optionalString("phone");
    m.createdAt = r.time("createdAt");
    m.updatedAt = r.time("updatedAt");
    return r.finish(std::move(m));
}

Result<Event> eventFromJson(const json& j) {
    Reader r(j, "event");
    Event e;
    e.id = r.id("id");
    e.name = r.string("name");
    e.description = r.optionalString("description");
    std::string status = r.string("status");
    if (!r.failed()) {
        auto s = parseEventStatus(status);
        if (!s) r.fail("status", "is not a known event status");
        e.status = s.value_or(EventStatus::Draft);
    }
    e.startTime = r.time("startTime");
    e.endTime = r.time("endTime");
    e.location = r.string("location");
    e.capacity = r.optionalInteger("capacity");
    e.hostId = r.id("hostId");
    e.createdAt = r.time("createdAt");
    e.updatedAt = r.time("updatedAt");
    return r.finish(std::move(e));
}

Result<AttendanceRecord> attendanceFromJson(const json& j) {
    Reader r(j, "attendance record");
    AttendanceRecord a;
    a.id = r.id("id");
    a.eventId = r.id("eventId");
    a.patronId = r.id("patronId");
    a.attended = r.boolean("attended");
    a.checkInTime = r.optionalTime("checkInTime");
    a.checkOutTime = r.optionalTime("checkOutTime");
    return r.finish(std::move(a));
}

Result<LoyaltyRecord> loyaltyFromJson(const json& j) {
    Reader r(j, "loyalty record");
    LoyaltyRecord l;
    l.id = r.id("id");
    l.patronId = r.id("patronId");
    l.description = r.string("description");
    if (auto tier = r.optionalString("tier")) {
        l.tier = parseTier(*tier);
        if (!l.tier) r.fail("tier", "is not a known tier");
    }
    l.points = r.optionalInteger("points");
    l.reward = r.optionalString("reward");
    l.issuedAt = r.time("issuedAt");
    l.expiresAt = r.optionalTime("expiresAt");
    return r.finish(std::move(l));
}

}  // namespace credopass::hqjson
