#pragma once
// HQ's answer to a GET of a collection, read as a JSON list: the one reading
// shared by the pull and the push's look at an event's rows.

#include "common/result.hpp"
#include "sync/http_client.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace credopass::sync {

// Errors: NetErrc::Credentials (401/403), NetErrc::HttpStatus (another
// status, a body that is not JSON or nests too deep, or not a list).
Result<nlohmann::json> readList(const HttpResponse& r, const std::string& path);

}  // namespace credopass::sync
