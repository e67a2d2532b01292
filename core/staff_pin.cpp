#include "core/staff_pin.hpp"

#include "storage/settings.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstdlib>

namespace credopass {
namespace {

constexpr const char* kPinHashKey = "staff.pinHash";
constexpr const char* kFailuresKey = "staff.pinFailures";
constexpr const char* kLockedUntilKey = "staff.pinLockedUntil";
constexpr unsigned long long kOpsLimit = 3;
constexpr std::size_t kMemLimit = std::size_t{32} * 1024 * 1024;

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
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

PinAttempt attemptStaffPin(storage::Database& db, std::string_view pin, TimePoint now) {
    PinAttempt a;
    if (!hasStaffPin(db)) {
        a.noPinSet = true;
        return a;
    }
    auto stored = storage::settings::get(db, kFailuresKey);
    a.failures = stored ? std::atoi(stored->c_str()) : 0;
    if (auto until = storage::settings::get(db, kLockedUntilKey)) {
        auto t = parseIso(*until);
        if (t && *t > now) {
            a.refusedLocked = true;
            a.retryAfter = *t - now;
            return a;
        }
    }
    // The attempt counts as a failure before the Argon2 check, which takes
    // long enough on a Pi to pull the plug during it: a power cut then costs
    // the attempt, it never resets the count.
    ++a.failures;
    a.retryAfter = lockoutDelayAfter(a.failures);
    storage::settings::set(db, kFailuresKey, std::to_string(a.failures));
    storage::settings::set(db, kLockedUntilKey, formatIso(now + a.retryAfter));
    if (checkStaffPin(db, pin)) {
        a.ok = true;
        a.failures = 0;
        a.retryAfter = Millis{0};
        storage::settings::erase(db, kFailuresKey);
        storage::settings::erase(db, kLockedUntilKey);
    }
    return a;
}

}  // namespace credopass
