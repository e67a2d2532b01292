// Which HQ URLs the HTTP client accepts: parsed as libcurl parses them, so a
// URL cannot name one host to the check and another to the connection.
#include "sync/http_client.hpp"

#include <catch2/catch.hpp>

namespace credopass::test {
namespace {

Result<sync::HttpClient> clientFor(const std::string& url, bool allowInsecureHttp = false) {
    sync::SyncConfig c;
    c.hqUrl = url;
    c.bearerToken = "url-test-token";
    c.allowInsecureHttp = allowInsecureHttp;
    return sync::HttpClient::create(c);
}

}  // namespace

TEST_CASE("HQ URL: a user name before '@' is not the host; the token never goes to hq.example in clear",
          "[sync][url]") {
    // A string prefix check read this as the host "localhost"; libcurl connects to hq.example.
    for (const char* url :
         {"http://localhost:1@hq.example/", "http://127.0.0.1@hq.example", "http://user:pw@127.0.0.1/",
          "https://user:secret-password@hq.example/", "http://@hq.example", "http://hq.example:80@127.0.0.1"}) {
        INFO(url);
        auto client = clientFor(url);
        REQUIRE_FALSE(client.ok());
        CHECK(client.error().code == ConfigErrc::Bad);
        CHECK_THAT(client.error().message, !Catch::Contains("secret-password") && !Catch::Contains("url-test-token"));
    }
}

TEST_CASE("HQ URL: plain http only to this machine's loopback, unless explicitly allowed", "[sync][url]") {
    for (const char* url : {"http://127.0.0.1:3000", "http://127.0.0.1:3000/", "http://127.9.8.7:80",
                            "http://localhost", "http://LOCALHOST:8080", "http://[::1]:3000", "http://127.1:3000"}) {
        INFO(url);
        CHECK(clientFor(url).ok());
    }
    for (const char* url : {"http://hq.example", "http://127.0.0.1.nip.io", "http://10.0.0.1:3000", "http://128.0.0.1",
                            "http://[::2]", "http://localhost.hq.example"}) {
        INFO(url);
        auto client = clientFor(url);
        REQUIRE_FALSE(client.ok());
        CHECK(client.error().code == ConfigErrc::Bad);
        CHECK_THAT(client.error().message, Catch::Contains("plain http"));
        // Refused without a token too: whoever answers in clear also writes the roster.
        sync::SyncConfig noToken;
        noToken.hqUrl = url;
        CHECK_FALSE(sync::HttpClient::create(noToken).ok());
    }
    CHECK(clientFor("http://hq.example", true).ok());
    CHECK_FALSE(clientFor("http://user@hq.example", true).ok());  // userinfo stays refused
    CHECK(clientFor("https://hq.example").ok());
}

TEST_CASE("HQ URL: the base URL is libcurl's reading of it, without query, fragment or trailing slash", "[sync][url]") {
    auto client = clientFor("https://HQ.example/credopass/");
    REQUIRE(client.ok());
    CHECK(client->baseUrl() == "https://HQ.example/credopass");
    auto numeric = clientFor("http://0x7f000001:3000");
    REQUIRE(numeric.ok());
    CHECK(numeric->baseUrl() == "http://127.0.0.1:3000");
    CHECK_FALSE(clientFor("https://hq.example/?x=1").ok());
    CHECK_FALSE(clientFor("https://hq.example/#top").ok());
    CHECK_FALSE(clientFor("https://").ok());
    CHECK_FALSE(clientFor("hq.example").ok());
    CHECK_FALSE(clientFor("ftp://hq.example").ok());
}

}  // namespace credopass::test
