#pragma once
// What went wrong, as a value. A code is an enum of its domain, so callers
// classify with a switch (-Wswitch-enum finds the case someone forgot) and
// never by comparing strings; codeName() gives the stable machine name that
// JSON output and logs carry. The message is for people: what happened and
// what to do.

#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace credopass {

// The local database (SQLite).
enum class StorageErrc {
    CannotOpen,   // missing folder, no permission
    Busy,         // another process holds the lock
    DiskFull,     // nothing was written
    ReadOnly,     // read-only file system or file
    Corrupt,      // damaged, foreign, or a value that cannot be read back
    Io,           // the device refused a read or write
    Constraint,   // a row broke a rule of the schema
    Sqlite,       // anything else SQLite reports
    NewerSchema,  // written by a newer build: refused, never downgraded
    OldSchema,    // needs a migration this connection may not run
    Moved,        // the file was deleted, renamed or replaced under the open connection
};

// Talking to HQ.
enum class NetErrc {
    Connect,      // nothing was sent: no route, refused, DNS
    Timeout,      // HQ did not answer in time
    Dropped,      // the connection broke mid-exchange
    Tls,          // certificate or handshake refused
    Aborted,      // we stopped it (shutdown)
    Network,      // any other transfer failure
    Credentials,  // HQ refused the token (401/403)
    HttpStatus,   // HQ answered with an unexpected status
    Protocol,     // HQ's answer is not what the API promises
    Unavailable,  // a push round stopped because HQ could not take records
};

// Files and devices on this machine.
enum class FileErrc {
    CannotOpen,
    CannotRead,
    CannotWrite,
    Exists,               // refusing to replace a file
    InsecurePermissions,  // a secret readable by others
    BadKeyFile,
    BadFont,
    FontMissing,
    NoDisplay,
    DiskFull,
    Io,
    Refused,  // a path we will not write (not a .csv, or a file that is not ours)
};

// The configuration (file or command line).
enum class ConfigErrc {
    Missing,
    Invalid,  // a file that does not parse or holds a wrong value
    Bad,      // a setting that cannot be used (URL, token file)
};

// A request that cannot be carried out as asked.
enum class InputErrc {
    BadMember,     // not a member id
    BadEvent,      // not an event id
    BadTime,       // not an ISO 8601 time
    BadTimes,      // times that contradict each other or lie out of range
    InvalidPin,    // not a PIN this kiosk accepts
    PinTooShort,   // a new staff PIN with fewer digits than the minimum (core/pin_format.hpp)
    TooLong,       // more than fits (a QR code)
    KeyIdClash,    // two keys with one id
    UnknownEvent,  // an event id this kiosk does not have
    HashFailed,    // the PIN could not be hashed (libsodium)
};

using ErrorCode = std::variant<StorageErrc, NetErrc, FileErrc, ConfigErrc, InputErrc>;

// The system's words for an errno value ("No space left on device"). Thread-safe,
// unlike std::strerror: the door, sync and camera threads all report file errors.
std::string errnoMessage(int err);

std::string_view codeName(StorageErrc c);
std::string_view codeName(NetErrc c);
std::string_view codeName(FileErrc c);
std::string_view codeName(ConfigErrc c);
std::string_view codeName(InputErrc c);
std::string_view codeName(const ErrorCode& c);  // "disk_full", "connect", ...

template <class E>
concept ErrorEnum = std::is_enum_v<E> && requires(E e) {
    ErrorCode(e);
};

// code == StorageErrc::Corrupt: true when the code is that value of that domain.
template <ErrorEnum E>
bool operator==(const ErrorCode& code, E e) {
    const E* mine = std::get_if<E>(&code);
    return mine && *mine == e;
}

struct Error {
    ErrorCode code;
    std::string message;

    // The code when it is of domain E, for a switch.
    template <ErrorEnum E>
    std::optional<E> as() const {
        if (const E* e = std::get_if<E>(&code)) return *e;
        return std::nullopt;
    }
    std::string_view name() const { return codeName(code); }
};

}  // namespace credopass
