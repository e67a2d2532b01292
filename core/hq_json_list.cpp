#include "core/hq_json_list.hpp"

#include "core/hq_json.hpp"

#include <string>
#include <utility>
#include <vector>

namespace credopass::hqjson {
namespace {

using json = nlohmann::json;

// nlohmann's SAX events, building a DOM for one list element at a time.
class ListElements final : public json::json_sax_t {
public:
    explicit ListElements(const std::function<void(const json&)>& item) : item_(item) {}

    bool null() override { return value(nullptr); }
    bool boolean(bool v) override { return value(v); }
    bool number_integer(number_integer_t v) override { return value(v); }
    bool number_unsigned(number_unsigned_t v) override { return value(v); }
    bool number_float(number_float_t v, const string_t& /*text*/) override { return value(v); }
    bool string(string_t& v) override { return value(std::move(v)); }
    bool binary(binary_t& v) override { return value(json::binary(std::move(v))); }
    bool start_object(std::size_t /*elements*/) override { return open(json::object()); }
    bool key(string_t& k) override {
        key_ = std::move(k);
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t /*elements*/) override {
        if (inList_) return open(json::array());
        inList_ = true;  // the list itself
        return true;
    }
    bool end_array() override { return open_.empty() ? true : close(); }
    bool parse_error(std::size_t /*position*/, const std::string& /*token*/,
                     const nlohmann::detail::exception& /*error*/) override {
        return false;
    }

    bool notList() const { return notList_; }

private:
    // A value inside the element being built, or an element of its own.
    bool value(json v) {
        if (!inList_) return notAList();  // a top-level scalar
        if (open_.empty()) {
            item_(v);
            return true;
        }
        place(std::move(v));
        return true;
    }
    bool open(json container) {
        if (!inList_) return notAList();  // a top-level object
        if (open_.empty()) {
            element_ = std::move(container);
            open_.push_back(&element_);
        } else {
            // The parent gets no other child while this one is open, so the
            // address stays valid (an object's members never move).
            open_.push_back(place(std::move(container)));
        }
        return true;
    }
    bool close() {
        open_.pop_back();
        if (open_.empty()) {
            item_(element_);
            element_ = json();
        }
        return true;
    }
    bool notAList() {
        notList_ = true;
        return false;  // stops the parse
    }
    json* place(json v) {
        json& parent = *open_.back();
        if (parent.is_object()) return &(parent[key_] = std::move(v));
        parent.push_back(std::move(v));
        return &parent.back();
    }

    const std::function<void(const json&)>& item_;
    bool inList_ = false;
    bool notList_ = false;
    json element_;
    std::vector<json*> open_;  // the containers being built, outermost first
    std::string key_;
};

}  // namespace

Status forEachInList(std::string_view body, const std::function<void(const json&)>& item, std::size_t maxDepth) {
    if (!NestingScanner(maxDepth).feed(body))
        return Error{NetErrc::Protocol, "HQ's answer nests deeper than " + std::to_string(maxDepth) + " levels"};
    ListElements elements(item);
    const bool whole = json::sax_parse(body.begin(), body.end(), &elements);
    if (elements.notList()) return Error{NetErrc::Protocol, "HQ's answer is not a JSON list"};
    if (!whole) return Error{NetErrc::Protocol, "HQ's answer is not JSON"};
    return {};
}

}  // namespace credopass::hqjson
