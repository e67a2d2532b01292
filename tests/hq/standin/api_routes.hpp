#pragma once
// The CredoPass HQ API of ../shared/credopass-api.md, over PostgreSQL, quirks
// included: 500 (not 409) on a duplicate id, no check of (eventId, patronId),
// all keys required, strict ids, unpaginated lists, UTC times with milliseconds.

#include "tests/hq/standin/faults.hpp"

#include <httplib.h>

#include <string>

namespace credopass::hq {

struct ApiOptions {
    // When set, requests must carry "Authorization: Bearer <token>" (as the
    // proxy in front of a deployed service checks): 401 without, 403 when wrong.
    std::string requiredToken;
};

void addApiRoutes(httplib::Server& server, Faults& faults, const ApiOptions& options);

}  // namespace credopass::hq
