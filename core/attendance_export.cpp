#include "core/attendance_export.hpp"

#include "common/text.hpp"
#include "storage/attendance.hpp"
#include "storage/events.hpp"
#include "storage/sqlite_error.hpp"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace credopass {
namespace {

constexpr std::string_view kHeader =
    "id,eventId,eventName,patronId,firstName,lastName,email,attended,checkInTime,checkOutTime";

bool endsWithCsv(const std::string& path) {
    if (path.size() < 5) return false;
    std::string tail = toLower(path.substr(path.size() - 4));
    return tail == ".csv";
}

// An export may replace only an earlier export: a regular file (not a link)
// that starts with our header. Anything else, the database above all, stays.
Status mayReplace(const std::string& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return {};
        return Error{FileErrc::Io, "cannot check " + path + ": " + errnoMessage(errno)};
    }
    if (!S_ISREG(st.st_mode))
        return Error{FileErrc::Refused, path + " is not a regular file (a link or a device); not writing there"};
    std::ifstream in(path, std::ios::binary);
    std::string first;
    std::getline(in, first);
    if (!first.empty() && first.back() == '\r') first.pop_back();
    if (first != kHeader)
        return Error{FileErrc::Refused, path + " exists and is not a CredoPass attendance export; not replacing it"};
    return {};
}

std::string isoOrEmpty(const std::optional<TimePoint>& t) {
    return t ? formatIso(*t) : std::string();
}

// Returns rows written.
std::size_t writeRows(storage::Database& db, std::string_view eventId, std::ostream& out) {
    std::map<std::string, std::string> eventNames;
    for (const Event& e : storage::events::all(db))
        eventNames[e.id] = e.name;
    out << kHeader << "\r\n";
    std::size_t rows = 0;
    for (const auto& entry : storage::attendance::list(db, eventId)) {
        const AttendanceRecord& r = entry.record;
        out << csvField(r.id) << ',' << csvField(r.eventId) << ',' << csvField(eventNames[r.eventId]) << ','
            << csvField(r.patronId) << ',' << csvField(entry.firstName) << ',' << csvField(entry.lastName) << ','
            << csvField(entry.email) << ',' << (r.attended ? "true" : "false") << ',' << isoOrEmpty(r.checkInTime)
            << ',' << isoOrEmpty(r.checkOutTime) << "\r\n";
        ++rows;
    }
    return rows;
}

}  // namespace

Status writeAttendanceCsv(storage::Database& db, std::string_view eventId, std::ostream& out) {
    try {
        writeRows(db, eventId, out);
    } catch (const storage::StorageError& e) {
        return e.error();
    }
    if (!out) return Error{FileErrc::Io, "could not write the CSV output"};
    return {};
}

Result<std::size_t> exportAttendanceCsv(storage::Database& db, std::string_view eventId, const std::string& path) {
    if (!endsWithCsv(path)) return Error{FileErrc::Refused, "an export is a .csv file; not writing " + path};
    if (auto ok = mayReplace(path); !ok) return ok.error();
    std::ostringstream csv;
    std::size_t rows = 0;
    try {
        rows = writeRows(db, eventId, csv);
    } catch (const storage::StorageError& e) {
        return e.error();
    }
    const std::string data = csv.str();
    // A fresh, private temporary file beside the target (never following a
    // link someone left there), renamed over it once whole and synced.
    const std::string temp = path + ".partial-" + std::to_string(::getpid());
    ::unlink(temp.c_str());  // our own leftover from a pulled stick, if any
    int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) return Error{FileErrc::Io, "cannot write " + temp + ": " + errnoMessage(errno)};
    std::size_t written = 0;
    while (written < data.size()) {
        ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            return Error{err == ENOSPC ? FileErrc::DiskFull : FileErrc::Io,
                         "writing " + path + " failed: " + errnoMessage(err) + "; the export was not saved"};
        }
        written += static_cast<std::size_t>(n);
    }
    int synced = ::fsync(fd);
    int syncErr = errno;
    int closed = ::close(fd);
    if (synced != 0 || closed != 0) {
        int err = synced != 0 ? syncErr : errno;
        ::unlink(temp.c_str());
        return Error{FileErrc::Io, "saving " + path + " failed: " + errnoMessage(err)};
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(temp.c_str());
        return Error{FileErrc::Io, "saving " + path + " failed: " + errnoMessage(err)};
    }
    return rows;
}

}  // namespace credopass
