// No answer from HQ may crash, wipe or wedge the door: a small HQ of the
// test's own, on 127.0.0.1, answers what a sound HQ never would, and every
// such answer must end as an error value or a poison record with a readable
// reason, within the configured limits.
#include "tests/sync/hostile_hq.hpp"
#include "common/text.hpp"
#include "core/hq_json.hpp"
#include "storage/database.hpp"
#include "storage/events.hpp"
#include "storage/members.hpp"
#include "storage/outbox.hpp"
#include "sync/http_client.hpp"
#include "sync/puller.hpp"
#include "sync/pusher.hpp"
#include "tests/support/temp_dir.hpp"

#include <zlib.h>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sys/wait.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <mutex>
#include <stdexcept>

namespace credopass::test {
namespace {

using nlohmann::json;

constexpr const char* kEventId = "d87d2b28-ff03-5d2c-b58f-21d90199c062";
constexpr const char* kMemberId = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";
constexpr const char* kRecordA = "0b7f3a52-1f0e-5b7a-9a62-3f1c2a3b4c5d";
constexpr const char* kRecordB = "1c8e4b63-2a1f-5c8b-8b73-4a2d3b4c5d6e";

TimePoint t(const char* iso) {
    return *parseIso(iso);
}

// Timeouts long enough that "the client waited for HQ to finish" shows as a
// timeout, short enough that a test of the old behaviour ends.
sync::SyncConfig configFor(const HostileHq& hq) {
    sync::SyncConfig c;
    c.hqUrl = hq.url();
    c.connectTimeout = Millis{2000};
    c.requestTimeout = Millis{5000};
    c.pullTimeout = Millis{5000};
    return c;
}

storage::outbox::Entry attendanceEntry(const std::string& id) {
    AttendanceRecord r{id, kEventId, kMemberId, true, t("2026-01-17T19:00:00.000Z"), std::nullopt, std::nullopt};
    storage::outbox::Entry e;
    e.seq = 1;
    e.entity = "attendance";
    e.entityId = id;
    e.op = "create";
    e.payload = hqjson::toJson(r).dump();
    e.queuedAt = t("2026-01-17T19:00:00.000Z");
    return e;
}

// The id of the record in a POSTed body ("" when none).
std::string postedId(const httplib::Request& req) {
    auto body = json::parse(req.body, nullptr, false);
    return body.is_object() && body.contains("id") && body["id"].is_string() ? body["id"].get<std::string>() : "";
}

// `count` bytes of '0' in one gzip member: a few tens of KiB on the wire.
std::string gzipOfZeros(std::size_t count) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("deflateInit2");
    const std::string chunk(1 << 20, '0');
    std::string out;
    std::array<unsigned char, 1 << 16> buf{};
    std::size_t left = count;
    int flush = Z_NO_FLUSH;
    do {
        const std::size_t n = std::min(left, chunk.size());
        left -= n;
        flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
        z.avail_in = static_cast<uInt>(n);
        do {
            z.next_out = buf.data();
            z.avail_out = static_cast<uInt>(buf.size());
            deflate(&z, flush);
            out.append(reinterpret_cast<const char*>(buf.data()), buf.size() - z.avail_out);
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    return out;
}

struct Run {
    int exit = -1;  // the shell's status: 128 + the signal when the program died of one (134: abort)
    std::string out;
};

Run kioskctl(const std::string& db, const std::string& args) {
    std::string cmd = std::string(KIOSKCTL_PATH) + " --db '" + db + "' " + args + " 2>&1";
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    REQUIRE(p);
    std::array<char, 4096> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p))
        r.out.append(buf.data(), n);
    int status = pclose(p);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

// A push round's view of HQ's rows per event (the hostile HQs list none).
sync::HqEventRows rows;

}  // namespace

TEST_CASE("an error body nested half a million deep is a poison reason, not a stack overflow", "[sync][hostile]") {
    // HQ's "details", nested 500,000 deep: nlohmann's dump() recursed once per level.
    const std::string deep =
        R"({"error":"Validation failed","details":)" + std::string(500000, '[') + std::string(500000, ']') + "}";
    HostileHq hq;
    hq.server().Post("/api/attendance", [&](const httplib::Request&, httplib::Response& res) {
        res.status = 400;
        res.set_content(deep, "application/json");
    });
    hq.start();
    auto config = configFor(hq);

    SECTION("read whole (a limit above its size)") {
        config.maxErrorBytes = 4u << 20;
        auto http = sync::HttpClient::create(config);
        REQUIRE(http.ok());
        auto out = sync::pushEntry(*http, attendanceEntry(kRecordA), rows);
        CHECK(out.verdict == sync::PushVerdict::Poison);
        CHECK_THAT(out.reason,
                   Catch::StartsWith("HQ answered 400 (") && Catch::Contains("[[[[") && Catch::EndsWith("...)"));
        CHECK(out.reason.size() <= 420);
    }
    SECTION("at the default limit: only its first 64 KiB are read") {
        auto http = sync::HttpClient::create(config);
        REQUIRE(http.ok());
        auto r = http->post("/api/attendance", attendanceEntry(kRecordA).payload);
        REQUIRE(r.ok());
        CHECK(r->status == 400);
        CHECK(r->truncated);
        CHECK(r->body.size() == config.maxErrorBytes);
        auto out = sync::pushEntry(*http, attendanceEntry(kRecordA), rows);
        CHECK(out.verdict == sync::PushVerdict::Poison);
        CHECK(out.reason.size() <= 420);
    }
}

TEST_CASE("an error body without end is cut at the limit, and the record is still poison", "[sync][hostile]") {
    HostileHq hq;
    hq.server().Post("/api/attendance", [&](const httplib::Request&, httplib::Response& res) {
        res.status = 400;
        res.set_chunked_content_provider("application/json", [&](std::size_t, httplib::DataSink& sink) {
            const std::string chunk(16 << 10, 'x');
            for (int i = 0; i < 16; ++i)  // 256 KiB, then no more and no end
                if (!sink.write(chunk.data(), chunk.size())) return false;
            hq.holdUntilReleased();
            return false;
        });
    });
    hq.start();
    auto http = sync::HttpClient::create(configFor(hq));
    REQUIRE(http.ok());
    // Before: the kiosk read until its request timed out, and the record's fate stayed open.
    auto out = sync::pushEntry(*http, attendanceEntry(kRecordA), rows);
    CHECK(out.verdict == sync::PushVerdict::Poison);
    CHECK_THAT(out.reason, Catch::StartsWith("HQ answered 400 (xxxx") && Catch::EndsWith("...)"));
    CHECK(out.reason.size() <= 420);
}

TEST_CASE("a list without end stops at maxListBytes: an error value, nothing parsed", "[sync][hostile]") {
    HostileHq hq;
    hq.server().Get("/api/users", [&](const httplib::Request&, httplib::Response& res) {
        res.set_chunked_content_provider("application/json", [&](std::size_t offset, httplib::DataSink& sink) {
            std::string chunk = offset == 0 ? "[" : "";
            while (chunk.size() < (64u << 10))
                chunk += R"({"id":"b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"},)";
            for (int i = 0; i < 32; ++i)  // 2 MiB, then no more and no end
                if (!sink.write(chunk.data(), chunk.size())) return false;
            hq.holdUntilReleased();
            return false;
        });
    });
    hq.start();
    auto config = configFor(hq);
    config.maxListBytes = 1u << 20;
    auto http = sync::HttpClient::create(config);
    REQUIRE(http.ok());
    auto r = http->get("/api/users", config.pullTimeout);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == NetErrc::Protocol);
    CHECK(r.error().message ==
          "HQ's answer to GET /api/users is larger than the kiosk accepts (1 MiB for a list); stopped reading it");

    // The same through the pull: one error for the round, the tables untouched.
    TempDir dir;
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    sync::PullMemo memo;
    auto pulled =
        sync::pullFromHq(*http, *db, sync::PullOptions{config.pullTimeout}, t("2026-01-17T19:00:00.000Z"), memo);
    REQUIRE_FALSE(pulled.ok());
    CHECK(pulled.error().code == NetErrc::Protocol);
}

TEST_CASE("a list nested a million deep is refused as it arrives, before anything parses it", "[sync][hostile]") {
    const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
    HostileHq hq;
    hq.server().Get("/api/users", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content(deep, "application/json");
    });
    hq.start();
    auto config = configFor(hq);
    auto http = sync::HttpClient::create(config);
    REQUIRE(http.ok());
    auto r = http->get("/api/users", config.pullTimeout);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == NetErrc::Protocol);
    CHECK(r.error().message == "HQ's answer to GET /api/users nests deeper than 32 levels; stopped reading it");
}

TEST_CASE("one record larger than maxRecordBytes is refused at that limit, not the list's", "[sync][hostile]") {
    HostileHq hq;
    const std::string big(2u << 20, ' ');  // 2 MiB of JSON whitespace: valid padding, but no record is that big
    hq.server().Get(R"(/api/attendance/([0-9a-f-]+))", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content(big + "{}", "application/json");
    });
    hq.start();
    auto http = sync::HttpClient::create(configFor(hq));
    REQUIRE(http.ok());
    auto r = http->get(std::string("/api/attendance/") + kRecordA, Millis{0}, sync::BodyKind::Record);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == NetErrc::Protocol);
    CHECK_THAT(r.error().message, Catch::Contains("1 MiB for one record"));
}

TEST_CASE("a gzip bomb is stopped at the limit on the decoded bytes", "[sync][hostile]") {
    const std::string bomb = gzipOfZeros(64u << 20);  // 64 MiB decoded, about 64 KiB on the wire
    REQUIRE(bomb.size() < (1u << 20));
    HostileHq hq;
    std::mutex seenMutex;
    std::string acceptEncoding;
    hq.server().Get("/api/users", [&](const httplib::Request& req, httplib::Response& res) {
        {
            std::lock_guard lock(seenMutex);
            acceptEncoding = req.get_header_value("Accept-Encoding");
        }
        res.set_header("Content-Encoding", "gzip");
        res.set_content(bomb, "application/octet-stream");  // a type httplib does not compress again
    });
    hq.start();
    auto config = configFor(hq);
    config.acceptGzip = true;  // as over a network: on loopback the kiosk does not ask for gzip
    config.maxListBytes = 4u << 20;
    auto http = sync::HttpClient::create(config);
    REQUIRE(http.ok());
    auto r = http->get("/api/users", config.pullTimeout);
    {
        std::lock_guard lock(seenMutex);
        CHECK_THAT(acceptEncoding, Catch::Contains("gzip"));
    }
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == NetErrc::Protocol);
    CHECK_THAT(r.error().message, Catch::Contains("4 MiB for a list"));
}

TEST_CASE("times from HQ outside 1970..8999: those rows are skipped and counted, the rest stored and readable",
          "[sync][hostile]") {
    auto eventJson = [](const char* id, const char* start, const char* end) {
        return json{{"id", id},
                    {"name", "Jazz"},
                    {"description", nullptr},
                    {"status", "scheduled"},
                    {"startTime", start},
                    {"endTime", end},
                    {"location", "Hall"},
                    {"capacity", nullptr},
                    {"hostId", kMemberId},
                    {"createdAt", "2026-01-11T10:00:00.000Z"},
                    {"updatedAt", "2026-01-11T10:00:00.000Z"}};
    };
    const json users = json::array({json{{"id", kMemberId},
                                         {"email", "jane@example.com"},
                                         {"firstName", "Jane"},
                                         {"lastName", "Smith"},
                                         {"phone", nullptr},
                                         {"createdAt", "2026-01-11T10:00:00.000Z"},
                                         {"updatedAt", "2026-01-11T10:00:00.000Z"}}});
    const json events = json::array({
        eventJson(kEventId, "2026-01-17T19:00:00.000Z", "2026-01-17T23:00:00.000Z"),
        // "Open-ended" sentinels: valid ISO 8601, but year 10000 and year -1 in UTC.
        eventJson("7a1b2c3d-4e5f-5a6b-8c7d-8e9f0a1b2c3d", "2026-01-17T19:00:00.000Z", "9999-12-31T23:00:00-05:00"),
        eventJson("8b2c3d4e-5f6a-5b7c-9d8e-9f0a1b2c3d4e", "0000-01-01T00:00:00+01:00", "2026-01-17T23:00:00.000Z"),
    });
    HostileHq hq;
    hq.server().Get("/api/users", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content(users.dump(), "application/json");
    });
    hq.server().Get("/api/events", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content(events.dump(), "application/json");
    });
    hq.server().Get("/api/loyalty", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content("[]", "application/json");
    });
    hq.server().Get("/api/attendance", [&](const httplib::Request&, httplib::Response& res) {
        res.set_content("[]", "application/json");
    });
    hq.start();
    auto config = configFor(hq);
    auto http = sync::HttpClient::create(config);
    REQUIRE(http.ok());
    TempDir dir;
    auto db = storage::Database::open(dir.file("kiosk.db"));
    REQUIRE(db.ok());
    for (int round = 0; round < 2; ++round) {  // and the next pull is not blocked by what the first stored
        INFO("round " << round);
        sync::PullMemo memo;  // a fresh one each round: the second must parse again
        auto pulled =
            sync::pullFromHq(*http, *db, sync::PullOptions{config.pullTimeout}, t("2026-01-17T19:30:00.000Z"), memo);
        INFO((pulled.ok() ? std::string() : pulled.error().message));
        REQUIRE(pulled.ok());
        CHECK(pulled->events.received == 1);
        CHECK(pulled->events.skipped == 2);
        // Before: stored as years 10000 and -1, every read of the table threw "corrupt".
        std::vector<Event> stored;
        REQUIRE_NOTHROW(stored = storage::events::all(*db));
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].id == kEventId);
    }
}

TEST_CASE("invalid UTF-8 and escapes in HQ's error bodies: kioskctl status reads clean text, --json stays JSON",
          "[sync][hostile][kioskctl]") {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        for (const char* id : {kRecordA, kRecordB}) {
            auto e = attendanceEntry(id);
            storage::outbox::enqueue(*db, e.entity, e.entityId, e.op, e.payload, e.queuedAt);
        }
    }
    HostileHq hq;
    hq.server().Post("/api/attendance", [&](const httplib::Request& req, httplib::Response& res) {
        res.status = 400;
        if (postedId(req) == kRecordA)  // not UTF-8 at all, with a terminal escape
            res.set_content("\x1b[2J\xff\xfe refused \xc3", "text/plain");
        else  // 399 bytes, then a two-byte character across the 400th byte (where the reason used to be cut)
            res.set_content(std::string(399, 'x') + "\xc3\xa9 and more", "text/plain");
    });
    hq.server().Get(".*", [&](const httplib::Request&, httplib::Response& res) {
        res.status = 503;  // the pull fails: the round ends with an error, the poison records stay
        res.set_content("down", "text/plain");
    });
    hq.start();

    auto sync = kioskctl(path, "sync --hq " + hq.url() + " --once --timeout-ms 5000");
    INFO(sync.out);
    CHECK(sync.exit == 1);

    auto status = kioskctl(path, "status --json");
    INFO(status.out);
    // Before: nlohmann threw type_error 316 out of main, and the process aborted.
    REQUIRE(status.exit == 0);
    auto j = json::parse(status.out);
    REQUIRE(j["poison"].size() == 2);
    for (const auto& p : j["poison"]) {
        const auto reason = p["reason"].get<std::string>();
        INFO(reason);
        CHECK(isValidUtf8(reason));
        CHECK(reason.find('\x1b') == std::string::npos);
        CHECK_THAT(reason, Catch::StartsWith("HQ answered 400 ("));
        if (p["id"] == kRecordA) CHECK_THAT(reason, Catch::Contains("\uFFFD\uFFFD refused \uFFFD"));
        if (p["id"] == kRecordB) CHECK_THAT(reason, Catch::Contains("xxx") && Catch::EndsWith("...)"));
    }

    auto text = kioskctl(path, "status");
    INFO(text.out);
    CHECK(text.exit == 0);
    CHECK(text.out.find('\x1b') == std::string::npos);
    CHECK(isValidUtf8(text.out));
}

TEST_CASE("kioskctl status --json survives invalid UTF-8 already stored by an older build", "[sync][kioskctl]") {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    {
        auto db = storage::Database::open(path);
        REQUIRE(db.ok());
        auto e = attendanceEntry(kRecordA);
        storage::outbox::enqueue(*db, e.entity, e.entityId, e.op, e.payload, e.queuedAt);
        storage::outbox::markPoison(*db, 1, "HQ answered 400 (" + std::string(399, 'x') + "\xc3...)");
    }
    auto status = kioskctl(path, "status --json");
    INFO(status.out);
    REQUIRE(status.exit == 0);
    auto j = json::parse(status.out);
    REQUIRE(j["poison"].size() == 1);
    CHECK_THAT(j["poison"][0]["reason"].get<std::string>(), Catch::EndsWith("\uFFFD...)"));
}

}  // namespace credopass::test
