#include "words/sync_words.hpp"

#include "common/overloaded.hpp"
#include "words/translate.hpp"

namespace credopass::words {
namespace {

const char* netProblem(NetErrc c) {
    switch (c) {
        case NetErrc::Connect:
            return tr("HQ cannot be reached: no network here, or HQ is down. Check-ins wait on this kiosk.");
        case NetErrc::Timeout: return tr("HQ is too slow to answer. Check-ins wait on this kiosk; it tries again.");
        case NetErrc::Dropped:
        case NetErrc::Network: return tr("The connection to HQ broke. Check-ins wait on this kiosk; it tries again.");
        case NetErrc::Tls:
            return tr("HQ's security certificate was not accepted. Ask whoever runs HQ; check-ins wait here.");
        case NetErrc::Aborted: return tr("Sync was stopped (the kiosk is closing).");
        case NetErrc::Credentials:
            return tr("HQ refused this kiosk's access token. Ask whoever runs HQ for a new one; check-ins wait here.");
        case NetErrc::Unavailable:  // a push round that stopped: HQ unreachable or not taking records
            return tr(
                "HQ cannot be reached or is not taking records now. Check-ins wait on this kiosk; it tries "
                "again.");
        case NetErrc::HttpStatus:
        case NetErrc::Protocol:
            return tr(
                "HQ is having trouble and did not take the records. Check-ins wait on this kiosk; it tries again.");
    }
    return tr("Sync failed. Check-ins wait on this kiosk.");
}

}  // namespace

std::string syncProblem(const ErrorCode& code) {
    return std::visit(Overloaded{
                          [](NetErrc c) { return std::string(netProblem(c)); },
                          [](StorageErrc) {
                              return std::string(
                                  tr("This kiosk's own storage has a problem; see the details, and "
                                     "tell whoever looks after the kiosk."));
                          },
                          [](auto) { return std::string(tr("Sync failed; see the details.")); },
                      },
                      code);
}

}  // namespace credopass::words
