#include "sync/hq_list.hpp"

#include "core/hq_json.hpp"
#include "core/hq_json_list.hpp"

namespace credopass::sync {

Status readListItems(const HttpResponse& r, const std::string& path,
                     const std::function<void(const nlohmann::json&)>& item) {
    if (r.status == 401 || r.status == 403)
        return Error{NetErrc::Credentials, "HQ refused the kiosk's credentials (" + std::to_string(r.status) + ")"};
    if (r.status != 200)
        return Error{NetErrc::HttpStatus, "HQ answered " + std::to_string(r.status) + " to GET " + path};
    auto read = hqjson::forEachInList(r.body, item, hqjson::kMaxDepth);
    if (!read) return Error{NetErrc::HttpStatus, "HQ's answer to GET " + path + ": " + read.error().message};
    return {};
}

Result<nlohmann::json> readList(const HttpResponse& r, const std::string& path) {
    auto list = nlohmann::json::array();
    auto read = readListItems(r, path, [&](const nlohmann::json& item) { list.push_back(item); });
    if (!read) return read.error();
    return list;
}

}  // namespace credopass::sync
