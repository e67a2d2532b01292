#pragma once
// HQ's attendance rows of one event, fetched at most once per push round
// (one GET /api/attendance?eventId= per event, not one request per record).
// Staff at a desk and the web app check members in through HQ's shortcut,
// which creates a row under HQ's own id; before the kiosk creates its row for
// the same visit it looks here, and merges into HQ's row instead.

#include "common/result.hpp"
#include "model/records.hpp"
#include "sync/http_client.hpp"

#include <map>
#include <string>
#include <vector>

namespace credopass::sync {

class HqEventRows {
public:
    // HQ's row for (eventId, patronId) under an id other than `ourId`: the
    // earliest checked in when HQ holds several. Errors: transport errors,
    // NetErrc::Credentials, NetErrc::HttpStatus (another status, or a list
    // that is not one).
    Result<std::optional<AttendanceRecord>> otherRow(HttpClient& http, const std::string& eventId,
                                                     const std::string& patronId, const std::string& ourId);

private:
    Result<const std::vector<AttendanceRecord>*> rowsOf(HttpClient& http, const std::string& eventId);
    std::map<std::string, std::vector<AttendanceRecord>> byEvent_;
};

}  // namespace credopass::sync
