#pragma once
// One HTTP(S) connection to HQ, reused (keep-alive) for every request.
// TLS peers are always verified (optionally against a CA file); the bearer
// token goes in a header and appears in no message this class produces.
// Not thread-safe: it belongs to the sync thread. An abort flag set by another
// thread ends a transfer in progress within ~50 ms (error "aborted").

#include "common/result.hpp"
#include "sync/config.hpp"

#include <atomic>
#include <cstddef>
#include <string>
#include <string_view>

namespace credopass::sync {

struct HttpResponse {
    long status = 0;
    std::string body;
    // A non-2xx body longer than SyncConfig::maxErrorBytes: `body` holds its
    // first maxErrorBytes bytes (possibly ending inside a UTF-8 character).
    bool truncated = false;
};

// What a 2xx answer holds, for its size limit (SyncConfig::maxListBytes, maxRecordBytes).
enum class BodyKind {
    List,    // GET of a collection: /api/users, /api/events, /api/loyalty?patronId=...
    Record,  // one row: GET by id, and what POST and PUT answer
};

class HttpClient {
public:
    // The URL is parsed with libcurl's own parser (curl_url), so what is
    // checked is what libcurl connects to. Errors (ConfigErrc::Bad): not a
    // URL, a scheme other than https/http, a user name or password in it
    // ("http://localhost:1@hq.example/" names the host hq.example), a query
    // or fragment, plain http to a host other than this machine's loopback
    // (unless allowInsecureHttp).
    static Result<HttpClient> create(const SyncConfig& config, const std::atomic<bool>* abortFlag = nullptr);
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;
    ~HttpClient();

    // `path` starts with "/api". Errors (the request's fate is unknown unless "connect"):
    // "connect" (refused, unreachable: nothing was sent), "timeout", "dropped"
    // (connection closed mid-answer), "tls", "aborted", "network", "protocol"
    // (a 2xx answer larger than its kind's limit, or nesting deeper than
    // hqjson::kMaxDepth: the transfer was stopped there).
    // A non-2xx answer is never an error here: its body is kept up to
    // maxErrorBytes (`truncated` says when more was left unread).
    Result<HttpResponse> get(std::string_view path, Millis timeout = Millis{0}, BodyKind kind = BodyKind::List);
    Result<HttpResponse> post(std::string_view path, std::string_view jsonBody);
    Result<HttpResponse> put(std::string_view path, std::string_view jsonBody);

    const std::string& baseUrl() const { return baseUrl_; }

private:
    struct Handles;
    HttpClient(const SyncConfig& config, std::string baseUrl, bool loopback, const std::atomic<bool>* abortFlag);
    Result<HttpResponse> perform(const char* method, std::string_view path, const std::string_view* body,
                                 Millis timeout, BodyKind kind);

    Handles* h_ = nullptr;
    std::string baseUrl_;
    Millis requestTimeout_;
    const std::atomic<bool>* abort_ = nullptr;
    bool gzip_ = true;
    std::size_t maxListBytes_ = 0;
    std::size_t maxRecordBytes_ = 0;
    std::size_t maxErrorBytes_ = 0;
};

}  // namespace credopass::sync
