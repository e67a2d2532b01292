// HQ's lists read one element at a time: the same elements the whole DOM
// holds, in order, and the same refusals for what is not a list.
#include "core/hq_json_list.hpp"
#include "core/hq_json.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace credopass;
using nlohmann::json;

namespace {

struct Read {
    std::vector<json> items;
    Status status;
};

Read read(std::string_view body, std::size_t maxDepth = hqjson::kMaxDepth) {
    Read r;
    r.status = hqjson::forEachInList(
        body, [&](const json& item) { r.items.push_back(item); }, maxDepth);
    return r;
}

}  // namespace

TEST_CASE("each element of a list is given in order, as the whole DOM holds it") {
    const std::string body = R"([
        {"id": "a", "firstName": "Łukasz", "phone": null, "n": -3, "u": 18446744073709551615, "f": 2.5,
         "tags": ["x", {"deep": [1, [2, {"k": true}]]}], "empty": {}, "none": []},
        "a string", 7, null, false, [], [[]], {}
    ])";
    auto r = read(body);
    REQUIRE(r.status.ok());
    auto whole = hqjson::parseBody(body);
    REQUIRE(whole.ok());
    REQUIRE(r.items.size() == whole->size());
    for (std::size_t i = 0; i < r.items.size(); ++i)
        CHECK(r.items[i] == (*whole)[i]);
    CHECK(r.items[0]["firstName"] == "Łukasz");
    CHECK(r.items[0]["tags"][1]["deep"][1][1]["k"] == true);
}

TEST_CASE("an empty list gives nothing, and is no error") {
    auto r = read(" [ ] ");
    CHECK(r.status.ok());
    CHECK(r.items.empty());
}

TEST_CASE("what is not a list is refused as HQ's parseBody would") {
    for (const char* body : {"{}", R"({"error": "x"})", "7", "\"text\"", "null", "true"}) {
        auto r = read(body);
        REQUIRE_FALSE(r.status.ok());
        CHECK(r.status.error().code == NetErrc::Protocol);
        CHECK(r.status.error().message == "HQ's answer is not a JSON list");
        CHECK(r.items.empty());
    }
    for (const char* body : {"", "<html>502 Bad Gateway</html>", "[1, 2", "[1, 2] [3]", "[1,]", "[{\"a\" 1}]"}) {
        auto r = read(body);
        REQUIRE_FALSE(r.status.ok());
        CHECK(r.status.error().message == "HQ's answer is not JSON");
    }
}

TEST_CASE("a list cut short gives the elements before the cut, then the error") {
    auto r = read(R"([{"id": "a"}, {"id": "b"}, {"id": )");
    REQUIRE_FALSE(r.status.ok());
    REQUIRE(r.items.size() == 2);
    CHECK(r.items[1]["id"] == "b");
}

TEST_CASE("a list nested too deep is refused before any element is built") {
    std::string body = "[" + std::string(40, '[') + std::string(40, ']') + "]";
    auto r = read(body, 32);
    REQUIRE_FALSE(r.status.ok());
    CHECK(r.status.error().message == "HQ's answer nests deeper than 32 levels");
    CHECK(r.items.empty());
}

TEST_CASE("duplicate keys keep the last value, as the DOM parser does") {
    const std::string body = R"([{"id": "a", "id": "b"}])";
    auto r = read(body);
    REQUIRE(r.status.ok());
    CHECK(r.items.at(0) == hqjson::parseBody(body)->at(0));
}
