#include "sync/reconcile.hpp"

#include "sync/merge.hpp"

#include <unordered_map>

namespace credopass::sync {
namespace {

bool sameTimes(const AttendanceRecord& a, const AttendanceRecord& b) {
    return a.attended == b.attended && a.checkInTime == b.checkInTime && a.checkOutTime == b.checkOutTime;
}

}  // namespace

Result<std::vector<Correction>> reconcileEvent(HttpClient& http, std::span<const AttendanceRecord> local,
                                               std::span<const AttendanceRecord> hq,
                                               const std::unordered_set<std::string>& queued) {
    std::unordered_map<std::string, const AttendanceRecord*> hqById;
    for (const auto& r : hq)
        hqById.emplace(r.id, &r);
    std::vector<Correction> out;
    for (const auto& ours : local) {
        if (queued.count(ours.id) || !ours.attended) continue;  // the push has it; an RSVP is HQ's alone
        auto it = hqById.find(ours.id);
        if (it == hqById.end()) continue;
        const AttendanceRecord& theirs = *it->second;
        Correction c{ours, mergeAttendance(ours, theirs), false, false};
        c.merged.lastInTime = ours.lastInTime;
        auto changes = attendanceChanges(c.merged, theirs);
        if (!changes.empty()) {
            auto p = http.put("/api/attendance/" + ours.id, changes.dump());
            if (!p) return p.error();
            c.hqChanged = p->status >= 200 && p->status < 300;
        }
        c.localChanged = !sameTimes(c.merged, ours);
        if (c.hqChanged || c.localChanged) out.push_back(std::move(c));
    }
    return out;
}

}  // namespace credopass::sync
