#include "sync/hq_event_rows.hpp"

#include "core/hq_json.hpp"
#include "sync/hq_list.hpp"

namespace credopass::sync {

Result<const std::vector<AttendanceRecord>*> HqEventRows::rowsOf(HttpClient& http, const std::string& eventId) {
    if (auto it = byEvent_.find(eventId); it != byEvent_.end()) return &it->second;
    const std::string path = "/api/attendance?eventId=" + eventId;
    auto r = http.get(path, Millis{0}, BodyKind::List);
    if (!r) return r.error();
    auto list = readList(*r, path);
    if (!list) return list.error();
    std::vector<AttendanceRecord> rows;
    for (const auto& item : *list)
        if (auto row = hqjson::attendanceFromJson(item); row && row->eventId == eventId) rows.push_back(*row);
    return &byEvent_.emplace(eventId, std::move(rows)).first->second;
}

Result<std::optional<AttendanceRecord>> HqEventRows::otherRow(HttpClient& http, const std::string& eventId,
                                                              const std::string& patronId, const std::string& ourId) {
    auto rows = rowsOf(http, eventId);
    if (!rows) return rows.error();
    const AttendanceRecord* best = nullptr;
    for (const auto& row : **rows) {
        if (row.patronId != patronId || row.id == ourId) continue;
        // Of several (HQ keeps duplicates), the earliest visit, then the
        // smallest id: every kiosk picks the same one.
        auto key = [](const AttendanceRecord& r) { return std::pair(r.checkInTime.value_or(TimePoint::max()), r.id); };
        if (!best || key(row) < key(*best)) best = &row;
    }
    if (!best) return std::optional<AttendanceRecord>();
    return std::optional<AttendanceRecord>(*best);
}

}  // namespace credopass::sync
