#include "words/sync_words.hpp"

#include "common/overloaded.hpp"

namespace credopass::words {
namespace {

std::string netProblem(NetErrc c) {
    switch (c) {
        case NetErrc::Connect:
            return "HQ cannot be reached: no network here, or HQ is down. Check-ins wait on this kiosk.";
        case NetErrc::Timeout: return "HQ is too slow to answer. Check-ins wait on this kiosk; it tries again.";
        case NetErrc::Dropped:
        case NetErrc::Network: return "The connection to HQ broke. Check-ins wait on this kiosk; it tries again.";
        case NetErrc::Tls:
            return "HQ's security certificate was not accepted. Ask whoever runs HQ; check-ins wait here.";
        case NetErrc::Aborted: return "Sync was stopped (the kiosk is closing).";
        case NetErrc::Credentials:
            return "HQ refused this kiosk's access token. Ask whoever runs HQ for a new one; check-ins wait here.";
        case NetErrc::Unavailable:  // a push round that stopped: HQ unreachable or not taking records
            return "HQ cannot be reached or is not taking records now. Check-ins wait on this kiosk; it tries "
                   "again.";
        case NetErrc::HttpStatus:
        case NetErrc::Protocol:
            return "HQ is having trouble and did not take the records. Check-ins wait on this kiosk; it tries again.";
    }
    return "Sync failed. Check-ins wait on this kiosk.";
}

}  // namespace

std::string syncProblem(const ErrorCode& code) {
    return std::visit(Overloaded{
                          [](NetErrc c) { return netProblem(c); },
                          [](StorageErrc) {
                              return std::string(
                                  "This kiosk's own storage has a problem; see the details, and "
                                  "tell whoever looks after the kiosk.");
                          },
                          [](auto) { return std::string("Sync failed; see the details."); },
                      },
                      code);
}

}  // namespace credopass::words
