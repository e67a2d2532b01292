#include "sync/sync_status.hpp"

#include "core/hq_json.hpp"
#include "storage/outbox.hpp"
#include "storage/settings.hpp"

#include <cstdlib>

namespace credopass::sync {
namespace {

using hqjson::timeOrNull;

constexpr const char* kConnection = "sync.connection";
constexpr const char* kLastSuccess = "sync.lastSuccess";
constexpr const char* kLastError = "sync.lastError";
constexpr const char* kLastErrorAt = "sync.lastErrorAt";
constexpr const char* kPullHeld = "sync.pullHeld";  // one held kind per line
constexpr const char* kCorrected = "sync.correctedAtHq";

Connection parseConnection(std::string_view s) {
    for (auto c : {Connection::Online, Connection::Offline, Connection::CredentialsRejected})
        if (toString(c) == s) return c;
    return Connection::Unknown;
}

std::optional<TimePoint> timeSetting(storage::Database& db, const char* key) {
    auto text = storage::settings::get(db, key);
    return text ? parseIso(*text) : std::nullopt;
}

}  // namespace

std::string_view toString(Connection c) {
    switch (c) {
        case Connection::Unknown: return "unknown";
        case Connection::Online: return "online";
        case Connection::Offline: return "offline";
        case Connection::CredentialsRejected: return "credentials_rejected";
    }
    return "unknown";
}

SyncStatus loadStatus(storage::Database& db) {
    SyncStatus s;
    s.connection = parseConnection(storage::settings::get(db, kConnection).value_or(""));
    s.lastSuccess = timeSetting(db, kLastSuccess);
    s.lastError = storage::settings::get(db, kLastError);
    s.lastErrorAt = timeSetting(db, kLastErrorAt);
    if (auto corrected = storage::settings::get(db, kCorrected)) {
        // Written by saveStatus only; anything else reads as none.
        s.correctedAtHq = std::strtoll(corrected->c_str(), nullptr, 10);
        if (s.correctedAtHq < 0) s.correctedAtHq = 0;
    }
    if (auto held = storage::settings::get(db, kPullHeld)) {
        std::string_view rest = *held;
        while (!rest.empty()) {
            auto end = rest.find('\n');
            s.pullHeld.emplace_back(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        }
    }
    s.waiting = storage::outbox::counts(db).waiting;
    for (auto& e : storage::outbox::poison(db))
        s.poison.push_back(PoisonRecord{e.seq, e.entity, e.entityId, e.poisonReason.value_or(""), e.queuedAt});
    return s;
}

void saveStatus(storage::Database& db, const SyncStatus& status) {
    storage::Transaction tx(db);
    storage::settings::set(db, kConnection, toString(status.connection));
    if (status.lastSuccess) storage::settings::set(db, kLastSuccess, formatIso(*status.lastSuccess));
    if (status.lastError) {
        storage::settings::set(db, kLastError, *status.lastError);
        if (status.lastErrorAt) storage::settings::set(db, kLastErrorAt, formatIso(*status.lastErrorAt));
    } else {
        storage::settings::erase(db, kLastError);
        storage::settings::erase(db, kLastErrorAt);
    }
    storage::settings::set(db, kCorrected, std::to_string(status.correctedAtHq));
    if (status.pullHeld.empty()) {
        storage::settings::erase(db, kPullHeld);
    } else {
        std::string lines;
        for (const auto& h : status.pullHeld)
            lines += (lines.empty() ? "" : "\n") + h;
        storage::settings::set(db, kPullHeld, lines);
    }
    tx.commit();
}

nlohmann::json toJson(const SyncStatus& s) {
    nlohmann::json poison = nlohmann::json::array();
    for (const auto& p : s.poison) {
        poison.push_back({{"seq", p.seq},
                          {"entity", p.entity},
                          {"id", p.entityId},
                          {"reason", p.reason},
                          {"queuedAt", formatIso(p.queuedAt)}});
    }
    nlohmann::json j{{"connection", std::string(toString(s.connection))},
                     {"waiting", s.waiting},
                     {"poisonCount", static_cast<std::int64_t>(s.poison.size())},
                     {"poison", poison},
                     {"lastSuccess", timeOrNull(s.lastSuccess)},
                     {"lastError", s.lastError ? nlohmann::json(*s.lastError) : nlohmann::json(nullptr)},
                     {"lastErrorAt", timeOrNull(s.lastErrorAt)},
                     {"pulling", s.pulling},
                     {"pullHeld", s.pullHeld},
                     {"correctedAtHq", s.correctedAtHq}};
    j["draining"] =
        s.draining ? nlohmann::json{{"sent", s.draining->sent}, {"total", s.draining->total}} : nlohmann::json(nullptr);
    return j;
}

}  // namespace credopass::sync
