#include "sync/transfer_fate.hpp"

namespace credopass::sync {

TransferFate fateOf(const Error& e) {
    auto net = e.as<NetErrc>();
    if (!net) return TransferFate::Ambiguous;  // not a transfer failure at all: be careful
    switch (*net) {
        case NetErrc::Connect:
        case NetErrc::Tls:
        case NetErrc::Unavailable: return TransferFate::NotSent;
        case NetErrc::Aborted: return TransferFate::Stopped;
        case NetErrc::Credentials: return TransferFate::Refused;
        case NetErrc::Timeout:
        case NetErrc::Dropped:
        case NetErrc::Network:
        case NetErrc::HttpStatus:
        case NetErrc::Protocol: return TransferFate::Ambiguous;
    }
    return TransferFate::Ambiguous;
}

}  // namespace credopass::sync
