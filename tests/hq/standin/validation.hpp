#pragma once
// Request validation as the deployed service does it (zod in front of the
// database): strict RFC 9562 ids, ISO 8601 times, required keys. Written here
// independently of the kiosk's own parsers, so a shared bug cannot hide.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace credopass::hq {

bool isStrictUuid(const std::string& s);  // version 1-8, variant 10xx
bool isIsoTime(const std::string& s);     // zone optional (then read in the server's zone)

// Collects problems as {"path":[key],"message":...}, like the service's 400 details.
class Validator {
public:
    explicit Validator(const nlohmann::json& body);
    // Each returns the value as text for PostgreSQL (nullopt = SQL NULL).
    std::optional<std::string> uuid(const char* key);
    std::optional<std::string> text(const char* key, bool nullable);
    std::optional<std::string> time(const char* key, bool nullable);
    std::optional<std::string> boolean(const char* key);
    std::optional<std::string> points(const char* key);  // integer >= 0 or null
    std::optional<std::string> oneOf(const char* key, const std::vector<std::string>& allowed, bool nullable);
    bool has(const char* key) const;

    bool ok() const { return details_.empty(); }
    nlohmann::json errorBody() const;  // {"error":"Validation failed","details":[...]}
    void fail(const std::string& key, const std::string& message);

private:
    const nlohmann::json* field(const char* key, bool nullable, bool& isNull);
    const nlohmann::json& body_;
    nlohmann::json details_ = nlohmann::json::array();
};

}  // namespace credopass::hq
