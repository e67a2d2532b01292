#include "config/kiosk_config.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;

TEST_CASE("an empty configuration keeps every default") {
    auto c = parseConfig("");
    REQUIRE(c.ok());
    CHECK(c->resultDuration == std::chrono::seconds(3));
    CHECK(c->autoLockAfter == std::chrono::minutes(2));
    CHECK(c->fontPath.find("DejaVuSans.ttf") != std::string::npos);
}

TEST_CASE("configuration keys are read from their tables") {
    auto c = parseConfig(R"(
organisation = "Blue Note Club"
[screen]
result_seconds = 5
volume = 30
font = "/tmp/font.ttf"
[staff]
auto_lock_seconds = 60
members = ["b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"]
[badges]
frames_dir = "/tmp/frames"
replay_fps = 2.5
[door]
dedup_seconds = 0
)");
    REQUIRE(c.ok());
    CHECK(c->organisation == "Blue Note Club");
    CHECK(c->resultDuration == std::chrono::seconds(5));
    CHECK(c->volume == 30);
    CHECK(c->fontPath == "/tmp/font.ttf");
    CHECK(c->autoLockAfter == std::chrono::seconds(60));
    REQUIRE(c->staffMembers.size() == 1);
    CHECK(c->framesDir == "/tmp/frames");
    CHECK(c->replayFps == Approx(2.5));
    CHECK(c->dedupWindow == Millis(0));
}

TEST_CASE("a bad configuration says where and what") {
    auto syntax = parseConfig("[screen\nresult_seconds = 3", "kiosk.toml");
    REQUIRE_FALSE(syntax.ok());
    CHECK(syntax.error().code == ConfigErrc::Invalid);
    CHECK(syntax.error().message.find("kiosk.toml: line 1") != std::string::npos);

    auto range = parseConfig("[screen]\nvolume = 300");
    REQUIRE_FALSE(range.ok());
    CHECK(range.error().message.find("volume") != std::string::npos);

    auto type = parseConfig("[screen]\nresult_seconds = \"three\"");
    REQUIRE_FALSE(type.ok());
    CHECK(type.error().message.find("result_seconds") != std::string::npos);

    auto missing = loadConfig("/nonexistent/kiosk.toml");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ConfigErrc::Missing);
}

TEST_CASE("the audit log keeps a whole number of days") {
    CHECK(parseConfig("")->auditRetention == std::chrono::days(90));
    auto week = parseConfig("[staff]\naudit_days = 7\n");
    REQUIRE(week.ok());
    CHECK(week->auditRetention == std::chrono::days(7));
    for (const char* bad : {"0", "3651", "1.5", "\"90\""}) {
        INFO(bad);
        auto c = parseConfig(std::string("[staff]\naudit_days = ") + bad + "\n");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().code == ConfigErrc::Invalid);
        CHECK(c.error().message.find("audit_days") != std::string::npos);
    }
}

TEST_CASE("awarded points never expire unless the configuration gives whole days") {
    CHECK_FALSE(parseConfig("")->pointsExpireAfter);
    CHECK_FALSE(parseConfig("[door]\npoints_expire_days = 0\n")->pointsExpireAfter);
    auto year = parseConfig("[door]\npoints_expire_days = 365\n");
    REQUIRE(year.ok());
    CHECK(year->pointsExpireAfter == Millis(std::chrono::days(365)));
    for (const char* bad : {"-1", "36501", "1.5", "\"30\""}) {
        INFO(bad);
        auto c = parseConfig(std::string("[door]\npoints_expire_days = ") + bad + "\n");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().message.find("points_expire_days") != std::string::npos);
    }
}

TEST_CASE("plain http to another machine is off unless the configuration says so") {
    CHECK_FALSE(parseConfig("")->hqAllowInsecureHttp);
    auto on = parseConfig("[sync]\nhq_url = \"http://hq.lan:3000\"\nallow_insecure_http = true\n");
    REQUIRE(on.ok());
    CHECK(on->hqAllowInsecureHttp);
    CHECK_FALSE(parseConfig("[sync]\nallow_insecure_http = \"yes\"\n").ok());
}

TEST_CASE("push_connections takes 1 to 16 requests in flight, 4 when left out") {
    CHECK(parseConfig("")->hqPushConnections == 4);
    CHECK(parseConfig("[sync]\npush_connections = 1\n")->hqPushConnections == 1);
    CHECK(parseConfig("[sync]\npush_connections = 16\n")->hqPushConnections == 16);
    for (const char* bad : {"0", "17", "-2", "2.5", "\"4\""}) {
        INFO(bad);
        auto c = parseConfig(std::string("[sync]\npush_connections = ") + bad + "\n");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().message.find("push_connections") != std::string::npos);
    }
}

TEST_CASE("the door accepts signed badges only unless kiosk.toml's [badges] accept says otherwise") {
    auto plain = parseConfig("");
    REQUIRE(plain.ok());
    CHECK(plain->badgeAccept.toString() == "signed");
    CHECK_FALSE(plain->badgeAccept.acceptsUnsigned());
    auto all = parseConfig("[badges]\naccept = \"all\"\n");
    REQUIRE(all.ok());
    CHECK(all->badgeAccept.acceptsUnsigned());
    CHECK(parseConfig("[badges]\naccept = \"signed, event_pass\"\n")->badgeAccept.toString() == "event_pass,signed");
    for (const char* bad : {"\"\"", "\"everything\"", "1", "[\"signed\"]"}) {
        INFO(bad);
        auto c = parseConfig(std::string("[badges]\naccept = ") + bad + "\n");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error().message.find("badges.accept") != std::string::npos);
    }
}

TEST_CASE("result_min_seconds: each result shows at least this long, 1 s when left out") {
    CHECK(parseConfig("")->resultMinShown == std::chrono::seconds(1));
    CHECK(parseConfig("[screen]\nresult_min_seconds = 0.5\n")->resultMinShown == std::chrono::milliseconds(500));
    CHECK_FALSE(parseConfig("[screen]\nresult_min_seconds = 0\n").ok());
    CHECK_FALSE(parseConfig("[screen]\nresult_min_seconds = 11\n").ok());
}

TEST_CASE("the camera picture is mirrored unless [badges] mirror_preview = false") {
    CHECK(parseConfig("")->mirrorPreview);
    CHECK_FALSE(parseConfig("[badges]\nmirror_preview = false\n")->mirrorPreview);
    CHECK_FALSE(parseConfig("[badges]\nmirror_preview = \"no\"\n").ok());
}

TEST_CASE("fallback_fonts: Chinese and Japanese, then Korean, unless the configuration lists others") {
    const auto defaults = parseConfig("")->fallbackFontPaths;
    REQUIRE(defaults.size() == 2);
    CHECK(defaults[0].find("DroidSansFallbackFull.ttf") != std::string::npos);
    CHECK(defaults[1].find("NanumGothic.ttf") != std::string::npos);
    CHECK(parseConfig("[screen]\nfallback_fonts = [\"/a.ttf\"]\n")->fallbackFontPaths ==
          std::vector<std::string>{"/a.ttf"});
    CHECK(parseConfig("[screen]\nfallback_fonts = []\n")->fallbackFontPaths.empty());  // none: DejaVu only
    auto single = parseConfig("[screen]\nfallback_fonts = \"/a.ttf\"\n");
    REQUIRE_FALSE(single.ok());
    CHECK(single.error().message.find("fallback_fonts") != std::string::npos);
    CHECK_FALSE(parseConfig("[screen]\nfallback_fonts = [\"\"]\n").ok());
}
