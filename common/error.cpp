#include "common/error.hpp"

#include <system_error>

namespace credopass {

std::string_view codeName(StorageErrc c) {
    switch (c) {
        case StorageErrc::CannotOpen: return "cannot_open";
        case StorageErrc::Busy: return "busy";
        case StorageErrc::DiskFull: return "disk_full";
        case StorageErrc::ReadOnly: return "read_only";
        case StorageErrc::Corrupt: return "corrupt";
        case StorageErrc::Io: return "io";
        case StorageErrc::Constraint: return "constraint";
        case StorageErrc::Sqlite: return "sqlite";
        case StorageErrc::NewerSchema: return "newer_schema";
        case StorageErrc::OldSchema: return "old_schema";
        case StorageErrc::Moved: return "moved";
    }
    return "storage";
}

std::string_view codeName(NetErrc c) {
    switch (c) {
        case NetErrc::Connect: return "connect";
        case NetErrc::Timeout: return "timeout";
        case NetErrc::Dropped: return "dropped";
        case NetErrc::Tls: return "tls";
        case NetErrc::Aborted: return "aborted";
        case NetErrc::Network: return "network";
        case NetErrc::Credentials: return "credentials";
        case NetErrc::HttpStatus: return "hq_error";
        case NetErrc::Protocol: return "bad_record";
        case NetErrc::Unavailable: return "unavailable";
    }
    return "network";
}

std::string_view codeName(FileErrc c) {
    switch (c) {
        case FileErrc::CannotOpen: return "cannot_open";
        case FileErrc::CannotRead: return "cannot_read";
        case FileErrc::CannotWrite: return "cannot_write";
        case FileErrc::Exists: return "exists";
        case FileErrc::InsecurePermissions: return "insecure_permissions";
        case FileErrc::BadKeyFile: return "bad_key_file";
        case FileErrc::BadFont: return "bad_font";
        case FileErrc::FontMissing: return "font_missing";
        case FileErrc::NoDisplay: return "no_display";
        case FileErrc::DiskFull: return "disk_full";
        case FileErrc::Io: return "io";
        case FileErrc::Refused: return "refused";
    }
    return "file";
}

std::string_view codeName(ConfigErrc c) {
    switch (c) {
        case ConfigErrc::Missing: return "config_missing";
        case ConfigErrc::Invalid: return "config_invalid";
        case ConfigErrc::Bad: return "bad_config";
    }
    return "config";
}

std::string_view codeName(InputErrc c) {
    switch (c) {
        case InputErrc::BadMember: return "bad_member";
        case InputErrc::BadEvent: return "bad_event";
        case InputErrc::BadTime: return "bad_time";
        case InputErrc::BadTimes: return "bad_times";
        case InputErrc::InvalidPin: return "invalid_pin";
        case InputErrc::PinTooShort: return "pin_too_short";
        case InputErrc::TooLong: return "too_long";
        case InputErrc::KeyIdClash: return "key_id_clash";
        case InputErrc::UnknownEvent: return "unknown_event";
        case InputErrc::HashFailed: return "hash_failed";
    }
    return "input";
}

std::string_view codeName(const ErrorCode& c) {
    return std::visit([](auto e) { return codeName(e); }, c);
}

std::string errnoMessage(int err) {
    return std::generic_category().message(err);
}

}  // namespace credopass
