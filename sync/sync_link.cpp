#include "sync/sync_link.hpp"

#include "common/clock.hpp"
#include "storage/database.hpp"
#include "storage/sqlite_error.hpp"
#include "sync/ask_channel.hpp"

namespace credopass::sync {
namespace {

// How often the door looks at the sync status: a second's delay on the sync
// screen goes unnoticed, and each look is a few rows read.
constexpr std::chrono::seconds kLookEvery{1};

}  // namespace

SyncLink::SyncLink(std::string dbPath, MessageQueue<SyncStatus>& statuses)
    : dbPath_(std::move(dbPath)), statuses_(statuses) {}

SyncLink::~SyncLink() {
    stop();
}

void SyncLink::start() {
    if (!thread_.joinable()) thread_ = std::thread([this] { run(); });
}

void SyncLink::ask(SyncAsk ask) {
    commands_.push(ask);
}

void SyncLink::stop() {
    commands_.push(std::nullopt);
    if (thread_.joinable()) thread_.join();
}

void SyncLink::run() {
    std::optional<storage::Database> db;
    std::optional<SyncStatus> shown;
    std::vector<SyncAsk> unsent;  // asks made while the database could not take them
    auto report = [&](SyncStatus s) {
        if (shown && *shown == s) return;
        shown = s;
        statuses_.push(std::move(s));
    };
    auto trouble = [&](const Error& e) {
        SyncStatus s = shown.value_or(SyncStatus{});
        s.lastError = "the kiosk's database: " + e.message;
        s.lastErrorCode = e.code;
        report(std::move(s));
    };
    for (bool first = true;; first = false) {
        // The first look at once: the sync screen has something to show from the start.
        auto command = commands_.popFor(first ? std::chrono::seconds(0) : kLookEvery);
        if (command && !*command) break;
        if (command) unsent.push_back(**command);
        if (!db) {
            storage::OpenOptions options;
            options.create = false;  // the door made it; a vanished file is not ours to recreate
            auto opened = storage::Database::open(dbPath_, options);
            if (!opened) {
                trouble(opened.error());
                continue;
            }
            db.emplace(std::move(opened).value());
        }
        try {
            const bool askedNow = !unsent.empty();
            for (; !unsent.empty(); unsent.erase(unsent.begin()))
                postAsk(*db, unsent.front());
            SyncStatus s = loadStatus(*db);
            // Written this instant: the screen shows "Syncing..." even if the sync
            // process served it already (the next look says so).
            s.asked = s.asked || askedNow;
            report(std::move(s));
        } catch (const storage::StorageError& e) {
            trouble(e.error());
            if (e.error().code == StorageErrc::Moved) db.reset();  // open the new file next time
        }
    }
    // Asks made just before closing still reach the sync process.
    if (!db) return;
    try {
        for (SyncAsk ask : unsent)
            postAsk(*db, ask);
    } catch (const storage::StorageError&) {
        // The door is closing; an ask it could not write is one staff will make again.
    }
}

}  // namespace credopass::sync
