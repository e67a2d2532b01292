#include "core/door_service.hpp"

#include "core/badge_store.hpp"
#include "core/clock_settle.hpp"
#include "core/device_settings.hpp"
#include "core/door_service_impl.hpp"
#include "core/staff_pin.hpp"
#include "storage/applied_intents.hpp"
#include "storage/audit.hpp"
#include "storage/events.hpp"

#include <unistd.h>

namespace credopass {
namespace {

// A door intent is forgotten from the log right after its records are
// written, and a crash's leftovers at the next start: a day is far longer
// than any entry outlives its note.
constexpr Millis kIntentNotesKept = std::chrono::days(1);

}  // namespace

const DoorService::Impl::Loaded& DoorService::Impl::current() {
    auto q = db.query("PRAGMA data_version");
    q->step();
    const std::int64_t version = q->integer(0);
    if (!stale && version == dataVersion) {
        settleClock();  // NTP may have answered since: that changes no row
        return loaded;
    }
    loaded.policy = badge_store::loadPolicy(db);
    if (options.acceptCeiling) loaded.policy = loaded.policy.within(*options.acceptCeiling);
    loaded.trust = badge_store::loadTrust(db);
    loaded.pinnedEventId = device::pinnedEvent(db);
    loaded.mode = device::doorMode(db);
    clock.setAnchor(loadAnchor(db));
    dataVersion = version;
    stale = false;
    settleClock();
    return loaded;
}

void DoorService::Impl::settleClock() {
    if (options.readOnly || !clock.stampsPending()) return;
    const ClockSource source = clock.read().source;
    if (const std::int64_t n = credopass::settleClock(db, clock); n > 0)
        noteQuietly(options.actor, "clock_restamped",
                    "stamps=" + std::to_string(n) + " source=" + std::string(toString(source)));
}

void DoorService::Impl::note(std::string_view actor, std::string_view action, std::string_view detail) {
    storage::audit::append(db, clock.now(), actor, action, detail);
}

void DoorService::Impl::noteQuietly(std::string_view actor, std::string_view action, std::string_view detail) noexcept {
    try {
        note(actor, action, detail);
    } catch (const std::exception&) {
        // nothing to do: see the header
    }
}

Result<DoorService> DoorService::open(DoorServiceOptions options, const Clock& clock) {
    storage::OpenOptions how;
    how.readOnly = options.readOnly;
    how.create = options.create;
    if (options.checkpointBetweenMembers) how.checkpoints = storage::OpenOptions::Checkpoints::OnRequest;
    if (!options.create && ::access(options.dbPath.c_str(), F_OK) != 0)
        return Error{StorageErrc::CannotOpen,
                     "the database " + options.dbPath +
                         " does not exist. The door never starts on a new, empty one (it would have no staff PIN "
                         "and trust no badges): check that the storage is mounted and the path is right, or create "
                         "it with: credopass-kioskctl --db " +
                         options.dbPath + " init"};
    auto db = storage::Database::open(options.dbPath, how);
    if (!db) return db.error();
    auto impl = std::make_unique<Impl>(std::move(options), clock, std::move(*db));
    // What a crash left in the intent log is written now, before anything
    // reads the records. If that cannot be done yet (another process holds
    // the database past the busy wait), the first door action tries again.
    if (!impl->options.readOnly) (void)impl->door.settle();
    return DoorService(std::move(impl));
}

DoorService::DoorService(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DoorService::DoorService(DoorService&&) noexcept = default;
DoorService& DoorService::operator=(DoorService&&) noexcept = default;
DoorService::~DoorService() = default;

const Clock& DoorService::clock() const {
    return impl_->clock;
}
const std::string& DoorService::dbPath() const {
    return impl_->options.dbPath;
}

Status DoorService::pinEvent(const std::optional<std::string>& eventId) {
    return guarded([&]() -> Status {
        if (eventId && !storage::events::find(impl_->db, *eventId))
            return Error{InputErrc::UnknownEvent, "no event with id " + *eventId + " on this kiosk"};
        device::setPinnedEvent(impl_->db, eventId);
        impl_->stale = true;
        impl_->note(impl_->staffActor(), "pin_event", eventId.value_or("none"));
        return {};
    });
}

Status DoorService::setDoorMode(DoorMode mode) {
    return guarded([&]() -> Status {
        device::setDoorMode(impl_->db, mode);
        impl_->stale = true;
        impl_->note(impl_->staffActor(), "door_mode", toString(mode));
        return {};
    });
}

Result<PinAttempt> DoorService::attemptPin(std::string_view pin) {
    return guarded([&]() -> Result<PinAttempt> {
        PinAttempt attempt = attemptStaffPin(impl_->db, pin, impl_->clock.boot());
        const std::string actor = impl_->staffActor();
        if (attempt.ok)
            impl_->note(actor, "unlock", "pin");
        else if (attempt.refusedLocked)
            impl_->note(actor, "unlock_refused", "locked out");
        else if (!attempt.noPinSet)
            impl_->note(actor, "unlock_failed", "pin, failure " + std::to_string(attempt.failures));
        return attempt;
    });
}

Status DoorService::setPin(std::string_view pin) {
    return guarded([&]() -> Status {
        if (auto stored = setStaffPin(impl_->db, pin); !stored) return stored;
        impl_->note(impl_->staffActor(), "pin_set", "");  // who changed it and when; never the PIN
        return {};
    });
}

Result<bool> DoorService::hasPin() {
    return guarded([&]() -> Result<bool> { return hasStaffPin(impl_->db); });
}

Status DoorService::audit(std::string_view action, std::string_view detail) {
    return guarded([&]() -> Status {
        impl_->note(impl_->staffActor(), action, detail);
        return {};
    });
}

Result<std::int64_t> DoorService::pruneAudit(Millis maxAge) {
    return guarded([&]() -> Result<std::int64_t> {
        const TimePoint cutoff = impl_->clock.now() - maxAge;
        // Notes of intents the log may still hold must stay, so the door first
        // puts every record on the disk and empties its log (housekeeping is a
        // quiet moment); after a failure the notes wait for the next prune.
        const bool logEmpty = static_cast<bool>(impl_->door.syncRecords());
        // One transaction: the entries go and the note saying so comes, or neither.
        storage::Transaction tx(impl_->db);
        const std::int64_t removed = storage::audit::removeBefore(impl_->db, cutoff);
        if (logEmpty) storage::applied_intents::prune(impl_->db, impl_->clock.now() - kIntentNotesKept);
        if (removed > 0)
            impl_->note(
                impl_->options.actor, "audit_prune",
                std::to_string(removed) + (removed == 1 ? " entry" : " entries") + " before " + formatIso(cutoff));
        tx.commit();
        return removed;
    });
}

Status DoorService::settle() {
    if (impl_->options.readOnly) return {};
    return impl_->door.settle();
}

Status DoorService::syncRecords() {
    if (impl_->options.readOnly) return {};
    return impl_->door.syncRecords();
}

Result<bool> DoorService::checkpointJournal(std::int64_t pages) {
    return guarded([&]() -> Result<bool> {
        if (!impl_->options.checkpointBetweenMembers || impl_->db.walPages() < pages) return false;
        return impl_->db.checkpoint();
    });
}

}  // namespace credopass
