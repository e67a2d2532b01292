#pragma once
// The door's end of sync: sync itself runs in a process of its own
// (credopass-sync.service), so nothing HQ sends can take the door down and
// the door needs no network. This thread reads the sync status the sync
// process keeps in the shared database, once a second, and posts it when it
// changes; staff's asks go the other way, as rows the sync process looks for
// (sync/ask_channel.hpp).
//
//   MessageQueue<SyncStatus> statuses(4);  // owned by the caller; only the newest matters
//   SyncLink link("kiosk.db", statuses);
//   link.start();
//   ... each frame: for (auto& s : statuses.drain()) show(s);
//   ... staff taps "Sync now": link.ask(SyncAsk::Now);
//   link.stop();  // or the destructor: within a second, asks already made are written

#include "common/message_queue.hpp"
#include "sync/sync_ask.hpp"
#include "sync/sync_status.hpp"

#include <optional>
#include <string>
#include <thread>

namespace credopass::sync {

class SyncLink {
public:
    SyncLink(std::string dbPath, MessageQueue<SyncStatus>& statuses);
    ~SyncLink();
    SyncLink(const SyncLink&) = delete;
    SyncLink& operator=(const SyncLink&) = delete;

    void start();
    // Staff asked: written at once, served by the sync process within about a second.
    void ask(SyncAsk ask);
    void stop();  // idempotent

private:
    void run();

    std::string dbPath_;
    MessageQueue<SyncStatus>& statuses_;
    MessageQueue<std::optional<SyncAsk>> commands_;  // nullopt: stop
    std::thread thread_;
};

}  // namespace credopass::sync
