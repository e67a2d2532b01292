#include "kiosk/app/demo_frames.hpp"
#include "kiosk/app/demo_setup.hpp"

#include "kiosk/input/file_sources.hpp"
#include "kiosk/input/qr_decoder.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace credopass;

namespace {

// The codes a replay of `dir` shows, in order, each once however many frames hold it.
std::vector<std::string> codesShown(const std::string& dir) {
    input::FrameDirectorySource source(dir, 1000.0);
    REQUIRE(source.open().ok());
    input::QrDecoder decoder;
    std::vector<std::string> seen;
    for (;;) {
        auto read = source.read(std::chrono::seconds(1));
        if (read.status == input::ReadStatus::Ended) break;
        REQUIRE(read.status == input::ReadStatus::Frame);
        for (auto& text : decoder.decode(*read.frame))
            if (seen.empty() || seen.back() != text) seen.push_back(text);
    }
    return seen;
}

}  // namespace

TEST_CASE("the demo camera shows each badge in turn, decodable, between empty frames") {
    test::TempDir dir;
    const std::vector<std::string> badges{"b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b",
                                          "d87d2b28-ff03-5d2c-b58f-21d90199c062:c8d29186-85f7-5b02-8ac2-0f121fb7c38e"};
    REQUIRE(kiosk::writeDemoFrames(dir.file("frames"), badges, 10.0, 1.0).ok());
    input::FrameDirectorySource source(dir.file("frames"), 1000.0);
    REQUIRE(source.open().ok());
    CHECK(source.frameCount() == 10 + 10 + 10 + 10 + 10);
    CHECK(codesShown(dir.file("frames")) == badges);
}

TEST_CASE("the demo's camera shows signed badges that a signed-only door admits") {
    test::TempDir dir;
    ManualClock clock{std::chrono::floor<Millis>(std::chrono::system_clock::now())};
    DoorServiceOptions options;
    options.dbPath = dir.file("kiosk.db");
    options.acceptCeiling = *badge::BadgePolicy::parse("signed");  // the configuration's default
    auto door = DoorService::open(options, clock);
    REQUIRE(door);
    kiosk::KioskConfig config;
    std::string framesDir;
    {
        auto setup = kiosk::DemoSetup::apply(*door, config);
        REQUIRE(setup);
        framesDir = setup->framesDir;
        REQUIRE_FALSE(framesDir.empty());
        CHECK(config.framesDir == framesDir);

        const auto seen = codesShown(framesDir);
        REQUIRE(seen.size() == 2);
        for (const auto& text : seen) {
            auto verdict = door->verify(text);
            REQUIRE(verdict);
            CHECK(verdict->badge->format == badge::BadgeFormat::Signed);
            auto answer = door->scan(Scan{text, ScanOrigin::Camera, {}});
            REQUIRE(answer);
            CHECK(std::get<CheckinResult>(*answer).outcome == Outcome::CheckedIn);
        }
    }
    CHECK_FALSE(std::filesystem::exists(framesDir));  // the demo's frames go with it
}
