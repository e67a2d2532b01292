#include "sync/hq_list.hpp"

#include "core/hq_json.hpp"

namespace credopass::sync {

Result<nlohmann::json> readList(const HttpResponse& r, const std::string& path) {
    if (r.status == 401 || r.status == 403)
        return Error{NetErrc::Credentials, "HQ refused the kiosk's credentials (" + std::to_string(r.status) + ")"};
    if (r.status != 200)
        return Error{NetErrc::HttpStatus, "HQ answered " + std::to_string(r.status) + " to GET " + path};
    auto list = hqjson::parseBody(r.body);
    if (!list) return Error{NetErrc::HttpStatus, "HQ's answer to GET " + path + ": " + list.error().message};
    if (!list->is_array()) return Error{NetErrc::HttpStatus, "HQ's answer to GET " + path + " is not a JSON list"};
    return list;
}

}  // namespace credopass::sync
