#pragma once
// The staff PIN, stored only as an Argon2id hash (libsodium crypto_pwhash_str)
// in the settings table. The plain PIN never reaches the disk or a log.
//
// Cost: 3 passes over 32 MiB. Verifying takes a few hundred milliseconds on a
// Raspberry Pi-class board, which is why it runs on the door worker thread,
// never on the UI thread. libsodium's "interactive" preset uses 64 MiB, which
// would double the kiosk's peak memory for no gain on a six-to-twelve digit PIN
// that the lockout already protects.

#include "common/clock.hpp"
#include "common/result.hpp"
#include "common/time.hpp"
#include "core/pin_attempt.hpp"
#include "core/pin_format.hpp"
#include "storage/database.hpp"

#include <string>
#include <string_view>

namespace credopass {

Result<std::string> hashPin(std::string_view pin);
bool pinMatches(std::string_view hash, std::string_view pin);

bool hasStaffPin(storage::Database& db);
// Errors: PinTooShort, InvalidPin (core/pin_format.hpp), HashFailed (out of memory).
Status setStaffPin(storage::Database& db, std::string_view pin);
// False when no PIN is set.
bool checkStaffPin(storage::Database& db, std::string_view pin);

// The lockout runs on the boot clock: the wall clock jumping either way (a
// board without a clock battery, NTP stepping it) neither ends it early nor
// stretches it past kMaxLockout.
PinAttempt attemptStaffPin(storage::Database& db, std::string_view pin, const BootInstant& now);

}  // namespace credopass
