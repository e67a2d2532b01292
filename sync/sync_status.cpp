#include "sync/sync_status.hpp"

#include "core/hq_json.hpp"
#include "storage/outbox.hpp"
#include "storage/settings.hpp"
#include "sync/ask_channel.hpp"

#include <array>
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
constexpr const char* kLastErrorCode = "sync.lastErrorCode";  // "net.timeout", "storage.disk_full"
constexpr const char* kDraining = "sync.draining";            // "SENT/TOTAL"
constexpr const char* kPulling = "sync.pulling";              // "1" while a pull runs

// The kinds of failure a sync round reports, by the names codeName() gives
// them: what the door needs to put a failure in a volunteer's words.
constexpr std::array kNetCodes{NetErrc::Connect,  NetErrc::Timeout,    NetErrc::Dropped,     NetErrc::Tls,
                               NetErrc::Aborted,  NetErrc::Network,    NetErrc::Credentials, NetErrc::HttpStatus,
                               NetErrc::Protocol, NetErrc::Unavailable};
constexpr std::array kStorageCodes{StorageErrc::CannotOpen, StorageErrc::Busy,    StorageErrc::DiskFull,
                                   StorageErrc::ReadOnly,   StorageErrc::Corrupt, StorageErrc::Io,
                                   StorageErrc::Constraint, StorageErrc::Sqlite,  StorageErrc::NewerSchema,
                                   StorageErrc::OldSchema,  StorageErrc::Moved};

std::optional<std::string> codeText(const ErrorCode& code) {
    if (auto net = std::get_if<NetErrc>(&code)) return "net." + std::string(codeName(*net));
    if (auto st = std::get_if<StorageErrc>(&code)) return "storage." + std::string(codeName(*st));
    return std::nullopt;  // the door words other kinds the same way: "see the details"
}

template <class E, std::size_t N>
std::optional<ErrorCode> findCode(const std::array<E, N>& codes, std::string_view name) {
    for (E c : codes)
        if (codeName(c) == name) return ErrorCode(c);
    return std::nullopt;
}

std::optional<ErrorCode> parseCodeText(std::string_view text) {
    if (text.starts_with("net.")) return findCode(kNetCodes, text.substr(4));
    if (text.starts_with("storage.")) return findCode(kStorageCodes, text.substr(8));
    return std::nullopt;
}

// "SENT/TOTAL", both counts, sent <= total; anything else reads as no drain.
std::optional<DrainProgress> parseDrain(const std::string& text) {
    char* end = nullptr;
    DrainProgress d;
    d.sent = std::strtoll(text.c_str(), &end, 10);
    if (*end != '/') return std::nullopt;
    const char* totalAt = end + 1;
    d.total = std::strtoll(totalAt, &end, 10);
    if (end == totalAt || *end != '\0' || d.sent < 0 || d.total < d.sent) return std::nullopt;
    return d;
}

void setOrErase(storage::Database& db, const char* key, const std::optional<std::string>& value) {
    if (value)
        storage::settings::set(db, key, *value);
    else
        storage::settings::erase(db, key);
}

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
    if (auto code = storage::settings::get(db, kLastErrorCode); code && s.lastError)
        s.lastErrorCode = parseCodeText(*code);
    if (auto drain = storage::settings::get(db, kDraining)) s.draining = parseDrain(*drain);
    s.pulling = storage::settings::get(db, kPulling).has_value();
    s.asked = !pendingAsks(db).empty();
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
    setOrErase(db, kLastError, status.lastError);
    setOrErase(db, kLastErrorAt,
               status.lastError && status.lastErrorAt ? std::optional(formatIso(*status.lastErrorAt)) : std::nullopt);
    setOrErase(db, kLastErrorCode,
               status.lastError && status.lastErrorCode ? codeText(*status.lastErrorCode) : std::nullopt);
    setOrErase(db, kDraining,
               status.draining
                   ? std::optional(std::to_string(status.draining->sent) + "/" + std::to_string(status.draining->total))
                   : std::nullopt);
    setOrErase(db, kPulling, status.pulling ? std::optional<std::string>("1") : std::nullopt);
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
