#include "sync/http_client.hpp"

#include "common/text.hpp"
#include "core/hq_json.hpp"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <mutex>
#include <utility>

namespace credopass::sync {
namespace {

// Where libcurl writes an answer's body: bounded, and never throwing into libcurl.
struct BodySink {
    enum class Stop {
        None,
        TooLarge,  // a 2xx body over its kind's limit
        TooDeep,   // a 2xx body nesting deeper than hqjson::kMaxDepth
        ErrorCut,  // a non-2xx body over maxErrorBytes: its start is kept
        NoMemory,  // the body could not be stored
    };
    CURL* easy = nullptr;
    std::string body;
    std::size_t successLimit = 0;  // for this request's kind
    std::size_t errorLimit = 0;
    long status = -1;  // learnt at the first byte of the body
    Stop stop = Stop::None;
    hqjson::NestingScanner nesting;

    void reset(std::size_t limit, std::size_t errorBytes) {
        body.clear();
        successLimit = limit;
        errorLimit = errorBytes;
        status = -1;
        stop = Stop::None;
        nesting = hqjson::NestingScanner();
    }
};

// libcurl's write callback. It counts the bytes libcurl hands over, which are
// the decoded ones when libcurl decompresses (Accept-Encoding), so a gzip
// bomb is stopped at the same limit as a plain body, and follows a 2xx
// body's JSON nesting as it arrives, so nobody builds (or recurses through)
// an answer nested a million deep. Returning less than it was given makes
// libcurl abort the transfer (CURLE_WRITE_ERROR). Nothing may throw through
// libcurl's C frames (that would be std::terminate), hence noexcept and the
// catch.
std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* target) noexcept {
    auto* sink = static_cast<BodySink*>(target);
    const std::size_t n = size * count;
    try {
        if (sink->status < 0) {
            long status = 0;
            curl_easy_getinfo(sink->easy, CURLINFO_RESPONSE_CODE, &status);
            sink->status = status;
        }
        const bool success = sink->status >= 200 && sink->status < 300;
        const std::size_t limit = success ? sink->successLimit : sink->errorLimit;
        const std::size_t room = limit - std::min(limit, sink->body.size());
        if (n > room) {
            if (success) {
                sink->stop = BodySink::Stop::TooLarge;
            } else {
                sink->body.append(data, room);
                sink->stop = BodySink::Stop::ErrorCut;
            }
            return 0;
        }
        if (success && !sink->nesting.feed(std::string_view(data, n))) {
            sink->stop = BodySink::Stop::TooDeep;
            return 0;
        }
        sink->body.append(data, n);
        return n;
    } catch (...) {
        sink->stop = BodySink::Stop::NoMemory;
        return 0;
    }
}

// "64 MiB", "64 KiB", "1000 bytes".
std::string sizeText(std::size_t bytes) {
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    if (bytes >= (1u << 10) && bytes % (1u << 10) == 0) return std::to_string(bytes >> 10) + " KiB";
    return std::to_string(bytes) + " bytes";
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

void initCurlOnce() {
    static std::once_flag global;
    std::call_once(global, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// This machine, as a URL's host names it: localhost, 127.0.0.0/8, ::1.
bool isLoopbackHost(std::string host) {
    host = toLower(host);
    if (host == "localhost") return true;
    in_addr v4{};
    if (inet_pton(AF_INET, host.c_str(), &v4) == 1) return (ntohl(v4.s_addr) >> 24) == 127;
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    in6_addr v6{};
    if (inet_pton(AF_INET6, host.c_str(), &v6) == 1) return IN6_IS_ADDR_LOOPBACK(&v6);
    return false;
}

struct BaseUrl {
    std::string url;  // as libcurl normalised it, without a trailing '/'
    bool loopback = false;
};

std::optional<std::string> urlPart(CURLU* u, CURLUPart part) {
    char* text = nullptr;
    if (curl_url_get(u, part, &text, 0) != CURLUE_OK || !text) return std::nullopt;
    std::string out(text);
    curl_free(text);
    return out;
}

// Messages never repeat the URL itself: it may hold a password.
Result<BaseUrl> checkBaseUrl(const SyncConfig& config) {
    const std::string& text = config.hqUrl;
    const auto sep = text.find("://");
    const std::string scheme = toLower(text.substr(0, sep == std::string::npos ? 0 : sep));
    if (scheme != "https" && scheme != "http")
        return Error{ConfigErrc::Bad, "the HQ URL must start with https:// (or http:// for an HQ on this machine)"};
    std::unique_ptr<CURLU, decltype(&curl_url_cleanup)> u(curl_url(), curl_url_cleanup);
    if (!u) return Error{ConfigErrc::Bad, "the HQ URL could not be read (libcurl)"};
    const CURLUcode rc = curl_url_set(u.get(), CURLUPART_URL, text.c_str(), CURLU_DISALLOW_USER);
    if (rc == CURLUE_USER_NOT_ALLOWED)
        return Error{ConfigErrc::Bad,
                     "the HQ URL must not hold a user name or password (the part before '@' is not the host); "
                     "the token goes in a token file"};
    if (rc != CURLUE_OK)
        return Error{ConfigErrc::Bad, std::string("the HQ URL is not a valid URL (") + curl_url_strerror(rc) + ")"};
    if (urlPart(u.get(), CURLUPART_USER) || urlPart(u.get(), CURLUPART_PASSWORD) || urlPart(u.get(), CURLUPART_OPTIONS))
        return Error{ConfigErrc::Bad, "the HQ URL must not hold a user name or password"};
    if (urlPart(u.get(), CURLUPART_QUERY) || urlPart(u.get(), CURLUPART_FRAGMENT))
        return Error{ConfigErrc::Bad, "the HQ URL must not have a query (?...) or a fragment (#...)"};
    auto host = urlPart(u.get(), CURLUPART_HOST);
    auto url = urlPart(u.get(), CURLUPART_URL);
    if (!host || host->empty() || !url) return Error{ConfigErrc::Bad, "the HQ URL names no host"};
    BaseUrl base{*url, isLoopbackHost(*host)};
    if (urlPart(u.get(), CURLUPART_SCHEME).value_or("") == "http" && !base.loopback && !config.allowInsecureHttp)
        return Error{ConfigErrc::Bad,
                     "refusing plain http:// to another machine (" + cleanText(*host, 100) +
                         "): the token and the roster would travel in clear; use https:// (or allow insecure "
                         "http explicitly)"};
    while (!base.url.empty() && base.url.back() == '/')
        base.url.pop_back();
    return base;
}

}  // namespace

struct HttpClient::Handles {
    CURLM* multi = nullptr;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    BodySink sink;
    char errorBuffer[CURL_ERROR_SIZE] = {};
};

Result<HttpClient> HttpClient::create(const SyncConfig& config, const std::atomic<bool>* abortFlag) {
    initCurlOnce();
    auto base = checkBaseUrl(config);
    if (!base) return base.error();
    HttpClient client(config, base->url, base->loopback, abortFlag);
    if (!client.h_->multi || !client.h_->easy) return Error{NetErrc::Network, "libcurl could not be initialised"};
    return client;
}

HttpClient::HttpClient(const SyncConfig& config, std::string baseUrl, bool loopback, const std::atomic<bool>* abortFlag)
    : h_(new Handles),
      baseUrl_(std::move(baseUrl)),
      requestTimeout_(config.requestTimeout),
      abort_(abortFlag),
      gzip_(config.acceptGzip.value_or(!loopback)),
      maxListBytes_(config.maxListBytes),
      maxRecordBytes_(config.maxRecordBytes),
      maxErrorBytes_(config.maxErrorBytes) {
    h_->multi = curl_multi_init();
    h_->easy = curl_easy_init();
    if (!h_->easy) return;
    CURL* e = h_->easy;
    h_->sink.easy = e;
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
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &h_->sink);
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
      gzip_(other.gzip_),
      maxListBytes_(other.maxListBytes_),
      maxRecordBytes_(other.maxRecordBytes_),
      maxErrorBytes_(other.maxErrorBytes_) {
    // The write callback's target lives in Handles, which moved with the pointer.
}

HttpClient& HttpClient::operator=(HttpClient&& other) noexcept {
    if (this != &other) {
        std::swap(h_, other.h_);
        baseUrl_ = std::move(other.baseUrl_);
        requestTimeout_ = other.requestTimeout_;
        abort_ = other.abort_;
        gzip_ = other.gzip_;
        maxListBytes_ = other.maxListBytes_;
        maxRecordBytes_ = other.maxRecordBytes_;
        maxErrorBytes_ = other.maxErrorBytes_;
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

Result<HttpResponse> HttpClient::get(std::string_view path, Millis timeout, BodyKind kind) {
    return perform("GET", path, nullptr, timeout, kind);
}
Result<HttpResponse> HttpClient::post(std::string_view path, std::string_view jsonBody) {
    return perform("POST", path, &jsonBody, Millis{0}, BodyKind::Record);
}
Result<HttpResponse> HttpClient::put(std::string_view path, std::string_view jsonBody) {
    return perform("PUT", path, &jsonBody, Millis{0}, BodyKind::Record);
}

Result<HttpResponse> HttpClient::perform(const char* method, std::string_view path, const std::string_view* body,
                                         Millis timeout, BodyKind kind) {
    CURL* e = h_->easy;
    std::string url = baseUrl_ + std::string(path);
    const std::size_t limit = kind == BodyKind::List ? maxListBytes_ : maxRecordBytes_;
    h_->sink.reset(limit, maxErrorBytes_);
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
    BodySink& sink = h_->sink;
    long status = 0;
    curl_easy_getinfo(e, CURLINFO_RESPONSE_CODE, &status);
    if (rc == CURLE_WRITE_ERROR) {
        const std::string what = std::string(method) + " " + std::string(path);
        switch (sink.stop) {
            case BodySink::Stop::ErrorCut: return HttpResponse{status, std::exchange(sink.body, {}), true};
            case BodySink::Stop::TooLarge:
                sink.body = std::string();  // give the memory back now
                return Error{NetErrc::Protocol, "HQ's answer to " + what + " is larger than the kiosk accepts (" +
                                                    sizeText(limit) +
                                                    (kind == BodyKind::List ? " for a list" : " for one record") +
                                                    "); stopped reading it"};
            case BodySink::Stop::TooDeep:
                sink.body = std::string();
                return Error{NetErrc::Protocol, "HQ's answer to " + what + " nests deeper than " +
                                                    std::to_string(hqjson::kMaxDepth) + " levels; stopped reading it"};
            case BodySink::Stop::NoMemory:
                sink.body = std::string();  // give the memory back now
                return Error{NetErrc::Protocol, "the kiosk ran out of memory reading HQ's answer to " + what};
            case BodySink::Stop::None: break;
        }
    }
    if (rc != CURLE_OK) return transferError(rc, h_->errorBuffer);
    return HttpResponse{status, std::exchange(sink.body, {}), false};
}

}  // namespace credopass::sync
