#pragma once
// HQ's answer to a GET of a collection, read as a JSON list: the one reading
// shared by the pull and the push's look at an event's rows.

#include "common/result.hpp"
#include "sync/http_client.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace credopass::sync {

// Gives each element of the list in turn, never building the whole list
// (core/hq_json_list.hpp): for the pull's large lists.
// Errors: NetErrc::Credentials (401/403), NetErrc::HttpStatus (another
// status, a body that is not JSON or nests too deep, or not a list).
Status readListItems(const HttpResponse& r, const std::string& path,
                     const std::function<void(const nlohmann::json&)>& item);

// The whole list as one JSON value, for short ones. Errors as readListItems.
Result<nlohmann::json> readList(const HttpResponse& r, const std::string& path);

}  // namespace credopass::sync
