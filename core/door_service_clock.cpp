// The door service: what the door knows of its time, and what staff say of it.
#include "core/clock_settle.hpp"
#include "core/door_service_impl.hpp"
#include "storage/clock_stamps.hpp"

namespace credopass {

Status DoorService::Impl::anchorByStaff(TimePoint trueNow, std::string_view action) {
    const TimePoint before = clock.now();
    saveAnchor(db, clock, ClockAnchor{clock.boot(), trueNow, ClockSource::Staff});
    note(staffActor(), action, "was=" + formatIso(before) + " now=" + formatIso(trueNow));
    clock.noteUntrustedStamp();  // whatever this boot wrote before is re-stamped now
    settleClock();
    return {};
}

Result<ClockState> DoorService::clockState() {
    return guarded([&]() -> Result<ClockState> {
        impl_->current();
        ClockState s;
        s.trust = impl_->clock.trust();
        s.now = impl_->clock.now();
        const std::string thisBoot = impl_->clock.boot().bootId;
        for (const auto& boot : storage::clock_stamps::held(impl_->db))
            (boot.bootId == thisBoot ? s.waiting : s.held) += boot.stamps;
        return s;
    });
}

Status DoorService::confirmClock() {
    return guarded([&]() -> Status { return impl_->anchorByStaff(impl_->clock.base().now(), "clock_confirmed"); });
}

Status DoorService::setClock(TimePoint trueNow) {
    if (trueNow < buildTime())
        return Error{InputErrc::BadTime, formatIso(trueNow) + " is before this software was built (" +
                                             formatIso(buildTime()) + "): that cannot be the time"};
    return guarded([&]() -> Status { return impl_->anchorByStaff(trueNow, "clock_set"); });
}

Result<std::int64_t> DoorService::releaseHeldTimes() {
    return guarded([&]() -> Result<std::int64_t> {
        const std::string thisBoot = impl_->clock.boot().bootId;
        std::int64_t released = 0;
        storage::Transaction tx(impl_->db);
        for (const auto& boot : storage::clock_stamps::held(impl_->db))
            if (boot.bootId != thisBoot) released += storage::clock_stamps::release(impl_->db, boot.bootId);
        if (released > 0) impl_->note(impl_->staffActor(), "clock_released", "stamps=" + std::to_string(released));
        tx.commit();
        return released;
    });
}

}  // namespace credopass
