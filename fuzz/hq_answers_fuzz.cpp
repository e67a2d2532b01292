// Any bytes as an answer from HQ: a list of records, one record, an error
// body or a time. Parsing must never crash, recurse without bound or accept
// what it cannot give back: whatever is accepted round-trips (toJson then
// fromJson gives the same record; formatIso then parseIso the same time),
// and every text taken in is clean, valid UTF-8 within its cap.
#include "common/text.hpp"
#include "common/time.hpp"
#include "core/hq_json.hpp"

#include <cstdlib>
#include <string_view>

using namespace credopass;
using nlohmann::json;

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void requireClean(const std::string& s, std::size_t cap) {
    require(s.size() <= cap);
    require(isValidUtf8(s));
    require(cleanText(s) == s);
}

void checkTime(std::string_view text) {
    auto t = parseIso(text);
    if (!t) return;
    const std::string once = formatIso(*t);
    auto again = parseIso(once);
    require(again && *again == *t);
    require(formatIso(*again) == once);
}

// fromJson ∘ toJson ∘ fromJson == fromJson: what the kiosk stores, it can send and read back alike.
template <class Parse>
void checkRecord(const json& item, Parse parse) {
    auto first = parse(item);
    if (!first) return;
    auto second = parse(hqjson::toJson(*first));
    require(second.ok());
    require(hqjson::toJson(*second) == hqjson::toJson(*first));
}

void checkMember(const json& item) {
    checkRecord(item, hqjson::memberFromJson);
    if (auto m = hqjson::memberFromJson(item)) {
        requireClean(m->firstName, hqjson::kMaxNameBytes);
        requireClean(m->lastName, hqjson::kMaxNameBytes);
        requireClean(m->email, hqjson::kMaxEmailBytes);
    }
}

void checkEvent(const json& item) {
    checkRecord(item, hqjson::eventFromJson);
    if (auto e = hqjson::eventFromJson(item)) {
        requireClean(e->name, hqjson::kMaxNameBytes);
        require(!e->capacity || *e->capacity >= 0);
    }
}

void checkAny(const json& item) {
    checkMember(item);
    checkEvent(item);
    checkRecord(item, hqjson::attendanceFromJson);
    checkRecord(item, hqjson::loyaltyFromJson);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkTime(text);
    requireClean(cleanText(text, 400), 400);
    (void)hqjson::rawMember(text, "details");

    auto body = hqjson::parseBody(text);
    if (!body) return 0;
    if (body->is_array()) {
        for (const auto& item : *body)
            checkAny(item);
    } else {
        checkAny(*body);
        if (body->is_object())
            for (const auto& [key, value] : body->items())
                if (value.is_string()) checkTime(value.get_ref<const std::string&>());
    }
    return 0;
}
