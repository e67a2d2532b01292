// The door service: what staff screens and kioskctl read (status, members,
// events, attendance) and the demo data.
#include "common/text.hpp"
#include "core/attendance_export.hpp"
#include "core/demo_data.hpp"
#include "core/door_service_impl.hpp"
#include "core/staff_pin.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/loyalty.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"

#include <algorithm>

namespace credopass {
namespace {
constexpr int kArrivalBins = 18;  // three hours of 10-minute bins
}

Result<DoorStatus> DoorService::status() {
    return guarded([&]() -> Result<DoorStatus> {
        auto& db = impl_->db;
        const auto& loaded = impl_->current();
        const TimePoint now = impl_->clock.now();
        DoorStatus s;
        s.pinnedEventId = loaded.pinnedEventId;
        s.mode = loaded.mode;
        s.unsignedAccepted = loaded.policy.acceptsUnsigned();
        auto choice = impl_->door.currentEvent(s.pinnedEventId);
        if (choice) {
            s.event = choice->event;
            s.why = choice->why;
            s.admits = choice->admits;
            s.reason = choice->reason;
            s.doorsOpen = choice->doorsOpen;
        } else {
            s.why = choice.error().message;
        }
        if (s.event) {
            s.attended = storage::attendance::countAttended(db, s.event->id);
            s.inside = storage::attendance::countInside(db, s.event->id);
            auto times = storage::attendance::checkInTimes(db, s.event->id);
            s.arrivals = binArrivals(times, now, kArrivalBins);
        }
        s.members = storage::members::count(db);
        s.events = storage::events::all(db);
        s.next = nextEvent(s.events, now);
        if (auto clock = clockState()) s.clock = *clock;
        if (impl_->nameGlyphsVersion != impl_->dataVersion) {
            std::string names = storage::members::allNameText(db);
            for (const Event& e : s.events)
                names += e.name;
            std::u32string all = distinctCodePoints(names);
            all.erase(all.begin(), std::upper_bound(all.begin(), all.end(), U'\x7F'));
            impl_->nameGlyphs = std::move(all);
            impl_->nameGlyphsVersion = impl_->dataVersion;
        }
        s.nameGlyphs = impl_->nameGlyphs;
        s.waiting = storage::outbox::counts(db).waiting;
        for (const auto& p : storage::outbox::poison(db))
            s.poison.push_back(PoisonRecord{p.seq, p.entity, p.entityId, p.poisonReason.value_or(""), p.queuedAt});
        s.pinSet = hasStaffPin(db);
        return s;
    });
}

Result<EventChoice> DoorService::currentEvent() {
    return guarded([&]() -> Result<EventChoice> { return impl_->door.currentEvent(impl_->current().pinnedEventId); });
}

Result<std::vector<Member>> DoorService::searchMembers(std::string_view text, int limit) {
    return guarded([&]() -> Result<std::vector<Member>> { return storage::members::search(impl_->db, text, limit); });
}

Result<std::vector<MemberSummary>> DoorService::members(std::string_view search, int limit) {
    return guarded([&]() -> Result<std::vector<MemberSummary>> {
        auto& db = impl_->db;
        auto found =
            search.empty() ? storage::members::all(db) : storage::members::search(db, search, limit ? limit : -1);
        if (limit > 0 && found.size() > static_cast<std::size_t>(limit)) found.resize(static_cast<std::size_t>(limit));
        const TimePoint now = impl_->clock.now();
        std::vector<MemberSummary> out;
        out.reserve(found.size());
        for (Member& m : found) {
            auto points = storage::loyalty::unexpiredPoints(db, m.id, now);
            out.push_back(MemberSummary{std::move(m), points, tierForPoints(points)});
        }
        return out;
    });
}

Result<std::vector<EventSummary>> DoorService::events() {
    return guarded([&]() -> Result<std::vector<EventSummary>> {
        std::vector<EventSummary> out;
        for (Event& e : storage::events::all(impl_->db)) {
            auto inside = storage::attendance::countInside(impl_->db, e.id);
            out.push_back(EventSummary{std::move(e), inside});
        }
        return out;
    });
}

Result<std::optional<Member>> DoorService::member(const std::string& id) {
    return guarded([&]() -> Result<std::optional<Member>> { return storage::members::find(impl_->db, id); });
}

Result<std::vector<AttendanceEntry>> DoorService::attendance(std::string_view eventId) {
    return guarded(
        [&]() -> Result<std::vector<AttendanceEntry>> { return storage::attendance::list(impl_->db, eventId); });
}

Status DoorService::writeAttendanceCsv(std::string_view eventId, std::ostream& out) {
    return guarded([&]() -> Status { return credopass::writeAttendanceCsv(impl_->db, eventId, out); });
}

Result<std::size_t> DoorService::exportAttendanceCsv(std::string_view eventId, const std::string& path) {
    return guarded([&]() -> Result<std::size_t> {
        auto rows = credopass::exportAttendanceCsv(impl_->db, eventId, path);
        std::string detail = path;
        detail += rows ? " (" + std::to_string(*rows) + " rows)" : std::string(" failed");
        impl_->noteQuietly(impl_->staffActor(), "export_csv", detail);
        return rows;
    });
}

Result<demo::Summary> DoorService::loadDemo(int generatedMembers) {
    return guarded([&]() -> Result<demo::Summary> {
        impl_->stale = true;
        return demo::load(impl_->db, impl_->clock.now(), generatedMembers);
    });
}

Result<int> DoorService::schemaVersion() {
    return guarded([&]() -> Result<int> { return impl_->db.schemaVersion(); });
}

}  // namespace credopass
