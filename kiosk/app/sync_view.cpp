#include "kiosk/app/sync_view.hpp"

#include "words/sync_words.hpp"

namespace credopass::kiosk {

SyncView toSyncView(const sync::SyncStatus& status) {
    SyncView v;
    v.running = true;
    v.online = status.connection == sync::Connection::Online;
    v.offline =
        status.connection == sync::Connection::Offline || status.connection == sync::Connection::CredentialsRejected;
    v.connection = status.connection;
    v.waiting = status.waiting;
    v.poison = status.poison;
    v.lastSuccess = status.lastSuccess;
    v.lastError = status.lastError.value_or("");
    if (status.lastErrorCode) v.lastErrorWords = words::syncProblem(*status.lastErrorCode);
    if (status.draining) {
        v.drainSent = status.draining->sent;
        v.drainTotal = status.draining->total;
    }
    v.pulling = status.pulling;
    v.pullHeld = status.pullHeld;
    v.correctedAtHq = status.correctedAtHq;
    v.asked = status.asked;
    return v;
}

}  // namespace credopass::kiosk
