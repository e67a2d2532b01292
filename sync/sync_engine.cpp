#include "sync/sync_engine.hpp"

#include "core/clock_settle.hpp"
#include "storage/attendance.hpp"
#include "storage/outbox.hpp"
#include "storage/sqlite_error.hpp"
#include "sync/ask_channel.hpp"
#include "sync/hq_time.hpp"
#include "sync/push_lanes.hpp"
#include "sync/transfer_fate.hpp"

#include <algorithm>
#include <chrono>

namespace credopass::sync {
namespace {

using namespace storage;

void removeConfirmed(Database& db, std::vector<std::int64_t>& seqs) {
    if (seqs.empty()) return;
    // One commit (one fsync) for the batch: HQ has them already, and if we
    // crash before this commit they are simply confirmed again next time.
    Transaction tx(db);
    for (auto seq : seqs)
        outbox::remove(db, seq);
    tx.commit();
    seqs.clear();
}

}  // namespace

Result<Database> openSyncDatabase(const std::string& path) {
    // This connection's commits (confirmations removed from the outbox,
    // retry marks, the pulled roster, status) need not reach the disk before
    // we go on: lost in a power cut, they are redone next time (HQ is asked
    // again, the roster pulled again). The door's own connection stays
    // durable, so every check-in is still synced before it is acknowledged.
    // Saves an fsync per batch while a backlog drains.
    OpenOptions options;
    options.commits = OpenOptions::Commits::Relaxed;
    return Database::open(path, options);
}

Result<SyncEngine> SyncEngine::open(const SyncConfig& config, const std::string& dbPath, const Clock& clock,
                                    const std::atomic<bool>* stop) {
    auto http = HttpClient::create(config, stop);
    if (!http) return http.error();
    auto lanes = PushLanes::create(config, stop);
    if (!lanes) return lanes.error();
    auto db = openSyncDatabase(dbPath);
    if (!db) return db.error();
    return SyncEngine(config, std::move(db).value(), std::move(http).value(), std::move(lanes).value(), clock, stop);
}

SyncEngine::SyncEngine(SyncConfig config, Database db, HttpClient http, std::unique_ptr<PushLanes> lanes,
                       const Clock& clock, const std::atomic<bool>* stop)
    : config_(std::move(config)),
      db_(std::move(db)),
      http_(std::move(http)),
      lanes_(std::move(lanes)),
      clock_(clock),
      trusted_(clock),
      stop_(stop),
      backoff_(config_.backoffBase, config_.backoffCap),
      recordBackoff_(config_.backoffBase, config_.backoffCap) {
    try {
        status_ = loadStatus(db_);
    } catch (const StorageError&) {
        // A status we cannot read is not worth refusing to sync for; it is rebuilt below.
    }
    saved_ = status_;
    // A process killed mid-drain or mid-pull left those marks behind: not true of this one.
    status_.draining.reset();
    status_.pulling = false;
}

void SyncEngine::save() {
    saveStatus(db_, status_);
    saved_ = status_;
    savedAt_ = std::chrono::steady_clock::now();
}

void SyncEngine::publish(const StatusSink& progress) {
    if (progress) progress(status_);
    // The door reads progress from the database: about once a second is enough for a bar.
    if (std::chrono::steady_clock::now() - savedAt_ >= std::chrono::seconds(1)) save();
}

std::vector<TakenAsk> SyncEngine::pendingAsks() {
    try {
        return sync::pendingAsks(db_);
    } catch (const StorageError&) {
        return {};  // read again at the next look; a round reports the database's trouble
    }
}

void SyncEngine::settleAsks(const std::vector<TakenAsk>& served) {
    try {
        sync::settleAsks(db_, served);
    } catch (const StorageError&) {
        // Left in place, the ask is served once more: harmless.
    }
}

RoundReport SyncEngine::round(bool forcePull, const StatusSink& progress) {
    RoundReport report;
    try {
        learnTime();
        push(report, progress);
        bool pullDue = forcePull || !nextPull_ || clock_.now() >= *nextPull_;
        if (!report.error && pullDue && !stopping()) pull(report);
        if (!report.error && !stopping()) report.completed = true;
        finish(report);
    } catch (const StorageError& e) {
        report.error = e.error();
        report.completed = false;
        status_.lastError = "the kiosk's database: " + e.error().message;
        status_.lastErrorCode = e.error().code;
        status_.lastErrorAt = clock_.now();
        nextDelay_ = backoff_.fail();
    }
    return report;
}

void SyncEngine::learnTime() {
    trusted_.setAnchor(loadAnchor(db_));
    if (!trusted_.read().trusted && !stopping())
        if (auto hq = readHqTime(http_, clock_)) saveAnchor(db_, trusted_, *hq);
    trusted_.noteUntrustedStamp();  // the door writes them, not this process: always look
    settleClock(db_, trusted_);
}

void SyncEngine::push(RoundReport& report, const StatusSink& progress) {
    std::vector<std::int64_t> confirmed;
    DrainProgress drain{0, outbox::counts(db_).waiting};
    auto lastPublished = std::chrono::steady_clock::now();
    bool draining = drain.total > config_.batchSize;  // a backlog worth a progress bar
    if (draining) {
        status_.draining = drain;
        publish(progress);
    }
    lanes_->newRound();
    for (bool more = true; more;) {
        auto batch = outbox::due(db_, clock_.now(), config_.batchSize, config_.backoffCap);
        if (batch.empty() || stopping()) break;
        more = batch.size() == static_cast<std::size_t>(config_.batchSize);
        auto outcomes = lanes_->push(batch);
        // Lanes stop early after an adopted id, or when the round ends: what
        // they did not send is read again (or stays for the next round).
        if (outcomes.size() < batch.size()) more = true;
        bool answered = false;  // HQ answered at least one record this batch
        std::optional<PushOutcome> ended;
        for (auto& [entry, outcome] : outcomes) {
            switch (outcome.verdict) {
                case PushVerdict::Confirmed:
                    confirmed.push_back(entry.seq);
                    ++report.confirmed;
                    ++drain.sent;
                    if (outcome.adoptedId) {
                        adoptHqId(entry.entityId, *outcome.adoptedId);
                        ++report.merged;
                    }
                    answered = true;
                    break;
                case PushVerdict::Retry:
                    outbox::markRetry(db_, entry.seq, outcome.reason,
                                      clock_.now() + recordBackoff_.delayFor(entry.attempts + 1));
                    ++report.retried;
                    answered = true;
                    break;
                case PushVerdict::Poison:
                    outbox::markPoison(db_, entry.seq, outcome.reason);
                    ++report.poisoned;
                    answered = true;
                    break;
                case PushVerdict::Unavailable:
                case PushVerdict::CredentialsRejected:
                case PushVerdict::Stopped:
                    if (!ended || ended->verdict == PushVerdict::Stopped) ended = std::move(outcome);
                    break;
            }
        }
        removeConfirmed(db_, confirmed);
        if (ended) {
            switch (ended->verdict) {
                case PushVerdict::CredentialsRejected:
                    status_.connection = Connection::CredentialsRejected;
                    report.error = Error{NetErrc::Credentials, ended->reason};
                    break;
                case PushVerdict::Unavailable:
                    status_.connection = Connection::Offline;
                    report.error = Error{NetErrc::Unavailable, ended->reason};
                    break;
                case PushVerdict::Stopped:
                case PushVerdict::Confirmed:
                case PushVerdict::Retry:
                case PushVerdict::Poison: break;
            }
            return;
        }
        if (answered) backOnline();
        if (draining && std::chrono::steady_clock::now() - lastPublished > std::chrono::milliseconds(200)) {
            lastPublished = std::chrono::steady_clock::now();
            drain.total = std::max(drain.total, drain.sent + outbox::counts(db_).waiting);
            status_.draining = drain;
            status_.waiting = drain.total - drain.sent;
            publish(progress);
        }
    }
}

// HQ answered: an error from before it did no longer describes the
// connection ("online" beside "cannot reach HQ" would contradict itself).
void SyncEngine::backOnline() {
    if (status_.connection != Connection::Online) {
        status_.lastError.reset();
        status_.lastErrorCode.reset();
        status_.lastErrorAt.reset();
    }
    status_.connection = Connection::Online;
}

void SyncEngine::adoptHqId(const std::string& ourId, const std::string& hqId) {
    Transaction tx(db_);
    attendance::adoptId(db_, ourId, hqId);
    tx.commit();
}

void SyncEngine::pull(RoundReport& report) {
    status_.pulling = true;
    save();  // the door shows "pulling the roster" while it lasts
    PullOptions options{config_.pullTimeout, config_.maxRemovalPercent, acceptRemovals_, config_.reconcileWindow};
    auto pulled = pullFromHq(http_, db_, options, clock_.now(), memo_);
    status_.pulling = false;
    if (!pulled) {
        const auto& e = pulled.error();
        const TransferFate fate = fateOf(e);
        if (fate == TransferFate::Stopped) return;
        report.error = e;
        status_.connection = fate == TransferFate::Refused ? Connection::CredentialsRejected : Connection::Offline;
        return;
    }
    report.pull = *pulled;
    acceptRemovals_ = false;  // staff accepted one pull, not every later one
    status_.pullHeld = pulled->held;
    status_.correctedAtHq += pulled->attendance.corrected;
    backOnline();
    nextPull_ = clock_.now() + config_.pullInterval;
}

void SyncEngine::finish(RoundReport& report) {
    const TimePoint now = clock_.now();
    status_.draining.reset();
    if (report.error) {
        status_.lastError = report.error->message;
        status_.lastErrorCode = report.error->code;
        status_.lastErrorAt = now;
        // A round that got records through before failing means HQ works but
        // stumbles: start the back-off again from its base.
        if (report.confirmed > 0) backoff_.succeed();
        // Wrong credentials will not fix themselves quickly: retry slowly.
        nextDelay_ = fateOf(*report.error) == TransferFate::Refused ? backoff_.cap() : backoff_.fail();
    } else if (report.completed) {
        backoff_.succeed();
        status_.lastSuccess = now;
        status_.lastError.reset();
        status_.lastErrorCode.reset();
        status_.lastErrorAt.reset();
        nextDelay_ = config_.pushInterval;
        if (auto retry = outbox::earliestRetry(db_))
            nextDelay_ = std::min(nextDelay_, std::max(Millis{0}, *retry - now));
        if (nextPull_) nextDelay_ = std::min(nextDelay_, std::max(Millis{0}, *nextPull_ - now));
    }
    status_.nextAttemptAt = now + nextDelay_;
    auto fresh = loadStatus(db_);
    status_.waiting = fresh.waiting;
    status_.poison = std::move(fresh.poison);
    // Persist what a restart (or `kioskctl status`) needs, but not every idle poll.
    bool changed = status_.connection != saved_.connection || status_.lastError != saved_.lastError ||
                   status_.lastErrorCode != saved_.lastErrorCode || status_.pulling != saved_.pulling ||
                   status_.draining.has_value() != saved_.draining.has_value() || status_.pullHeld != saved_.pullHeld ||
                   status_.correctedAtHq != saved_.correctedAtHq ||
                   (status_.lastSuccess &&
                    (!saved_.lastSuccess || *status_.lastSuccess - *saved_.lastSuccess > std::chrono::seconds(30)));
    if (changed || report.confirmed > 0) save();
}

Result<std::int64_t> SyncEngine::retryPoison() {
    try {
        auto n = outbox::clearAllPoison(db_);
        status_.poison.clear();
        return n;
    } catch (const StorageError& e) {
        // Still held; the round that follows reports what the database said.
        status_.lastError = "the kiosk's database: " + e.error().message;
        status_.lastErrorCode = e.error().code;
        status_.lastErrorAt = clock_.now();
        return e.error();
    }
}

}  // namespace credopass::sync
