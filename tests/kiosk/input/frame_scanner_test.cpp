#include "kiosk/input/frame_scanner.hpp"
#include "kiosk/input/file_sources.hpp"
#include "kiosk/input/image_file.hpp"
#include "kiosk/input/v4l2_camera.hpp"
#include "tests/kiosk/input/golden_frames.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <deque>
#include <iomanip>
#include <sstream>

using namespace credopass;
using namespace credopass::input;
using namespace std::chrono_literals;

namespace {

// Writes frames 0000.png, 0001.png, ...: `plan` says, frame by frame, whether the badge is in view.
void writeFrames(const test::TempDir& dir, const LumaFrame& badgeImage, const std::string& plan) {
    for (std::size_t i = 0; i < plan.size(); ++i) {
        std::ostringstream name;
        name << std::setw(4) << std::setfill('0') << i << ".png";
        auto scene = test::sceneWith(320, 240, plan[i] == 'B' ? &badgeImage : nullptr, 40 + static_cast<int>(i % 3), 20,
                                     static_cast<unsigned>(i));
        REQUIRE(badge::writePng(scene, dir.file(name.str())).ok());
    }
}

LumaFrame goldenFrame(const char* name) {
    auto frame = loadImageFile((test::goldenDir() / name).string());
    REQUIRE(frame);
    return std::move(frame).value();
}

// Collects events until the source ends (or 30 s pass: a hang fails the test, it does not block it).
std::vector<InputEvent> collectUntilEnded(MessageQueue<InputEvent>& events) {
    std::vector<InputEvent> out;
    auto deadline = std::chrono::steady_clock::now() + 30s;
    while (std::chrono::steady_clock::now() < deadline) {
        auto e = events.popFor(200ms);
        if (!e) continue;
        out.push_back(*e);
        if (auto* s = std::get_if<SourceStatus>(&*e); s && s->state == SourceStatus::State::Ended) return out;
    }
    FAIL("the replay did not end");
    return out;
}

std::vector<ScanEvent> scansIn(const std::vector<InputEvent>& events) {
    std::vector<ScanEvent> scans;
    for (auto& e : events)
        if (auto* s = std::get_if<ScanEvent>(&e)) scans.push_back(*s);
    return scans;
}

}  // namespace

TEST_CASE("a badge held in view for many frames is reported once; shown again, once more") {
    test::TempDir dir;
    LumaFrame badgeImage = goldenFrame("signed-jane-scale50.png");
    std::string expected = QrDecoder().decode(badgeImage).at(0);
    // 5 empty, 30 with the badge, 12 empty (120 ms at 100 fps), 10 with the badge, 3 empty.
    writeFrames(
        dir, badgeImage,
        std::string(5, '.') + std::string(30, 'B') + std::string(12, '.') + std::string(10, 'B') + std::string(3, '.'));
    MessageQueue<InputEvent> events;
    FrameScannerConfig config;
    config.forgetAfter = 50ms;
    config.origin = credopass::ScanOrigin::File;
    FrameScanner scanner(std::make_unique<FrameDirectorySource>(dir.path(), 100.0), events, config);
    scanner.start();
    auto all = collectUntilEnded(events);
    auto scans = scansIn(all);
    REQUIRE(scans.size() == 2);
    CHECK(scans[0].scan.text == expected);
    CHECK(scans[0].frameSequence == 6);  // the first frame with the badge in view
    CHECK(scans[1].frameSequence == 48);
    CHECK(scans[0].scan.origin == credopass::ScanOrigin::File);
    CHECK(scans[0].postedAt >= scans[0].scan.capturedAt);
    CHECK(std::holds_alternative<SourceStatus>(all.front()));  // Running first
    CHECK(scanner.framesDecoded() == 60);
}

TEST_CASE("camera noise alone never becomes a read") {
    test::TempDir dir;
    LumaFrame unused;
    writeFrames(dir, unused, std::string(40, '.'));
    MessageQueue<InputEvent> events;
    FrameScanner scanner(std::make_unique<FrameDirectorySource>(dir.path(), 400.0), events);
    scanner.start();
    CHECK(scansIn(collectUntilEnded(events)).empty());
}

TEST_CASE("the preview always holds the newest frame only") {
    test::TempDir dir;
    LumaFrame unused;
    writeFrames(dir, unused, std::string(8, '.'));
    MessageQueue<InputEvent> events;
    FrameScanner scanner(std::make_unique<FrameDirectorySource>(dir.path(), 400.0), events);
    scanner.start();
    collectUntilEnded(events);
    CHECK(scanner.previewFrames().size() == 1);
    auto frame = scanner.previewFrames().tryPop();
    REQUIRE(frame);
    CHECK((*frame)->sequence == 8);
    CHECK((*frame)->width == 320);
}

namespace {

// A source that scripts open() results and reads, to drive unplug and replug.
class ScriptedSource final : public FrameSource {
public:
    std::deque<bool> opens;        // results of successive open() calls
    std::deque<ReadStatus> reads;  // results of successive read() calls; then Ended
    int openCalls = 0;
    FramePtr frame = std::make_shared<LumaFrame>(LumaFrame{4, 4, std::vector<std::uint8_t>(16, 128), 1, {}});

    Status open() override {
        ++openCalls;
        bool ok = opens.empty() || opens.front();
        if (!opens.empty()) opens.pop_front();
        if (!ok) return Error{FileErrc::CannotOpen, "no such device"};
        return {};
    }
    FrameRead read(std::chrono::milliseconds) override {
        if (reads.empty()) return {ReadStatus::Ended, nullptr, {}};
        ReadStatus s = reads.front();
        reads.pop_front();
        return {s, s == ReadStatus::Frame ? frame : nullptr, s == ReadStatus::Lost ? "unplugged" : ""};
    }
    void close() override {}
    std::string describe() const override { return "scripted"; }
};

std::vector<SourceStatus::State> statesIn(const std::vector<InputEvent>& events) {
    std::vector<SourceStatus::State> states;
    for (auto& e : events)
        if (auto* s = std::get_if<SourceStatus>(&e)) states.push_back(s->state);
    return states;
}

}  // namespace

TEST_CASE("an unplugged camera is reported once, retried, and picked up again") {
    using State = SourceStatus::State;
    auto source = std::make_unique<ScriptedSource>();
    ScriptedSource* script = source.get();
    script->opens = {false, false, false, true, false, true};
    script->reads = {ReadStatus::Frame, ReadStatus::Timeout, ReadStatus::Lost, ReadStatus::Frame};
    MessageQueue<InputEvent> events;
    FrameScannerConfig config;
    config.retryEvery = 1ms;
    FrameScanner scanner(std::move(source), events, config);
    scanner.start();
    auto all = collectUntilEnded(events);
    scanner.stop();
    CHECK(statesIn(all) == std::vector<State>{State::Lost, State::Running, State::Lost, State::Running, State::Ended});
    CHECK(script->openCalls == 6);
    CHECK(scanner.framesDecoded() == 2);
}

TEST_CASE("stop() ends a scanner that is waiting for a missing camera") {
    MessageQueue<InputEvent> events;
    FrameScannerConfig config;
    config.retryEvery = 10s;  // stop must not wait for the retry
    CameraConfig camera;
    camera.device = "/dev/credopass-no-such-camera";
    FrameScanner scanner(std::make_unique<V4l2Camera>(camera), events, config);
    scanner.start();
    auto first = events.popFor(10s);
    REQUIRE(first);
    auto* status = std::get_if<SourceStatus>(&*first);
    REQUIRE(status);
    CHECK(status->state == SourceStatus::State::Lost);
    CHECK(status->message.find("/dev/credopass-no-such-camera") != std::string::npos);
    auto before = std::chrono::steady_clock::now();
    scanner.stop();
    CHECK(std::chrono::steady_clock::now() - before < 5s);
    CHECK_FALSE(scanner.sourceOpen());
}

TEST_CASE("a camera that is not there gives an error, and reading it reports Lost") {
    CameraConfig config;
    config.device = "/dev/credopass-no-such-camera";
    V4l2Camera camera(config);
    auto opened = camera.open();
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == FileErrc::CannotOpen);
    CHECK(camera.read(1ms).status == ReadStatus::Lost);
    camera.close();  // closing twice is harmless
}

TEST_CASE("a still image source shows its image once") {
    StillImageSource source((test::goldenDir() / "member-id-jane.png").string());
    REQUIRE(source.open().ok());
    auto first = source.read(1ms);
    REQUIRE(first.status == ReadStatus::Frame);
    CHECK(QrDecoder().decode(*first.frame).at(0) == "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b");
    CHECK(source.read(1ms).status == ReadStatus::Ended);
    StillImageSource missing("/nonexistent.png");
    CHECK_FALSE(missing.open().ok());
    FrameDirectorySource empty("/nonexistent-dir", 10);
    CHECK_FALSE(empty.open().ok());
}

TEST_CASE("an unknown decoder format is a configuration error in the caller's thread") {
    MessageQueue<InputEvent> events;
    FrameScannerConfig config;
    config.decoder.formats = "QRCode,NoSuchFormat";
    CHECK_THROWS_AS(FrameScanner(std::make_unique<StillImageSource>("unused.png"), events, config),
                    std::invalid_argument);
    config.decoder.formats = "QRCode,MicroQRCode";
    CHECK_NOTHROW(FrameScanner(std::make_unique<StillImageSource>("unused.png"), events, config));
}

namespace {

LumaFrame inverted(LumaFrame frame) {
    for (auto& p : frame.pixels)
        p = static_cast<std::uint8_t>(255 - p);
    return frame;
}

}  // namespace

TEST_CASE("a QR code shown light on dark (a phone in dark mode) is read, by the decoder and at the camera") {
    LumaFrame normal = goldenFrame("member-id-jane.png");
    const std::string expected = QrDecoder().decode(normal).at(0);
    LumaFrame dark = inverted(normal);
    QrDecoder decoder;
    CHECK(decoder.decode(dark).empty());  // ZXing-cpp 1.4 as it is: nothing
    REQUIRE(decoder.decode(dark, Polarity::LightOnDark).size() == 1);
    CHECK(decoder.decode(dark, Polarity::LightOnDark)[0] == expected);
    CHECK(decoder.decodeEitherWay(dark) == std::vector<std::string>{expected});
    CHECK(decoder.decodeEitherWay(normal) == std::vector<std::string>{expected});

    CHECK(decoder.decodeInvertedGlance(dark) == std::vector<std::string>{expected});
    // A camera-sized frame (640 px or more) is glanced at half resolution.
    LumaFrame large;
    large.width = dark.width * 4;
    large.height = dark.height * 4;
    for (int y = 0; y < large.height; ++y)
        for (int x = 0; x < large.width; ++x)
            large.pixels.push_back(dark.pixels[static_cast<std::size_t>(y / 4) * static_cast<std::size_t>(dark.width) +
                                               static_cast<std::size_t>(x / 4)]);
    REQUIRE(large.width >= 640);
    CHECK(decoder.decodeInvertedGlance(large) == std::vector<std::string>{expected});

    // At the camera: 3 empty frames, then the dark-mode badge for 5 frames.
    test::TempDir dir;
    writeFrames(dir, dark, "...BBBBB");
    MessageQueue<InputEvent> events;
    FrameScannerConfig config;
    config.forgetAfter = 50ms;
    FrameScanner scanner(std::make_unique<FrameDirectorySource>(dir.path(), 100.0), events, config);
    scanner.start();
    auto scans = scansIn(collectUntilEnded(events));
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].scan.text == expected);
    // Empty frames 1-5 (the badge unread the normal way from frame 4): the
    // inverted glance comes on every third, frames 3 and 6; frame 6 finds it.
    CHECK(scans[0].frameSequence == 6);
}
