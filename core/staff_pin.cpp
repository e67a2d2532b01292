#include "core/staff_pin.hpp"

#include "storage/settings.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sstream>

namespace credopass {
namespace {

constexpr const char* kPinHashKey = "staff.pinHash";
constexpr const char* kFailuresKey = "staff.pinFailures";
// "bootId deadlineSinceBootMs delayMs": a deadline on the boot clock, which no
// one can set. (Version 4 and earlier kept a wall time here: a clock wrong by
// decades locked staff out for decades. Such a value no longer parses and
// only the failure count carries over.)
constexpr const char* kLockKey = "staff.pinLock";
constexpr const char* kOldLockKey = "staff.pinLockedUntil";
constexpr unsigned long long kOpsLimit = 3;
constexpr std::size_t kMemLimit = std::size_t{32} * 1024 * 1024;

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

struct Lock {
    std::string bootId;
    Millis deadline{0};  // since boot
    Millis delay{0};
};

std::optional<Lock> readLock(storage::Database& db) {
    auto text = storage::settings::get(db, kLockKey);
    if (!text) return std::nullopt;
    std::istringstream in(*text);
    Lock l;
    Millis::rep deadline = 0, delay = 0;
    if (!(in >> l.bootId >> deadline >> delay) || delay < 0) return std::nullopt;
    l.deadline = Millis(deadline);
    l.delay = std::min<Millis>(Millis(delay), kMaxLockout);
    return l;
}

void writeLock(storage::Database& db, const BootInstant& at, Millis delay) {
    storage::settings::set(
        db, kLockKey,
        at.bootId + " " + std::to_string((at.sinceBoot + delay).count()) + " " + std::to_string(delay.count()));
}

// How long the lock still holds. A lock from another boot starts again in
// this one: a power cut must not shorten it, and nothing can tell how long
// the board was off.
Millis remaining(storage::Database& db, const Lock& lock, const BootInstant& now) {
    if (lock.bootId == now.bootId) return std::clamp(lock.deadline - now.sinceBoot, Millis{0}, lock.delay);
    writeLock(db, now, lock.delay);
    return lock.delay;
}

}  // namespace

std::chrono::seconds lockoutDelayAfter(int failures) {
    if (failures < kFreePinAttempts) return std::chrono::seconds(0);
    int doublings = std::min(failures - kFreePinAttempts, 20);  // 5 s << 20 is far past the cap
    return std::min(std::chrono::seconds(kFirstLockout.count() << doublings), kMaxLockout);
}

Result<std::string> hashPin(std::string_view pin) {
    if (auto format = checkPinFormat(pin); !format) return format.error();
    if (!sodiumReady()) return Error{InputErrc::HashFailed, "libsodium could not start"};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{InputErrc::HashFailed, "not enough memory to hash the PIN"};
    return std::string(out);
}

bool pinMatches(std::string_view hash, std::string_view pin) {
    if (!sodiumReady() || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES) return false;
    std::string terminated(hash);  // crypto_pwhash_str_verify wants a C string
    return crypto_pwhash_str_verify(terminated.c_str(), pin.data(), pin.size()) == 0;
}

bool hasStaffPin(storage::Database& db) {
    return storage::settings::get(db, kPinHashKey).has_value();
}

Status setStaffPin(storage::Database& db, std::string_view pin) {
    auto hash = hashPin(pin);
    if (!hash) return hash.error();
    storage::settings::set(db, kPinHashKey, *hash);
    return {};
}

bool checkStaffPin(storage::Database& db, std::string_view pin) {
    auto hash = storage::settings::get(db, kPinHashKey);
    return hash && pinMatches(*hash, pin);
}

PinAttempt attemptStaffPin(storage::Database& db, std::string_view pin, const BootInstant& now) {
    PinAttempt a;
    if (!hasStaffPin(db)) {
        a.noPinSet = true;
        return a;
    }
    auto stored = storage::settings::get(db, kFailuresKey);
    a.failures = stored ? std::atoi(stored->c_str()) : 0;
    storage::settings::erase(db, kOldLockKey);
    if (auto lock = readLock(db)) {
        if (Millis left = remaining(db, *lock, now); left > Millis{0}) {
            a.refusedLocked = true;
            a.retryAfter = left;
            return a;
        }
    }
    // The attempt counts as a failure before the Argon2 check, which takes
    // long enough on a Pi to pull the plug during it: a power cut then costs
    // the attempt, it never resets the count.
    ++a.failures;
    a.retryAfter = lockoutDelayAfter(a.failures);
    storage::settings::set(db, kFailuresKey, std::to_string(a.failures));
    writeLock(db, now, a.retryAfter);
    if (checkStaffPin(db, pin)) {
        a.ok = true;
        a.failures = 0;
        a.retryAfter = Millis{0};
        storage::settings::erase(db, kFailuresKey);
        storage::settings::erase(db, kLockKey);
    }
    return a;
}

}  // namespace credopass
