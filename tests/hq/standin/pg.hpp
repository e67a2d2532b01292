#pragma once
// libpq, thinly: one connection per server thread (libpq connections are not
// shared between threads), parameterised statements only.

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace credopass::hq {

using Params = std::vector<std::optional<std::string>>;

class PgResult {
public:
    explicit PgResult(PGresult* r) : r_(r, &PQclear) {}
    bool ok() const;
    int rows() const { return PQntuples(r_.get()); }
    bool isNull(int row, int col) const { return PQgetisnull(r_.get(), row, col) != 0; }
    std::string value(int row, int col) const { return PQgetvalue(r_.get(), row, col); }
    std::string sqlState() const;  // "23505" for a unique violation, ...
    std::string message() const;

private:
    std::unique_ptr<PGresult, decltype(&PQclear)> r_;
};

class Pg {
public:
    explicit Pg(const std::string& conninfo);
    ~Pg();
    Pg(const Pg&) = delete;
    Pg& operator=(const Pg&) = delete;

    // $1, $2, ... in `sql` take `params` (NULL for nullopt), always as text.
    PgResult exec(const std::string& sql, const Params& params = {});

private:
    PGconn* conn_ = nullptr;
    std::string conninfo_;
};

// The calling thread's connection, opened on first use with the conninfo set at start.
void setConninfo(const std::string& conninfo);
Pg& threadPg();

}  // namespace credopass::hq
