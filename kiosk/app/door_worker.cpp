#include "kiosk/app/door_worker.hpp"

#include "badge/badge_checkin.hpp"
#include "core/attendance_export.hpp"
#include "core/device_settings.hpp"
#include "kiosk/app/staff_pin.hpp"
#include "storage/attendance.hpp"
#include "storage/audit.hpp"
#include "storage/events.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "storage/sqlite_error.hpp"

#include <algorithm>

namespace credopass::kiosk {
namespace {

constexpr const char* kStaff = "staff";
constexpr int kArrivalBins = 18;  // three hours of 10-minute bins

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

DoorStatus readStatus(storage::Database& db, Door& door, TimePoint now) {
    DoorStatus s;
    s.pinnedEventId = device::pinnedEvent(db);
    s.mode = device::doorMode(db);
    auto choice = door.currentEvent(s.pinnedEventId);
    if (choice) {
        s.event = choice->event;
        s.why = choice->why;
        s.admits = choice->admits;
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
    auto counts = storage::outbox::counts(db);
    s.waiting = counts.waiting;
    for (const auto& p : storage::outbox::poison(db))
        s.poison.push_back({p.seq, p.entity, p.poisonReason.value_or("")});
    s.pinSet = hasStaffPin(db);
    return s;
}

}  // namespace

std::string_view toString(ScanSource s) {
    switch (s) {
        case ScanSource::Camera: return "camera";
        case ScanSource::Scanner: return "scanner";
        case ScanSource::Keyboard: return "keyboard";
    }
    return "";
}

Result<std::unique_ptr<DoorWorker>> DoorWorker::start(DoorWorkerOptions options, const Clock& clock) {
    auto db = storage::Database::open(options.dbPath);
    if (!db) return db.error();
    std::unique_ptr<DoorWorker> worker(new DoorWorker(std::move(options), clock, std::move(*db)));
    worker->thread_ = std::thread([w = worker.get()] { w->run(); });
    return worker;
}

DoorWorker::DoorWorker(DoorWorkerOptions options, const Clock& clock, storage::Database db)
    : options_(std::move(options)), clock_(clock), db_(std::move(db)) {}

DoorWorker::~DoorWorker() {
    stop();
}

void DoorWorker::stop() {
    requests_.close();
    if (thread_.joinable()) thread_.join();
}

void DoorWorker::reply(DoorReply r) {
    replies_.push(std::move(r));
    if (options_.wake) options_.wake();
}

void DoorWorker::run() {
    // Requests queued before stop() are still served: a scan already
    // acknowledged by a beep must reach the database.
    for (;;) {
        auto request = requests_.popFor(std::chrono::seconds(1));
        if (!request) {
            if (requests_.closed()) return;
            continue;
        }
        handle(*request);
    }
}

void DoorWorker::handle(const DoorRequest& request) {
    Door door(db_, clock_, options_.policy);
    auto audit = [&](std::string_view action, std::string_view detail) {
        storage::audit::append(db_, clock_.now(), kStaff, action, detail);
    };
    try {
        std::visit(
            Overloaded{
                [&](const ScanRequest& scan) {
                    CheckinReply r;
                    r.scannedAt = scan.scannedAt;
                    auto verdict = badge::verifyBadgeText(db_, clock_, scan.text);
                    const auto& staff = options_.staffMembers;
                    if (verdict && verdict->accepted() &&
                        std::find(staff.begin(), staff.end(), verdict->memberId()) != staff.end()) {
                        auto member = storage::members::find(db_, verdict->memberId());
                        audit("unlock", "staff badge");
                        return reply(StaffBadgeReply{member ? member->fullName() : std::string("staff")});
                    }
                    badge::BadgeScan badgeScan;
                    badgeScan.text = scan.text;
                    badgeScan.eventId = device::pinnedEvent(db_);
                    badgeScan.mode = device::doorMode(db_);
                    auto result = badge::checkinBadge(door, db_, clock_, badgeScan);
                    if (result)
                        r.result = std::move(*result);
                    else
                        r.error = result.error();
                    reply(std::move(r));
                },
                [&](const ManualCheckin& manual) {
                    // Staff chose the member by name: no badge to verify, the door rules still apply.
                    CheckinRequest req;
                    req.memberId = manual.memberId;
                    req.eventId = device::pinnedEvent(db_);
                    req.mode = manual.mode;
                    auto result = door.checkin(req);
                    CheckinReply r;
                    r.scannedAt = std::chrono::steady_clock::now();
                    r.manual = true;
                    if (result)
                        r.result = std::move(*result);
                    else
                        r.error = result.error();
                    std::string detail = manual.memberId;
                    detail += ' ';
                    detail += r.result ? toString(r.result->outcome) : std::string_view("failed");
                    audit(manual.mode == DoorMode::OutOnly ? "manual_checkout" : "manual_checkin", detail);
                    reply(std::move(r));
                },
                [&](const VerifyPin& pin) {
                    PinAttempt attempt = attemptStaffPin(db_, pin.pin, clock_.now());
                    PinReply r{attempt.ok, attempt.noPinSet, attempt.refusedLocked, attempt.retryAfter};
                    if (attempt.ok)
                        audit("unlock", "pin");
                    else if (attempt.refusedLocked)
                        audit("unlock_refused", "locked out");
                    else if (!attempt.noPinSet)
                        audit("unlock_failed", "pin, failure " + std::to_string(attempt.failures));
                    reply(r);
                },
                [&](const SearchMembers& search) {
                    auto members = storage::members::search(db_, search.text, 20);
                    reply(SearchReply{search.text, std::move(members)});
                },
                [&](const RefreshStatus&) { reply(StatusReply{readStatus(db_, door, clock_.now())}); },
                [&](const PinEvent& pin) {
                    if (pin.eventId && !storage::events::find(db_, *pin.eventId))
                        return reply(FailureReply{"pin_event", Error{InputErrc::UnknownEvent, "that event is gone"}});
                    device::setPinnedEvent(db_, pin.eventId);
                    audit("pin_event", pin.eventId.value_or("none"));
                    reply(StatusReply{readStatus(db_, door, clock_.now())});
                },
                [&](const SetMode& mode) {
                    device::setDoorMode(db_, mode.mode);
                    audit("door_mode", toString(mode.mode));
                    reply(StatusReply{readStatus(db_, door, clock_.now())});
                },
                [&](const ExportCsv& exp) {
                    ExportReply r;
                    r.path = exp.path;
                    auto rows = exportAttendanceCsv(db_, {}, exp.path);
                    if (rows)
                        r.rows = *rows;
                    else
                        r.error = rows.error();
                    std::string detail = exp.path;
                    detail += rows ? " (" + std::to_string(*rows) + " rows)" : std::string(" failed");
                    audit("export_csv", detail);
                    reply(std::move(r));
                },
                [&](const AuditNote& note) { audit(note.action, note.detail); },
            },
            request);
    } catch (const storage::StorageError& e) {
        if (const auto* scan = std::get_if<ScanRequest>(&request)) {
            CheckinReply r;
            r.scannedAt = scan->scannedAt;
            r.error = e.error();
            reply(std::move(r));
        } else {
            reply(FailureReply{"storage", e.error()});
        }
    }
}

}  // namespace credopass::kiosk
