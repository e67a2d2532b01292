// credopass-kioskctl sync: push the outbox to HQ and pull the roster, once
// (--once) or until interrupted (Ctrl-C / SIGTERM). Run until stopped, it is
// the kiosk's sync process (credopass-sync.service): beside the door's process,
// over the same database, serving staff's asks from the door's sync screen.
#include "config/kiosk_config.hpp"
#include "host/log.hpp"
#include "host/service_notify.hpp"
#include "kioskctl/context.hpp"
#include "sync/sync_once.hpp"
#include "sync/sync_service.hpp"
#include "words/translate.hpp"

#include <CLI/CLI.hpp>

#include <pthread.h>
#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

namespace credopass::ctl {
namespace {

// The token comes from a file or the environment, never the command line
// (where every user of the machine could read it in the process list).
Result<std::optional<std::string>> readToken(const std::string& tokenFile) {
    if (!tokenFile.empty()) {
        std::ifstream in(tokenFile);
        if (!in) return Error{ConfigErrc::Bad, "cannot read the token file " + tokenFile};
        std::string token;
        std::getline(in, token);
        while (!token.empty() && (token.back() == '\r' || token.back() == ' '))
            token.pop_back();
        if (token.empty()) return Error{ConfigErrc::Bad, "the token file " + tokenFile + " is empty"};
        return std::optional<std::string>(token);
    }
    if (const char* env = std::getenv("CREDOPASS_HQ_TOKEN"); env && *env) return std::optional<std::string>(env);
    return std::optional<std::string>();
}

std::string describe(const sync::SyncStatus& s) {
    std::ostringstream out;
    out << sync::toString(s.connection) << ", " << s.waiting << " waiting";
    if (!s.poison.empty()) out << ", " << s.poison.size() << " held for staff (see status)";
    if (!s.pullHeld.empty()) out << ", roster not applied (see status)";
    if (s.draining) out << ", sending " << s.draining->sent << "/" << s.draining->total;
    if (s.pulling) out << ", pulling the roster";
    if (s.lastError) out << " - " << *s.lastError;
    return out.str();
}

// A running sync's news, as log lines (the journal under credopass-sync.service):
// HQ out of reach or refusing us is a warning a person may need to act on.
void logStatus(const sync::SyncStatus& s) {
    host::LogLevel level = host::LogLevel::Info;
    switch (s.connection) {
        case sync::Connection::Offline:
        case sync::Connection::CredentialsRejected: level = host::LogLevel::Warning; break;
        case sync::Connection::Unknown:
        case sync::Connection::Online: break;
    }
    host::log(level, describe(s));
}

// What a pull did beyond the counts: kept, skipped, unchanged, held.
std::string pullNotes(const char* kind, const sync::PullCounts& c) {
    std::ostringstream out;
    if (c.unchanged) out << "; " << kind << " unchanged at HQ";
    if (c.held) out << "; " << kind << " not applied";
    if (c.kept) out << "; " << c.kept << " " << kind << " gone at HQ kept for records still to send";
    if (c.skipped) out << "; " << c.skipped << " " << kind << " skipped";
    return out.str();
}

int runOnce(Context& ctx, const sync::SyncConfig& config, const sync::OnceOptions& options) {
    auto once = sync::syncOnce(config, ctx.dbPath, ctx.clock, options);
    if (!once) return ctx.fail(once.error().message);
    const auto& report = once->report;
    if (options.retryPoison)
        std::cout << words::trn("{n} held record given another try", "{n} held records given another try",
                                static_cast<long long>(once->poisonRetried))
                  << "\n";
    std::cout << words::fill(words::tr("sent {sent}, to retry {retry}, held for staff {held}"),
                             {{"sent", std::to_string(report.confirmed)},
                              {"retry", std::to_string(report.retried)},
                              {"held", std::to_string(report.poisoned)}});
    if (report.pull) {
        const auto& p = *report.pull;
        std::cout << "; pulled " << p.members.received << " members (" << p.members.written << " new or changed, "
                  << p.members.removed << " removed), " << p.events.received << " events, " << p.loyalty.received
                  << " loyalty records" << pullNotes("members", p.members) << pullNotes("events", p.events)
                  << pullNotes("loyalty records", p.loyalty);
    }
    std::cout << "\n";
    if (report.pull)
        for (const auto& held : report.pull->held)
            std::cout << held << "\n";
    logStatus(once->status);
    if (report.error) return ctx.fail(report.error->message);
    return kOk;
}

int runUntilStopped(Context& ctx, const sync::SyncConfig& config) {
    // SIGINT/SIGTERM are taken by sigwait on a thread of their own.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    MessageQueue<sync::SyncStatus> statuses(16);
    sync::SyncService service(config, ctx.dbPath, ctx.clock, statuses);
    if (auto started = service.start(); !started) return ctx.fail(started.error().message);
    std::atomic<bool> interrupted{false};
    std::thread signals([&] {
        int sig = 0;
        sigwait(&stopSignals, &sig);
        interrupted = true;
        statuses.close();  // wakes the printing loop
    });
    host::notifyReady();  // the engine is open: HQ's address, token and the database all work
    // Under a unit's WatchdogSec=: pinged while the sync thread keeps turning.
    const auto watchdog = host::watchdogPeriod();
    const Millis wake = watchdog ? std::min<Millis>(*watchdog / 4, std::chrono::seconds(1)) : std::chrono::seconds(1);
    std::string last;
    while (!interrupted) {
        auto s = statuses.popFor(wake);
        if (watchdog && std::chrono::steady_clock::now() - service.lastAlive() < service.stuckAfter())
            host::notifyWatchdog();
        if (!s || describe(*s) == last) continue;  // only changes, not every idle poll
        last = describe(*s);
        logStatus(*s);
    }
    host::notifyStopping();
    service.stop();
    signals.join();
    host::log(host::LogLevel::Notice, words::tr("sync stopped"));
    return kOk;
}

}  // namespace

void addSyncCommand(CLI::App& app, Context& ctx) {
    struct Options {
        std::string configPath;
        std::string hq;
        std::string tokenFile;
        std::string caFile;
        bool once = false;
        bool retryPoison = false;
        bool acceptRemovals = false;
        bool allowInsecureHttp = false;
        int timeoutMs = 10000;
        int pullIntervalS = 300;
        int pushConnections = sync::SyncConfig{}.pushConnections;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("sync", "Send waiting records to CredoPass HQ and pull members and events");
    cmd->add_option("--config", opt->configPath,
                    "The kiosk's configuration (kiosk.toml): HQ's address, token, CA file from [sync]; "
                    "the options below override it")
        ->check(CLI::ExistingFile);
    cmd->add_option("--hq", opt->hq, "HQ base URL, e.g. https://api.example.org (or [sync] hq_url of --config)");
    cmd->add_flag("--once", opt->once, "One round (push everything due, pull), then exit; status 1 if HQ failed");
    cmd->add_flag("--retry-poison", opt->retryPoison,
                  "With --once: give every record held for staff (poison) another try first");
    cmd->add_flag("--accept-removals", opt->acceptRemovals,
                  "With --once: apply HQ's roster even if it removes more than the safety limit (after checking HQ)");
    cmd->add_option("--token-file", opt->tokenFile,
                    "File holding the bearer token (default: $CREDOPASS_HQ_TOKEN, else none)");
    cmd->add_option("--ca-file", opt->caFile, "PEM file of CA certificates to trust instead of the system's")
        ->check(CLI::ExistingFile);
    cmd->add_flag("--allow-insecure-http", opt->allowInsecureHttp,
                  "Allow plain http:// to an HQ on another machine (token and roster in clear; default: only this "
                  "machine's loopback)");
    cmd->add_option("--timeout-ms", opt->timeoutMs, "Timeout of one request")->check(CLI::PositiveNumber);
    cmd->add_option("--pull-interval", opt->pullIntervalS, "Seconds between roster pulls")->check(CLI::PositiveNumber);
    cmd->add_option("--push-connections", opt->pushConnections, "Requests to HQ in flight at once while pushing")
        ->check(CLI::Range(1, 16));
    cmd->callback([&ctx, opt, cmd] {
        sync::SyncConfig config;
        if (!opt->configPath.empty()) {
            auto file = kiosk::loadConfig(opt->configPath);
            if (!file) return void(ctx.exitCode = ctx.fail(file.error().message));
            config.hqUrl = file->hqUrl;
            if (!file->hqToken.empty()) config.bearerToken = file->hqToken;
            if (!file->hqCaFile.empty()) config.caFile = file->hqCaFile;
            config.allowInsecureHttp = file->hqAllowInsecureHttp;
            config.pushConnections = file->hqPushConnections;
        }
        // The command line wins over the file.
        if (!opt->hq.empty()) config.hqUrl = opt->hq;
        if (config.hqUrl.empty()) {
            if (opt->configPath.empty()) return void(ctx.exitCode = ctx.fail("sync needs --hq URL or --config FILE"));
            // A door that does not sync: nothing to do, and nothing wrong. Under
            // Type=notify, leaving before READY=1 would mark the unit failed:
            // say ready, then stop (the unit ends inactive, not failed).
            host::log(host::LogLevel::Notice,
                      words::fill(words::tr("{file} names no HQ ([sync] hq_url): nothing to sync"),
                                  {{"file", opt->configPath}}));
            host::notifyReady();
            host::notifyStopping();
            return;
        }
        auto token = readToken(opt->tokenFile);
        if (!token) return void(ctx.exitCode = ctx.fail(token.error().message));
        if (*token) config.bearerToken = *token;
        if (!opt->caFile.empty()) config.caFile = opt->caFile;
        if (opt->allowInsecureHttp) config.allowInsecureHttp = true;
        config.requestTimeout = Millis{opt->timeoutMs};
        config.pullInterval = std::chrono::seconds(opt->pullIntervalS);
        if (cmd->count("--push-connections") > 0) config.pushConnections = opt->pushConnections;
        if (!ctx.door()) return;  // creates / migrates, with a clear message
        if ((opt->retryPoison || opt->acceptRemovals) && !opt->once)
            return void(ctx.exitCode = ctx.fail("--retry-poison and --accept-removals need --once"));
        ctx.exitCode = opt->once ? runOnce(ctx, config, sync::OnceOptions{opt->retryPoison, opt->acceptRemovals})
                                 : runUntilStopped(ctx, config);
    });
}

}  // namespace credopass::ctl
