#include "config/kiosk_config.hpp"
#include "kiosk/app/door_worker.hpp"

#include <catch2/catch.hpp>

using namespace credopass::kiosk;

// The shipped default configuration parses, and says what the code defaults say.
TEST_CASE("assets/kiosk.toml is valid and matches the built-in defaults") {
    auto shipped = loadConfig(CREDOPASS_SOURCE_DIR "/assets/kiosk.toml");
    REQUIRE(shipped.ok());
    KioskConfig defaults;
    CHECK(shipped->resultDuration == defaults.resultDuration);
    CHECK(shipped->autoLockAfter == defaults.autoLockAfter);
    CHECK(shipped->pinScreenTimeout == defaults.pinScreenTimeout);
    CHECK(shipped->dedupWindow == defaults.dedupWindow);
    CHECK(shipped->fontPath == defaults.fontPath);
    CHECK(shipped->boldFontPath == defaults.boldFontPath);
    CHECK(shipped->volume == defaults.volume);
    CHECK(shipped->scannerGap == defaults.scannerGap);
    CHECK(shipped->renderer == defaults.renderer);
    CHECK(shipped->hqUrl.empty());
    CHECK(shipped->hqAllowInsecureHttp == defaults.hqAllowInsecureHttp);
    CHECK(shipped->auditRetention == defaults.auditRetention);
}

// The kiosk's default and the door service's are one rule, written in two headers.
TEST_CASE("the audit retention defaults to the door service's") {
    CHECK(KioskConfig{}.auditRetention == credopass::kDefaultAuditRetention);
    CHECK(credopass::kiosk::DoorWorkerOptions{}.auditRetention == credopass::kDefaultAuditRetention);
}
