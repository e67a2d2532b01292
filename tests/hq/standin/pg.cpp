#include "tests/hq/standin/pg.hpp"

#include <stdexcept>

namespace credopass::hq {
namespace {
std::string g_conninfo;  // written once before any server thread starts
}

bool PgResult::ok() const {
    auto s = PQresultStatus(r_.get());
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

std::string PgResult::sqlState() const {
    const char* s = PQresultErrorField(r_.get(), PG_DIAG_SQLSTATE);
    return s ? s : "";
}

std::string PgResult::message() const {
    const char* s = PQresultErrorMessage(r_.get());
    return s ? s : "";
}

Pg::Pg(const std::string& conninfo) : conninfo_(conninfo) {
    conn_ = PQconnectdb(conninfo.c_str());
    if (PQstatus(conn_) != CONNECTION_OK) {
        std::string message = PQerrorMessage(conn_);
        PQfinish(conn_);
        conn_ = nullptr;
        throw std::runtime_error("cannot connect to PostgreSQL: " + message);
    }
}

Pg::~Pg() {
    PQfinish(conn_);
}

PgResult Pg::exec(const std::string& sql, const Params& params) {
    // A connection lost (PostgreSQL restarted) is re-opened once.
    if (PQstatus(conn_) != CONNECTION_OK) PQreset(conn_);
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    return PgResult(
        PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
}

void setConninfo(const std::string& conninfo) {
    g_conninfo = conninfo;
}

Pg& threadPg() {
    thread_local Pg pg(g_conninfo);
    return pg;
}

}  // namespace credopass::hq
