// Done-when of the badge work: a badge shown to a camera source (file replay),
// typed by a scanner, or typed by hand reaches the check-in core as a verified
// member or a clear rejection.
#include "core/door_service.hpp"
#include "kiosk/input/file_sources.hpp"
#include "kiosk/input/frame_scanner.hpp"
#include "kiosk/input/scanner_splitter.hpp"
#include "tests/core/door_fixture.hpp"
#include "tests/kiosk/input/golden_frames.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace std::chrono_literals;

namespace {

struct TrustingDoor : test::DoorFixture {
    DoorService service = openService();

    TrustingDoor() {
        auto key = badge::readPublicKeyFile((test::goldenDir() / "test-issuer.pub").string());
        REQUIRE(key);
        REQUIRE(service.trustKey(*key, "golden").ok());
    }
    DoorService openService() {
        DoorServiceOptions options;
        options.dbPath = db.path();
        auto opened = DoorService::open(options, clock);
        REQUIRE(opened);
        return std::move(*opened);
    }
    CheckinResult present(const Scan& scan) {
        auto r = service.scan(scan);
        REQUIRE(r);
        REQUIRE(std::holds_alternative<CheckinResult>(*r));
        return std::get<CheckinResult>(*r);
    }
};

}  // namespace

TEST_CASE("a signed badge replayed to the camera pipeline checks Jane in") {
    TrustingDoor door;
    MessageQueue<input::InputEvent> events;
    input::FrameScanner scanner(
        std::make_unique<input::StillImageSource>((test::goldenDir() / "signed-jane-glare.png").string()), events);
    scanner.start();
    std::optional<input::ScanEvent> scan;
    // A bound generous enough for a sanitizer build on a busy machine; the scan usually comes at once.
    auto deadline = std::chrono::steady_clock::now() + 30s;
    while (!scan && std::chrono::steady_clock::now() < deadline) {
        auto e = events.popFor(100ms);
        if (e && std::holds_alternative<input::ScanEvent>(*e)) scan = std::get<input::ScanEvent>(*e);
    }
    REQUIRE(scan);
    auto result = door.present(scan->scan);
    CHECK(result.outcome == Outcome::CheckedIn);
    REQUIRE(result.member);
    CHECK(result.member->id == door.jane.id);
}

TEST_CASE("a badge typed by a scanner checks in; typed by hand it reaches the door too") {
    TrustingDoor door;
    input::ScannerSplitter splitter;
    std::string text;
    int t = 0;
    for (char c : door.john.id + "\r")
        for (auto& out : splitter.feed(c, std::chrono::milliseconds(t += 3)))
            if (out.kind == input::SplitterOutput::Kind::Code) text = out.text;
    CHECK(door.present(Scan{text, ScanOrigin::Scanner, {}}).outcome == Outcome::CheckedIn);
    // By hand, the screen's text field collects Typed output and submits the same way.
    CHECK(door.present(Scan{door.jane.id, ScanOrigin::Keyboard, {}}).outcome == Outcome::CheckedIn);
}

TEST_CASE("a non-CredoPass code from the camera is a clear rejection") {
    TrustingDoor door;
    auto golden = test::goldenImages();
    for (auto& g : golden) {
        if (g.file.find("not-a-badge") == std::string::npos) continue;
        auto r = door.present(Scan{g.expected, ScanOrigin::Camera, {}});
        CHECK(r.outcome == Outcome::InvalidBadge);
        CHECK(r.reason == Refusal::NotABadge);
    }
    CHECK(door.countRows("attendance") == 0);
}
