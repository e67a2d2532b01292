#include "tests/hq/standin/validation.hpp"

#include <regex>

namespace credopass::hq {

bool isStrictUuid(const std::string& s) {
    static const std::regex re(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");
    return std::regex_match(s, re);
}

bool isIsoTime(const std::string& s) {
    static const std::regex re(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}(:?\\d{2})?)?$");
    return std::regex_match(s, re);
}

Validator::Validator(const nlohmann::json& body) : body_(body) {
    if (!body_.is_object()) fail("", "Expected object");
}

bool Validator::has(const char* key) const {
    return body_.is_object() && body_.contains(key);
}

void Validator::fail(const std::string& key, const std::string& message) {
    nlohmann::json path = nlohmann::json::array();
    if (!key.empty()) path.push_back(key);
    details_.push_back({{"path", path}, {"message", message}});
}

nlohmann::json Validator::errorBody() const {
    return {{"error", "Validation failed"}, {"details", details_}};
}

const nlohmann::json* Validator::field(const char* key, bool nullable, bool& isNull) {
    isNull = false;
    if (!body_.is_object()) return nullptr;
    auto it = body_.find(key);
    if (it == body_.end()) {
        fail(key, "Required");
        return nullptr;
    }
    if (it->is_null()) {
        if (!nullable) fail(key, "Expected value, received null");
        isNull = true;
        return nullptr;
    }
    return &*it;
}

std::optional<std::string> Validator::uuid(const char* key) {
    bool isNull = false;
    const auto* v = field(key, false, isNull);
    if (!v) return std::nullopt;
    if (!v->is_string() || !isStrictUuid(v->get<std::string>())) {
        fail(key, "Invalid uuid");
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<std::string> Validator::text(const char* key, bool nullable) {
    bool isNull = false;
    const auto* v = field(key, nullable, isNull);
    if (!v) return std::nullopt;
    if (!v->is_string()) {
        fail(key, "Expected string");
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<std::string> Validator::time(const char* key, bool nullable) {
    bool isNull = false;
    const auto* v = field(key, nullable, isNull);
    if (!v) return std::nullopt;
    if (!v->is_string() || !isIsoTime(v->get<std::string>())) {
        fail(key, "Invalid datetime");
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<std::string> Validator::boolean(const char* key) {
    bool isNull = false;
    const auto* v = field(key, false, isNull);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) {
        fail(key, "Expected boolean");
        return std::nullopt;
    }
    return v->get<bool>() ? "true" : "false";
}

std::optional<std::string> Validator::points(const char* key) {
    bool isNull = false;
    const auto* v = field(key, true, isNull);
    if (!v) return std::nullopt;
    if (!v->is_number_integer() || v->get<std::int64_t>() < 0 || v->get<std::int64_t>() > 2147483647) {
        fail(key, "Expected integer >= 0");
        return std::nullopt;
    }
    return std::to_string(v->get<std::int64_t>());
}

std::optional<std::string> Validator::oneOf(const char* key, const std::vector<std::string>& allowed, bool nullable) {
    auto s = text(key, nullable);
    if (!s) return std::nullopt;
    for (const auto& a : allowed)
        if (a == *s) return s;
    fail(key, "Invalid enum value");
    return std::nullopt;
}

}  // namespace credopass::hq
