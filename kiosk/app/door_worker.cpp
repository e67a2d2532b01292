#include "kiosk/app/door_worker.hpp"

#include "common/overloaded.hpp"

namespace credopass::kiosk {
namespace {

// The door's journal is copied back into the database between members, never
// inside a check-in's commit: once it holds SQLite's own threshold of pages,
// when nothing waits and nobody was served for a moment; and, at a door that
// is never quiet, once it holds ten times that (about 40 MB), so it cannot
// grow without bound.
constexpr std::int64_t kQuietCheckpointPages = 1000;
constexpr std::int64_t kBusyCheckpointPages = 10'000;
constexpr Millis kQuietAfter{2000};
constexpr Millis kCheckpointPauseAfterFailure{60'000};

CheckinReply checkinReply(Result<CheckinResult> result, SteadyTime scannedAt, bool manual) {
    CheckinReply r;
    r.scannedAt = scannedAt;
    r.manual = manual;
    if (result)
        r.result = std::move(*result);
    else
        r.error = result.error();
    return r;
}

DoorReply statusReply(DoorService& service, const char* action) {
    auto status = service.status();
    if (!status) return FailureReply{action, status.error()};
    return StatusReply{std::move(*status)};
}

}  // namespace

Result<std::unique_ptr<DoorWorker>> DoorWorker::start(DoorWorkerOptions options, const Clock& clock) {
    options.service.checkpointBetweenMembers = true;
    options.service.recordsAfterAnswer = true;  // a member's answer waits only for the intent log
    auto service = DoorService::open(std::move(options.service), clock);
    if (!service) return service.error();
    std::unique_ptr<DoorWorker> worker(
        new DoorWorker(std::move(options.wake), std::move(*service), options.auditRetention, options.testScanDelay));
    worker->thread_ = std::thread([w = worker.get()] { w->run(); });
    return worker;
}

DoorWorker::DoorWorker(std::function<void()> wake, DoorService service, Millis auditRetention, Millis testScanDelay)
    : wake_(std::move(wake)),
      service_(std::move(service)),
      auditRetention_(auditRetention),
      testScanDelay_(testScanDelay) {}

DoorWorker::~DoorWorker() {
    stop();
}

void DoorWorker::stop() {
    requests_.close();
    if (thread_.joinable()) thread_.join();
}

void DoorWorker::reply(DoorReply r) {
    replies_.push(std::move(r));
    if (wake_) wake_();
}

void DoorWorker::run() {
    pruneAuditIfDue();  // at start
    // Requests queued before stop() are still served: a scan already
    // acknowledged by a beep must reach the database.
    for (;;) {
        auto request = requests_.popFor(std::chrono::seconds(1));
        // Between taking a request and serving it (and once a second while
        // idle): the reply to any request then comes after a prune that was
        // due when it was asked, which is what lets tests wait for one.
        pruneAuditIfDue();
        if (!request) {
            if (requests_.closed()) return;
            writeOwedRecords(Moment::Quiet);  // a failed write is tried again each idle second
            checkpointIfDue();
            continue;
        }
        // Nobody at the door waits on a status, a search or a ping: a quiet
        // moment is used before it (and so is done by the time it is answered).
        // A member's check-in is never held back; after it, only the records
        // and a journal past the busy limit.
        const bool member = std::holds_alternative<Scan>(*request) || std::holds_alternative<ManualCheckin>(*request);
        if (!member) {
            writeOwedRecords(Moment::Quiet);
            checkpointIfDue();
        }
        handle(*request);
        if (member) {
            // The member has their answer: now the records, before the next request.
            writeOwedRecords(Moment::BetweenMembers);
            checkpointIfDue();
        }
    }
}

void DoorWorker::writeOwedRecords(Moment moment) {
    // Between members the records are committed without waiting for the
    // disk (their intent log entries keep them safe); a quiet moment puts
    // them there, one fsync for however many members came.
    auto written = moment == Moment::Quiet ? service_.syncRecords() : service_.settle();
    if (written) {
        recordsFailing_ = false;
        return;
    }
    // The actions are safe in the intent log, and each door action tries
    // again first: staff are told once, not at every idle second.
    if (!recordsFailing_) reply(FailureReply{"records", written.error()});
    recordsFailing_ = true;
}

void DoorWorker::checkpointIfDue() {
    const Millis now = service_.clock().boot().sinceBoot;
    if (checkpointPausedUntil_ && now < *checkpointPausedUntil_) return;
    const bool quiet = requests_.size() == 0 && (!lastMemberAt_ || now - *lastMemberAt_ >= kQuietAfter);
    auto copied = service_.checkpointJournal(quiet ? kQuietCheckpointPages : kBusyCheckpointPages);
    if (copied) return;
    // Housekeeping, like the prune: told to staff once, tried again later.
    checkpointPausedUntil_ = now + kCheckpointPauseAfterFailure;
    reply(FailureReply{"checkpoint", copied.error()});
}

void DoorWorker::pruneAuditIfDue() {
    const TimePoint now = service_.clock().now();
    // A clock set back (a board without a real-time clock, corrected by NTP)
    // must not postpone the next prune by however far it jumped.
    if (lastPrune_ && now >= *lastPrune_ && now - *lastPrune_ < std::chrono::days(1)) return;
    lastPrune_ = now;
    // Housekeeping: a failure (disk full) costs nothing at the door, so it is
    // told to staff and tried again the next day, never retried in a loop.
    if (auto removed = service_.pruneAudit(auditRetention_); !removed)
        reply(FailureReply{"audit_prune", removed.error()});
}

void DoorWorker::handle(const DoorRequest& request) {
    std::visit(Overloaded{
                   [&](const Scan& scan) {
                       lastMemberAt_ = service_.clock().boot().sinceBoot;
                       if (testScanDelay_ > Millis{0}) std::this_thread::sleep_for(testScanDelay_);
                       auto answer = service_.scan(scan);
                       if (!answer) return reply(checkinReply(answer.error(), scan.capturedAt, false));
                       if (auto* staff = std::get_if<StaffBadge>(&*answer)) return reply(StaffBadgeReply{staff->name});
                       reply(checkinReply(std::get<CheckinResult>(std::move(*answer)), scan.capturedAt, false));
                   },
                   [&](const ManualCheckin& manual) {
                       lastMemberAt_ = service_.clock().boot().sinceBoot;
                       DoorAsk ask;
                       ask.mode = manual.mode;
                       ask.overrideCapacity = manual.overrideCapacity;
                       reply(checkinReply(service_.manualCheckin(manual.memberId, ask),
                                          std::chrono::steady_clock::now(), !manual.answerAtDoor));
                   },
                   [&](const VerifyPin& pin) {
                       auto attempt = service_.attemptPin(pin.pin);
                       if (!attempt) return reply(FailureReply{"pin", attempt.error()});
                       reply(PinReply{attempt->ok, attempt->noPinSet, attempt->refusedLocked, attempt->retryAfter,
                                      pin.requestId});
                   },
                   [&](const SearchMembers& search) {
                       auto members = service_.searchMembers(search.text, 20);
                       if (!members) return reply(FailureReply{"search", members.error()});
                       reply(SearchReply{search.text, std::move(*members)});
                   },
                   [&](const RefreshStatus&) { reply(statusReply(service_, "status")); },
                   [&](const PinEvent& pin) {
                       if (auto s = service_.pinEvent(pin.eventId); !s)
                           return reply(FailureReply{"pin_event", s.error()});
                       reply(statusReply(service_, "pin_event"));
                   },
                   [&](const SetMode& mode) {
                       if (auto s = service_.setDoorMode(mode.mode); !s)
                           return reply(FailureReply{"door_mode", s.error()});
                       reply(statusReply(service_, "door_mode"));
                   },
                   [&](const ExportCsv& exp) {
                       ExportReply r;
                       r.path = exp.path;
                       auto rows = service_.exportAttendanceCsv({}, exp.path);
                       if (rows)
                           r.rows = *rows;
                       else
                           r.error = rows.error();
                       reply(std::move(r));
                   },
                   [&](const AuditNote& note) {
                       if (auto s = service_.audit(note.action, note.detail); !s)
                           reply(FailureReply{"audit", s.error()});
                   },
                   [&](const ClockAsk& ask) {
                       switch (ask.what) {
                           case ClockAsk::What::Confirm:
                               if (auto s = service_.confirmClock(); !s) return reply(FailureReply{"clock", s.error()});
                               break;
                           case ClockAsk::What::Set:
                               if (auto s = service_.setClock(ask.setTo); !s)
                                   return reply(FailureReply{"clock", s.error()});
                               break;
                           case ClockAsk::What::ReleaseHeld:
                               if (auto n = service_.releaseHeldTimes(); !n)
                                   return reply(FailureReply{"clock", n.error()});
                               break;
                       }
                       reply(statusReply(service_, "clock"));
                   },
                   [&](const Ping&) { reply(Pong{}); },
               },
               request);
}

}  // namespace credopass::kiosk
