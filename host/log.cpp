#include "host/log.hpp"

#include <sys/stat.h>
#include <syslog.h>
#include <systemd/sd-journal.h>
#include <unistd.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

namespace credopass::host {
namespace {

std::mutex identityMutex;
std::string identity = "credopass";

int syslogPriority(LogLevel level) {
    switch (level) {
        case LogLevel::Error: return LOG_ERR;
        case LogLevel::Warning: return LOG_WARNING;
        case LogLevel::Notice: return LOG_NOTICE;
        case LogLevel::Info: return LOG_INFO;
    }
    return LOG_INFO;
}

// systemd.exec(5): JOURNAL_STREAM is "DEVICE:INODE" of the stream connected
// to the journal; a process whose stderr is that stream may log natively.
bool stderrIsJournal() {
    static const bool journal = [] {
        const char* stream = std::getenv("JOURNAL_STREAM");
        struct stat st {};
        if (!stream || ::fstat(STDERR_FILENO, &st) != 0) return false;
        const std::string mine = std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
        return mine == stream;
    }();
    return journal;
}

bool emailChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
}

}  // namespace

void setLogIdentity(std::string_view name) {
    std::lock_guard lock(identityMutex);
    identity = name;
}

std::string maskEmails(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    std::size_t i = 0;
    while (i < line.size()) {
        const std::size_t at = line.find('@', i);
        if (at == std::string_view::npos) break;
        std::size_t start = at;
        while (start > i && emailChar(line[start - 1]))
            --start;
        std::size_t end = at + 1;
        while (end < line.size() && emailChar(line[end]))
            ++end;
        const std::string_view domain = line.substr(at + 1, end - at - 1);
        const bool looksLikeEmail = start < at && domain.find('.') != std::string_view::npos;
        out.append(line.substr(i, (looksLikeEmail ? start : end) - i));
        if (looksLikeEmail) out += "<email>";
        i = end;
    }
    out.append(line.substr(std::min(i, line.size())));
    return out;
}

void log(LogLevel level, std::string_view line) {
    const std::string clean = maskEmails(line);
    std::string name;
    {
        std::lock_guard lock(identityMutex);
        name = identity;
    }
    if (stderrIsJournal()) {
        sd_journal_send("MESSAGE=%s", clean.c_str(), "PRIORITY=%i", syslogPriority(level), "SYSLOG_IDENTIFIER=%s",
                        name.c_str(), nullptr);
        return;
    }
    std::FILE* out = level == LogLevel::Error || level == LogLevel::Warning ? stderr : stdout;
    std::fprintf(out, "%s: %s\n", name.c_str(), clean.c_str());
    std::fflush(out);  // read line by line while the kiosk runs
}

}  // namespace credopass::host
