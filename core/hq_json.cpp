#include "core/hq_json.hpp"

#include "common/text.hpp"
#include "common/uuid.hpp"

#include <cstdint>

namespace credopass::hqjson {
namespace {

using nlohmann::json;

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
        std::string s = string(key, kMaxShortTextBytes);
        if (!failed_ && !parseStrictUuid(s)) fail(key, "is not a valid UUID");
        return toLower(s);
    }
    // A text, cleaned (see cleanText) and cut to maxBytes.
    std::string string(const char* key, std::size_t maxBytes) {
        const json* v = field(key);
        if (!v) return {};
        if (!v->is_string()) return fail(key, "is not a string"), std::string();
        return cleanText(v->get_ref<const std::string&>(), maxBytes);
    }
    std::optional<std::string> optionalString(const char* key, std::size_t maxBytes) {
        const json* v = optionalField(key);
        if (!v) return std::nullopt;
        if (!v->is_string()) return fail(key, "is not a string"), std::nullopt;
        return cleanText(v->get_ref<const std::string&>(), maxBytes);
    }
    // An email is an identity: refused, never changed, when it holds what
    // cleaning would remove or is longer than any address can be.
    std::string email(const char* key) {
        const json* v = field(key);
        if (!v) return {};
        if (!v->is_string()) return fail(key, "is not a string"), std::string();
        const auto& s = v->get_ref<const std::string&>();
        if (s.size() > kMaxEmailBytes || cleanText(s) != s)
            return fail(key, "is not a plausible email address"), std::string();
        return s;
    }
    TimePoint time(const char* key) {
        std::string s = string(key, kMaxShortTextBytes);
        if (failed_) return {};
        return checkedTime(key, s).value_or(TimePoint{});
    }
    std::optional<TimePoint> optionalTime(const char* key) {
        auto s = optionalString(key, kMaxShortTextBytes);
        if (!s || failed_) return std::nullopt;
        return checkedTime(key, *s);
    }
    std::optional<std::int64_t> optionalInteger(const char* key) {
        const json* v = optionalField(key);
        if (!v) return std::nullopt;
        if (!v->is_number_integer()) return fail(key, "is not an integer"), std::nullopt;
        if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
            return fail(key, "is out of range"), std::nullopt;
        return v->get<std::int64_t>();
    }
    // A count (a capacity): an integer of at least 0. A negative capacity
    // would turn everyone away as "event full".
    std::optional<std::int64_t> optionalCount(const char* key) {
        auto n = optionalInteger(key);
        if (n && *n < 0) return fail(key, "is negative"), std::nullopt;
        return n;
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
    std::optional<TimePoint> checkedTime(const char* key, const std::string& text) {
        auto t = parseIso(text);
        if (!t) {
            fail(key, "is not an ISO 8601 time with a zone");
            return std::nullopt;
        }
        if (*t < kEarliestTime || *t >= kLatestTime) {
            fail(key, "is out of range (" + text + "): times from HQ must lie in the years 1970 to 8999");
            return std::nullopt;
        }
        return t;
    }

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

constexpr std::size_t kNotFound = std::string_view::npos;

// The index just past the JSON string that starts at body[i] (a '"'), or
// kNotFound when it does not end.
std::size_t skipString(std::string_view body, std::size_t i) {
    for (++i; i < body.size(); ++i) {
        if (body[i] == '\\')
            ++i;
        else if (body[i] == '"')
            return i + 1;
    }
    return kNotFound;
}

std::size_t skipSpace(std::string_view body, std::size_t i) {
    while (i < body.size() && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n' || body[i] == '\r'))
        ++i;
    return i;
}

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
    m.email = r.email("email");
    m.firstName = r.string("firstName", kMaxNameBytes);
    m.lastName = r.string("lastName", kMaxNameBytes);
    m.phone = r.optionalString("phone", kMaxShortTextBytes);
    m.createdAt = r.time("createdAt");
    m.updatedAt = r.time("updatedAt");
    return r.finish(std::move(m));
}

Result<Event> eventFromJson(const json& j) {
    Reader r(j, "event");
    Event e;
    e.id = r.id("id");
    e.name = r.string("name", kMaxNameBytes);
    e.description = r.optionalString("description", kMaxLongTextBytes);
    std::string status = r.string("status", kMaxShortTextBytes);
    if (!r.failed()) {
        auto s = parseEventStatus(status);
        if (!s) r.fail("status", "is not a known event status");
        e.status = s.value_or(EventStatus::Draft);
    }
    e.startTime = r.time("startTime");
    e.endTime = r.time("endTime");
    e.location = r.string("location", kMaxShortTextBytes);
    e.capacity = r.optionalCount("capacity");
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
    l.description = r.string("description", kMaxLongTextBytes);
    if (auto tier = r.optionalString("tier", kMaxShortTextBytes)) {
        l.tier = parseTier(*tier);
        if (!l.tier) r.fail("tier", "is not a known tier");
    }
    l.points = r.optionalInteger("points");
    l.reward = r.optionalString("reward", kMaxShortTextBytes);
    l.issuedAt = r.time("issuedAt");
    l.expiresAt = r.optionalTime("expiresAt");
    return r.finish(std::move(l));
}

bool NestingScanner::feed(std::string_view piece) {
    if (tooDeep_) return false;
    for (const char c : piece) {
        if (inString_) {
            if (escaped_)
                escaped_ = false;
            else if (c == '\\')
                escaped_ = true;
            else if (c == '"')
                inString_ = false;
        } else if (c == '"') {
            inString_ = true;
        } else if (c == '[' || c == '{') {
            if (++depth_ > maxDepth_) {
                tooDeep_ = true;
                return false;
            }
        } else if ((c == ']' || c == '}') && depth_ > 0) {
            --depth_;
        }
    }
    return true;
}

json timeOrNull(const std::optional<TimePoint>& t) {
    return t ? json(formatIso(*t)) : json(nullptr);
}

Result<json> parseBody(std::string_view body, std::size_t maxDepth) {
    if (!NestingScanner(maxDepth).feed(body))
        return Error{NetErrc::Protocol, "HQ's answer nests deeper than " + std::to_string(maxDepth) + " levels"};
    auto parsed = json::parse(body.begin(), body.end(), nullptr, false);
    if (parsed.is_discarded()) return Error{NetErrc::Protocol, "HQ's answer is not JSON"};
    return parsed;
}

std::optional<std::string_view> rawMember(std::string_view body, std::string_view key) {
    std::size_t i = skipSpace(body, 0);
    if (i >= body.size() || body[i] != '{') return std::nullopt;
    ++i;
    std::size_t depth = 1;
    bool atKey = true;  // the next string at depth 1 names a member
    while (i < body.size()) {
        const char c = body[i];
        if (c == '"') {
            const std::size_t end = skipString(body, i);
            if (end == kNotFound) return std::nullopt;
            if (depth == 1 && atKey) {
                const std::size_t colon = skipSpace(body, end);
                if (colon >= body.size() || body[colon] != ':') return std::nullopt;
                atKey = false;
                if (body.substr(i + 1, end - i - 2) == key) {
                    // The value runs to the ',' or '}' that closes it at this level (or to the end of a cut body).
                    const std::size_t start = skipSpace(body, colon + 1);
                    std::size_t k = start, inner = 0;
                    while (k < body.size()) {
                        const char v = body[k];
                        if (v == '"') {
                            k = skipString(body, k);
                            if (k == kNotFound) k = body.size();
                            continue;
                        }
                        if (v == '[' || v == '{') {
                            ++inner;
                        } else if (v == ']' || v == '}') {
                            if (inner == 0) break;
                            --inner;
                        } else if (v == ',' && inner == 0) {
                            break;
                        }
                        ++k;
                    }
                    std::string_view value = body.substr(start, k - start);
                    while (!value.empty() && (value.back() == ' ' || value.back() == '\n' || value.back() == '\r' ||
                                              value.back() == '\t'))
                        value.remove_suffix(1);
                    return value;
                }
                i = colon + 1;
                continue;
            }
            i = end;
            continue;
        }
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) break;
        } else if (c == ',' && depth == 1) {
            atKey = true;
        }
        ++i;
    }
    return std::nullopt;
}

}  // namespace credopass::hqjson
