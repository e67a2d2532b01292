#include "sync/http_client.hpp"

#include "common/text.hpp"

#include <curl/curl.h>

#include <initializer_list>
#include <mutex>
#include <utility>

namespace credopass::sync {

struct HttpClient::Handles {
    CURLM* multi = nullptr;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    std::string responseBody;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

namespace {

std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* target) {
    static_cast<std::string*>(target)->append(data, size * count);
    return size * count;
}

bool isLoopbackHost(std::string_view url) {
    auto rest = url.substr(url.find("://") + 3);
    for (std::string_view host : {"127.0.0.1", "localhost", "[::1]"}) {
        if (rest.substr(0, host.size()) == host &&
            (rest.size() == host.size() || rest[host.size()] == ':' || rest[host.size()] == '/'))
            return true;
    }
    return false;
}

Error transferError(CURLcode rc, const char* detail) {
    std::string message = std::string(curl_easy_strerror(rc)) + (detail && *detail ? std::string(": ") + detail : "");
    // An if-chain, not a switch: CURLcode has ~100 values we all treat alike.
    auto is = [rc](std::initializer_list<CURLcode> codes) {
        for (auto c : codes)
            if (rc == c) return true;
        return false;
    };
    if (is({CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY}))
        return Error{NetErrc::Connect, "cannot reach HQ (" + message + ")"};
    if (is({CURLE_OPERATION_TIMEDOUT})) return Error{NetErrc::Timeout, "HQ did not answer in time (" + message + ")"};
    if (is({CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE}))
        return Error{NetErrc::Dropped, "the connection to HQ dropped (" + message + ")"};
    if (is({CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM}))
        return Error{NetErrc::Tls, "HQ's TLS certificate could not be verified (" + message + ")"};
    if (is({CURLE_ABORTED_BY_CALLBACK})) return Error{NetErrc::Aborted, "stopped"};
    return Error{NetErrc::Network, "talking to HQ failed (" + message + ")"};
}

}  // namespace

Result<HttpClient> HttpClient::create(const SyncConfig& config, const std::atomic<bool>* abortFlag) {
    std::string url = config.hqUrl;
    while (!url.empty() && url.back() == '/')
        url.pop_back();
    std::string scheme = toLower(url.substr(0, url.find("://") == std::string::npos ? 0 : url.find("://")));
    if (scheme != "https" && scheme != "http") {
        return Error{ConfigErrc::Bad, "the HQ URL must start with https:// (or http:// for a local HQ): '" + url + "'"};
    }
    if (scheme == "http" && config.bearerToken && !isLoopbackHost(url)) {
        return Error{ConfigErrc::Bad,
                     "refusing to send the HQ token over plain http:// to another machine; use https://"};
    }
    SyncConfig c = config;
    c.hqUrl = url;
    HttpClient client(c, abortFlag);
    if (!client.h_->multi || !client.h_->easy) return Error{NetErrc::Network, "libcurl could not be initialised"};
    return client;
}

HttpClient::HttpClient(const SyncConfig& config, const std::atomic<bool>* abortFlag)
    : h_(new Handles),
      baseUrl_(config.hqUrl),
      requestTimeout_(config.requestTimeout),
      abort_(abortFlag),
      gzip_(!isLoopbackHost(config.hqUrl)) {
    static std::once_flag global;
    std::call_once(global, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    h_->multi = curl_multi_init();
    h_->easy = curl_easy_init();
    if (!h_->easy) return;
    CURL* e = h_->easy;
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 2L);
    if (config.caFile) curl_easy_setopt(e, CURLOPT_CAINFO, config.caFile->c_str());
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(config.connectTimeout.count()));
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(e, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &h_->responseBody);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, h_->errorBuffer);
    curl_easy_setopt(e, CURLOPT_USERAGENT, "credopass-kiosk");
    h_->headers = curl_slist_append(h_->headers, "Content-Type: application/json");
    h_->headers = curl_slist_append(h_->headers, "Accept: application/json");
    h_->headers = curl_slist_append(h_->headers, "Expect:");
    if (config.bearerToken) {
        std::string header = "Authorization: Bearer " + *config.bearerToken;
        h_->headers = curl_slist_append(h_->headers, header.c_str());
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, h_->headers);
}

HttpClient::HttpClient(HttpClient&& other) noexcept
    : h_(std::exchange(other.h_, nullptr)),
      baseUrl_(std::move(other.baseUrl_)),
      requestTimeout_(other.requestTimeout_),
      abort_(other.abort_),
      gzip_(other.gzip_) {
    // The write callback's target lives in Handles, which moved with the pointer.
}

HttpClient& HttpClient::operator=(HttpClient&& other) noexcept {
    if (this != &other) {
        std::swap(h_, other.h_);
        baseUrl_ = std::move(other.baseUrl_);
        requestTimeout_ = other.requestTimeout_;
        abort_ = other.abort_;
        gzip_ = other.gzip_;
    }
    return *this;
}

HttpClient::~HttpClient() {
    if (!h_) return;
    if (h_->easy) curl_easy_cleanup(h_->easy);
    if (h_->multi) curl_multi_cleanup(h_->multi);
    curl_slist_free_all(h_->headers);
    delete h_;
}

Result<HttpResponse> HttpClient::get(std::string_view path, Millis timeout) {
    return perform("GET", path, nullptr, timeout);
}
Result<HttpResponse> HttpClient::post(std::string_view path, std::string_view jsonBody) {
    return perform("POST", path, &jsonBody, Millis{0});
}
Result<HttpResponse> HttpClient::put(std::string_view path, std::string_view jsonBody) {
    return perform("PUT", path, &jsonBody, Millis{0});
}

Result<HttpResponse> HttpClient::perform(const char* method, std::string_view path, const std::string_view* body,
                                         Millis timeout) {
    CURL* e = h_->easy;
    std::string url = baseUrl_ + std::string(path);
    h_->responseBody.clear();
    h_->errorBuffer[0] = '\0';
    curl_easy_setopt(e, CURLOPT_URL, url.c_str());
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS,
                     static_cast<long>((timeout.count() > 0 ? timeout : requestTimeout_).count()));
    // Lists (rosters) are large: over a network, accept gzip for reads (cheap;
    // brotli is not). Writes answer one small row, and on this machine's own
    // loopback compressing only costs time.
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, body || !gzip_ ? nullptr : "gzip");
    if (body) {
        curl_easy_setopt(e, CURLOPT_POST, 1L);
        curl_easy_setopt(e, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, std::string_view(method) == "POST" ? nullptr : method);
    } else {
        curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, nullptr);
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    }

    // The multi interface lets us look at the abort flag while waiting, so a
    // shutdown never waits out a hung request; the multi handle keeps the
    // connection open between requests.
    curl_multi_add_handle(h_->multi, e);
    CURLcode rc = CURLE_OK;
    bool done = false;
    while (!done) {
        int running = 0;
        if (curl_multi_perform(h_->multi, &running) != CURLM_OK) {
            rc = CURLE_FAILED_INIT;
            break;
        }
        int queued = 0;
        while (CURLMsg* msg = curl_multi_info_read(h_->multi, &queued)) {
            if (msg->msg == CURLMSG_DONE) {
                rc = msg->data.result;
                done = true;
            }
        }
        if (done) break;
        if (abort_ && abort_->load()) {
            rc = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        curl_multi_poll(h_->multi, nullptr, 0, 50, nullptr);
    }
    curl_multi_remove_handle(h_->multi, e);
    if (rc != CURLE_OK) return transferError(rc, h_->errorBuffer);
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    return HttpResponse{status, std::move(h_->responseBody)};
}

}  // namespace credopass::sync
