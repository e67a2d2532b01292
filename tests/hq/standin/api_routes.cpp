#include "tests/hq/standin/api_routes.hpp"

#include "tests/hq/standin/pg.hpp"
#include "tests/hq/standin/validation.hpp"

#include <chrono>
#include <functional>

namespace credopass::hq {
namespace {

using httplib::Request;
using httplib::Response;
using nlohmann::json;
using Handler = std::function<void(const Request&, Response&)>;

std::string iso(const std::string& column) {
    return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
}

const std::string kUsers = "SELECT \"id\", \"email\", \"firstName\", \"lastName\", \"phone\", " + iso("\"createdAt\"") +
                           " AS \"createdAt\", " + iso("\"updatedAt\"") + " AS \"updatedAt\" FROM \"users\"";
const std::string kEvents = "SELECT \"id\", \"name\", \"description\", \"status\", " + iso("\"startTime\"") +
                            " AS \"startTime\", " + iso("\"endTime\"") +
                            " AS \"endTime\", \"location\", \"capacity\", "
                            "\"hostId\", " +
                            iso("\"createdAt\"") + " AS \"createdAt\", " + iso("\"updatedAt\"") +
                            " AS \"updatedAt\" FROM \"events\"";
const std::string kAttendanceColumns = "SELECT \"id\", \"eventId\", \"patronId\", \"attended\", " +
                                       iso("\"checkInTime\"") + " AS \"checkInTime\", " + iso("\"checkOutTime\"") +
                                       " AS \"checkOutTime\" FROM ";
const std::string kLoyaltyColumns = "SELECT \"id\", \"patronId\", \"description\", \"tier\", \"points\", \"reward\", " +
                                    iso("\"issuedAt\"") + " AS \"issuedAt\", " + iso("\"expiresAt\"") +
                                    " AS \"expiresAt\" FROM ";

std::string listOf(const std::string& select) {
    return "SELECT coalesce(json_agg(t), '[]'::json)::text FROM (" + select + ") t";
}
std::string oneOf(const std::string& select) {
    return "SELECT row_to_json(t)::text FROM (" + select + ") t";
}

void sendJson(Response& res, int status, const std::string& body) {
    res.status = status;
    res.set_content(body, "application/json");
}
void sendJson(Response& res, int status, const json& body) {
    sendJson(res, status, body.dump());
}

void serverError(Response& res, const std::string& what) {
    sendJson(res, 500, json{{"error", "Failed to " + what}});
}

// Runs a query answering one JSON text (or none: 404).
void answer(Response& res, const std::string& sql, const Params& params, const std::string& what,
            const std::string& notFound, int status = 200) {
    auto r = threadPg().exec(sql, params);
    if (!r.ok()) {
        // Bad input text that got past validation (a 31st of February) is the
        // client's fault; everything else (duplicate id, unknown event) is a 500.
        if (r.sqlState().rfind("22", 0) == 0) {
            sendJson(res, 400, json{{"error", "Validation failed"}, {"details", json::array({r.message()})}});
        } else {
            serverError(res, what);
        }
        return;
    }
    if (r.rows() == 0 || r.isNull(0, 0)) {
        sendJson(res, 404, json{{"error", notFound}});
        return;
    }
    sendJson(res, status, r.value(0, 0));
}

// As deployed, HQ answers a body that is not JSON, and an id in a path that
// is not a UUID, with its generic 500 (the kiosk must not read them as "this
// record is wrong").
std::optional<json> parseBody(const Request& req, Response& res) {
    auto body = json::parse(req.body, nullptr, false);
    if (body.is_discarded()) {
        serverError(res, "process request");
        return std::nullopt;
    }
    return body;
}

bool validPathId(const std::string& id, Response& res) {
    if (isStrictUuid(id)) return true;
    serverError(res, "process request");
    return false;
}

// Aborts the answer after the headers: the client sees the connection drop.
void dropConnection(Response& res) {
    res.status = 200;
    res.body.clear();  // a set body would be sent instead of the provider
    res.set_content_provider(1024, "application/json",
                             [](std::size_t, std::size_t, httplib::DataSink&) { return false; });
}

class Routes {
public:
    Routes(httplib::Server& server, Faults& faults, ApiOptions options)
        : server_(server), faults_(faults), options_(std::move(options)) {}

    void get(const std::string& pattern, Handler h) { server_.Get(pattern, wrap(false, std::move(h))); }
    void post(const std::string& pattern, Handler h) { server_.Post(pattern, wrap(true, std::move(h))); }
    void put(const std::string& pattern, Handler h) { server_.Put(pattern, wrap(true, std::move(h))); }

private:
    Handler wrap(bool write, Handler inner) {
        // Captures values, not `this`: the handlers outlive this Routes.
        return [&faults = faults_, options = options_, write, inner = std::move(inner)](const Request& req,
                                                                                        Response& res) {
            if (!authorised(options, req, res)) return;
            auto fault = faults.next(write);
            if (!fault) return inner(req, res);
            if (fault->mode == "slow") {
                faults.pause(fault->delayMs);
                return inner(req, res);
            }
            if (fault->afterCommit) inner(req, res);
            if (fault->mode == "status") {
                sendJson(res, fault->status,
                         json{{"error", fault->status == 503 ? "Service unavailable" : "Failed to process request"}});
            } else if (fault->mode == "hang") {
                faults.pause(fault->delayMs);
                if (!fault->afterCommit) inner(req, res);  // it still happens, long after the client gave up
            } else if (fault->mode == "drop") {
                dropConnection(res);
            } else if (fault->mode == "garbage") {
                if (!fault->afterCommit) res.status = 200;
                res.set_content("<html><body>502 Bad Gateway</body>{\"id\":", "application/json");
            }
        };
    }

    static bool authorised(const ApiOptions& options, const Request& req, Response& res) {
        if (options.requiredToken.empty()) return true;
        auto header = req.get_header_value("Authorization");
        if (header.empty()) {
            sendJson(res, 401, json{{"error", "Unauthorized"}});
            return false;
        }
        if (header != "Bearer " + options.requiredToken) {
            sendJson(res, 403, json{{"error", "Forbidden"}});
            return false;
        }
        return true;
    }

    httplib::Server& server_;
    Faults& faults_;
    ApiOptions options_;
};

void addAttendanceRoutes(Routes& routes) {
    routes.get("/api/attendance", [](const Request& req, Response& res) {
        // Only one filter is honoured, eventId first.
        if (req.has_param("eventId")) {
            auto id = req.get_param_value("eventId");
            if (!validPathId(id, res)) return;
            return answer(res, listOf(kAttendanceColumns + "\"attendance\" WHERE \"eventId\" = $1::uuid"), {id},
                          "fetch attendance", "");
        }
        if (req.has_param("patronId")) {
            auto id = req.get_param_value("patronId");
            if (!validPathId(id, res)) return;
            return answer(res, listOf(kAttendanceColumns + "\"attendance\" WHERE \"patronId\" = $1::uuid"), {id},
                          "fetch attendance", "");
        }
        answer(res, listOf(kAttendanceColumns + "\"attendance\""), {}, "fetch attendance", "");
    });
    routes.get(R"(/api/attendance/event/([^/]+)/stats)", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        answer(res,
               "SELECT json_build_object('total', count(*), 'attended', count(*) FILTER (WHERE \"attended\"),"
               " 'checkedIn', count(*) FILTER (WHERE \"checkInTime\" IS NOT NULL AND \"checkOutTime\" IS NULL),"
               " 'checkedOut', count(*) FILTER (WHERE \"checkOutTime\" IS NOT NULL))::text"
               " FROM \"attendance\" WHERE \"eventId\" = $1::uuid",
               {id}, "fetch attendance stats", "");
    });
    routes.get(R"(/api/attendance/([^/]+))", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        answer(res, oneOf(kAttendanceColumns + "\"attendance\" WHERE \"id\" = $1::uuid"), {id},
               "fetch attendance record", "Attendance record not found");
    });
    routes.post("/api/attendance", [](const Request& req, Response& res) {
        auto body = parseBody(req, res);
        if (!body) return;
        Validator v(*body);
        Params p{v.uuid("id"),          v.uuid("eventId"),           v.uuid("patronId"),
                 v.boolean("attended"), v.time("checkInTime", true), v.time("checkOutTime", true)};
        if (!v.ok()) return sendJson(res, 400, v.errorBody());
        answer(
            res,
            "WITH r AS (INSERT INTO \"attendance\" (\"id\", \"eventId\", \"patronId\", \"attended\", \"checkInTime\","
            " \"checkOutTime\") VALUES ($1::uuid, $2::uuid, $3::uuid, $4::boolean, $5::timestamptz, $6::timestamptz)"
            " RETURNING *) " +
                oneOf(kAttendanceColumns + "r"),
            p, "create attendance record", "", 201);
    });
    routes.put(R"(/api/attendance/([^/]+))", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        auto body = parseBody(req, res);
        if (!body) return;
        Validator v(*body);
        Params p{id};
        std::string sets;
        auto add = [&](const char* key, std::optional<std::string> value, const char* type) {
            p.push_back(std::move(value));
            sets +=
                std::string(sets.empty() ? "" : ", ") + "\"" + key + "\" = $" + std::to_string(p.size()) + "::" + type;
        };
        if (v.has("eventId")) add("eventId", v.uuid("eventId"), "uuid");
        if (v.has("patronId")) add("patronId", v.uuid("patronId"), "uuid");
        if (v.has("attended")) add("attended", v.boolean("attended"), "boolean");
        if (v.has("checkInTime")) add("checkInTime", v.time("checkInTime", true), "timestamptz");
        if (v.has("checkOutTime")) add("checkOutTime", v.time("checkOutTime", true), "timestamptz");
        if (v.ok() && sets.empty()) return serverError(res, "update attendance record");  // HQ's quirk: not a 400
        if (!v.ok()) return sendJson(res, 400, v.errorBody());
        answer(res,
               "WITH r AS (UPDATE \"attendance\" SET " + sets + " WHERE \"id\" = $1::uuid RETURNING *) " +
                   oneOf(kAttendanceColumns + "r"),
               p, "update attendance record", "Attendance record not found");
    });
    // The shortcuts stamp the server's clock (the kiosk does not use them).
    routes.post("/api/attendance/check-in", [](const Request& req, Response& res) {
        auto body = parseBody(req, res);
        if (!body) return;
        Validator v(*body);
        Params p{v.uuid("eventId"), v.uuid("patronId")};
        if (!v.ok()) return sendJson(res, 400, v.errorBody());
        answer(res,
               "WITH u AS (UPDATE \"attendance\" SET \"attended\" = true, \"checkInTime\" = now()"
               " WHERE \"id\" = (SELECT \"id\" FROM \"attendance\" WHERE \"eventId\" = $1::uuid AND \"patronId\" = "
               "$2::uuid"
               " LIMIT 1) RETURNING *),"
               " i AS (INSERT INTO \"attendance\" (\"eventId\", \"patronId\", \"attended\", \"checkInTime\")"
               " SELECT $1::uuid, $2::uuid, true, now() WHERE NOT EXISTS (SELECT 1 FROM u) RETURNING *),"
               " r AS (SELECT * FROM u UNION ALL SELECT * FROM i) " +
                   oneOf(kAttendanceColumns + "r"),
               p, "check in", "");
    });
    routes.post("/api/attendance/check-out", [](const Request& req, Response& res) {
        auto body = parseBody(req, res);
        if (!body) return;
        Validator v(*body);
        Params p{v.uuid("eventId"), v.uuid("patronId")};
        if (!v.ok()) return sendJson(res, 400, v.errorBody());
        answer(res,
               "WITH r AS (UPDATE \"attendance\" SET \"checkOutTime\" = now() WHERE \"eventId\" = $1::uuid AND"
               " \"patronId\" = $2::uuid RETURNING *) " +
                   oneOf(kAttendanceColumns + "r LIMIT 1"),
               p, "check out", "Attendance record not found");
    });
}

void addLoyaltyRoutes(Routes& routes) {
    routes.get("/api/loyalty", [](const Request& req, Response& res) {
        if (req.has_param("patronId")) {
            auto id = req.get_param_value("patronId");
            if (!validPathId(id, res)) return;
            return answer(
                res, listOf(kLoyaltyColumns + "\"loyalty\" WHERE \"patronId\" = $1::uuid ORDER BY \"issuedAt\" DESC"),
                {id}, "fetch loyalty records", "");
        }
        answer(res, listOf(kLoyaltyColumns + "\"loyalty\" ORDER BY \"issuedAt\" DESC"), {}, "fetch loyalty records",
               "");
    });
    routes.get(R"(/api/loyalty/patron/([^/]+)/points)", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        answer(res,
               "SELECT json_build_object('patronId', $1::uuid, 'totalPoints', coalesce(sum(\"points\"), 0))::text"
               " FROM \"loyalty\" WHERE \"patronId\" = $1::uuid AND \"expiresAt\" > now()",
               {id}, "fetch points", "");
    });
    // HQ's own tier bands (not the schema document's), over the same count:
    // records without expiresAt count 0 here (the kiosk does not follow this).
    routes.get(R"(/api/loyalty/patron/([^/]+)/tier)", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        answer(res,
               "WITH t AS (SELECT coalesce(sum(\"points\"), 0) AS total FROM \"loyalty\""
               " WHERE \"patronId\" = $1::uuid AND \"expiresAt\" > now())"
               " SELECT json_build_object('patronId', $1::uuid, 'totalPoints', total, 'tier',"
               " CASE WHEN total >= 10000 THEN 'platinum' WHEN total >= 5000 THEN 'gold'"
               " WHEN total >= 2000 THEN 'silver' ELSE 'bronze' END)::text FROM t",
               {id}, "fetch tier", "");
    });
    routes.get(R"(/api/loyalty/([^/]+))", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        answer(res, oneOf(kLoyaltyColumns + "\"loyalty\" WHERE \"id\" = $1::uuid"), {id}, "fetch loyalty record",
               "Loyalty record not found");
    });
    routes.post("/api/loyalty", [](const Request& req, Response& res) {
        auto body = parseBody(req, res);
        if (!body) return;
        Validator v(*body);
        Params p{v.uuid("id"),
                 v.uuid("patronId"),
                 v.text("description", false),
                 v.oneOf("tier", {"bronze", "silver", "gold", "platinum"}, true),
                 v.points("points"),
                 v.text("reward", true),
                 v.time("issuedAt", false),
                 v.time("expiresAt", true)};
        if (!v.ok()) return sendJson(res, 400, v.errorBody());
        answer(res,
               "WITH r AS (INSERT INTO \"loyalty\" (\"id\", \"patronId\", \"description\", \"tier\", \"points\","
               " \"reward\", \"issuedAt\", \"expiresAt\") VALUES ($1::uuid, $2::uuid, $3, $4, $5::integer, $6,"
               " $7::timestamptz, $8::timestamptz) RETURNING *) " +
                   oneOf(kLoyaltyColumns + "r"),
               p, "create loyalty record", "", 201);
    });
}

}  // namespace

void addApiRoutes(httplib::Server& server, Faults& faults, const ApiOptions& options) {
    Routes routes(server, faults, options);
    routes.get("/api/health", [](const Request&, Response& res) {
        auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        sendJson(res, 200, json{{"status", "ok"}, {"timestamp", ms}});
    });
    routes.get("/api/users", [](const Request&, Response& res) {
        answer(res, listOf(kUsers + " ORDER BY \"createdAt\" DESC"), {}, "fetch users", "");
    });
    routes.get(R"(/api/users/([^/]+))", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        answer(res, oneOf(kUsers + " WHERE \"id\" = $1::uuid"), {id}, "fetch user", "User not found");
    });
    routes.get("/api/events", [](const Request& req, Response& res) {
        if (req.has_param("status")) {
            return answer(res, listOf(kEvents + " WHERE \"status\" = $1 ORDER BY \"startTime\" DESC"),
                          {req.get_param_value("status")}, "fetch events", "");
        }
        answer(res, listOf(kEvents + " ORDER BY \"startTime\" DESC"), {}, "fetch events", "");
    });
    routes.get(R"(/api/events/([^/]+))", [](const Request& req, Response& res) {
        std::string id = req.matches[1];
        if (!validPathId(id, res)) return;
        answer(res, oneOf(kEvents + " WHERE \"id\" = $1::uuid"), {id}, "fetch event", "Event not found");
    });
    addAttendanceRoutes(routes);
    addLoyaltyRoutes(routes);
}

}  // namespace credopass::hq
