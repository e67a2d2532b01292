#pragma once
// Log lines, with a priority the journal keeps. Under a unit whose output goes
// to the journal (systemd sets JOURNAL_STREAM to that stream), each line is
// sent with sd_journal_send: PRIORITY= and SYSLOG_IDENTIFIER=, so
// `journalctl -u credopass-kiosk -p warning` shows what needs a person.
// Anywhere else (a terminal, the tests, which wait on these lines) it is
// printed as it always was: notices and below to standard output, warnings
// and errors to standard error.
//
// What goes in is the caller's to keep clean: no member names, emails, tokens
// or PINs (tests/e2e/kiosk_e2e.sh reads every line of a door evening for them).
// As a last guard, anything shaped like an email address is masked here.

#include <string>
#include <string_view>

namespace credopass::host {

enum class LogLevel { Error, Warning, Notice, Info };

// "credopass-kiosk", "credopass-kioskctl": the prefix outside the journal and
// the journal's SYSLOG_IDENTIFIER. Set once at start.
void setLogIdentity(std::string_view identity);
void log(LogLevel level, std::string_view line);

// `line` with every email-shaped word (x@y.z) replaced by "<email>".
std::string maskEmails(std::string_view line);

}  // namespace credopass::host
