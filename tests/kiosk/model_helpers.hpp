#pragma once
// What the kiosk model tests share: a configuration with short times, a
// door's answers, and the steps of unlocking staff mode.

#include "kiosk/app/kiosk_model.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace credopass::kiosk::testing {

using namespace std::chrono_literals;

inline KioskConfig config() {
    KioskConfig c;
    c.resultDuration = 3s;
    c.autoLockAfter = 120s;
    c.pinScreenTimeout = 30s;
    return c;
}

inline CheckinReply welcome(SteadyTime scannedAt) {
    CheckinResult r;
    r.outcome = Outcome::CheckedIn;
    r.member = Member{"id", "jane@example.com", "Jane", "Smith", std::nullopt, {}, {}};
    CheckinReply reply;
    reply.result = r;
    reply.scannedAt = scannedAt;
    return reply;
}

template <class T>
std::vector<T> requestsOf(KioskModel& m) {
    std::vector<T> out;
    for (auto& r : m.takeRequests())
        if (auto* x = std::get_if<T>(&r)) out.push_back(*x);
    return out;
}

inline void typePin(KioskModel& m, const std::string& pin, SteadyTime now) {
    for (char d : pin)
        m.pinDigit(d, now);
}

// Submits what was typed; returns the check the model sent the door worker.
inline VerifyPin submitPin(KioskModel& m, SteadyTime now) {
    m.takeRequests();
    m.pinSubmit(now);
    auto verify = requestsOf<VerifyPin>(m);
    REQUIRE(verify.size() == 1);
    return verify[0];
}

inline PinReply pinOk(const VerifyPin& check) {
    PinReply r;
    r.ok = true;
    r.requestId = check.requestId;
    return r;
}

inline PinReply pinWrong(const VerifyPin& check, std::chrono::milliseconds retryAfter) {
    PinReply r;
    r.retryAfter = retryAfter;
    r.requestId = check.requestId;
    return r;
}

inline void unlock(KioskModel& m, SteadyTime now) {
    m.openStaff(now);
    typePin(m, "123456", now);
    m.apply(pinOk(submitPin(m, now)), now);
    REQUIRE(m.staffUnlocked());
}

}  // namespace credopass::kiosk::testing
