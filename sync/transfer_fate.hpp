#pragma once
// What a failed exchange with HQ tells the sync about the request it carried.
// One classification for every path (POST, PUT, GET), so a TLS refusal or a
// shutdown means the same thing wherever it happens.

#include "common/error.hpp"

namespace credopass::sync {

enum class TransferFate {
    NotSent,    // HQ is unreachable or untrusted: nothing left the kiosk; HQ unavailable
    Stopped,    // we cut it short (shutdown): nothing learned, nothing to retry now
    Ambiguous,  // it may have arrived (timeout, dropped, garbled, 5xx): ask HQ before acting
    Refused,    // HQ refused the kiosk's credentials: retrying soon will not help
};

TransferFate fateOf(const Error& e);

}  // namespace credopass::sync
