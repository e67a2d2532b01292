#pragma once
// One HTTP(S) connection to HQ, reused (keep-alive) for every request.
// TLS peers are always verified (optionally against a CA file); the bearer
// token goes in a header and appears in no message this class produces.
// Not thread-safe: it belongs to the sync thread. An abort flag set by another
// thread ends a transfer in progress within ~50 ms (error "aborted").

#include "common/result.hpp"
#include "sync/config.hpp"

#include <atomic>
#include <string>
#include <string_view>

namespace credopass::sync {

struct HttpResponse {
    long status = 0;
    std::string body;
};

class HttpClient {
public:
    // Errors: "bad_config" (URL scheme, a token over plain HTTP to another host).
    static Result<HttpClient> create(const SyncConfig& config, const std::atomic<bool>* abortFlag = nullptr);
    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;
    ~HttpClient();

    // `path` starts with "/api". Errors (the request's fate is unknown unless "connect"):
    // "connect" (refused, unreachable: nothing was sent), "timeout", "dropped"
    // (connection closed mid-answer), "tls", "aborted", "network".
    Result<HttpResponse> get(std::string_view path, Millis timeout = Millis{0});
    Result<HttpResponse> post(std::string_view path, std::string_view jsonBody);
    Result<HttpResponse> put(std::string_view path, std::string_view jsonBody);

    const std::string& baseUrl() const { return baseUrl_; }

private:
    struct Handles;
    HttpClient(const SyncConfig& config, const std::atomic<bool>* abortFlag);
    Result<HttpResponse> perform(const char* method, std::string_view path, const std::string_view* body,
                                 Millis timeout);

    Handles* h_ = nullptr;
    std::string baseUrl_;
    Millis requestTimeout_;
    const std::atomic<bool>* abort_ = nullptr;
    bool gzip_ = true;
};

}  // namespace credopass::sync
