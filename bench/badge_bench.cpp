// On-demand benchmark of the badge camera pipeline (scripts/bench badge).
//
// On the same synthetic camera frames (640x480 and 1280x720, with a signed
// badge at several sizes, angles and degradations, and without one):
//  - decode time per frame: our pipeline (FrameScanner: decoder thread, held-
//    code filter, event and preview queues) against ZXing::ReadBarcode called
//    directly with the same hints (goal: under 10% overhead);
//  - ZXing against zbar (QR only) for time and detection rate (goal: at least
//    3x faster, at least zbar's detection rate);
//  - the delay from the first decodable frame (30 fps, paced) to the scan
//    event reaching its consumer (goal: under one frame interval, 33.3 ms).
#define ZX_USE_UTF8 1  // ZXing 1.4: Result::text() as UTF-8 std::string
#include "badge/issuer.hpp"
#include "badge/qr_render.hpp"
#include "bench/bench_stats.hpp"
#include "bench/zbar_qr.hpp"
#include "kiosk/input/frame_scanner.hpp"

#include <ZXing/ReadBarcode.h>

#include <cmath>
#include <cstdio>
#include <deque>
#include <random>
#include <thread>

using namespace credopass;
using namespace std::chrono_literals;
using bench::Stopwatch;

namespace {

struct Frame {
    input::FramePtr luma;
    bool hasBadge = false;
};

// The index of pixel (x, y) in a frame `width` pixels wide, computed in size_t.
std::size_t pixel(int x, int y, int width) {
    return static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x);
}

// A cluttered grey scene: gradients, rectangles, sensor noise.
input::LumaFrame scene(int w, int h, std::mt19937& rng) {
    input::LumaFrame f;
    f.width = w;
    f.height = h;
    f.pixels.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    std::normal_distribution<double> noise(0.0, 6.0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            f.pixels[pixel(x, y, w)] = static_cast<std::uint8_t>(
                std::clamp(90.0 + 80.0 * x / w + 30.0 * std::sin(y * 0.02) + noise(rng), 0.0, 255.0));
    std::uniform_int_distribution<int> px(0, w - 1), py(0, h - 1), size(10, 120), shade(0, 255);
    for (int r = 0; r < 25; ++r) {
        int x0 = px(rng), y0 = py(rng), rw = size(rng), rh = size(rng);
        auto v = static_cast<std::uint8_t>(shade(rng));
        for (int y = y0; y < std::min(h, y0 + rh); ++y)
            for (int x = x0; x < std::min(w, x0 + rw); ++x)
                f.pixels[pixel(x, y, w)] = v;
    }
    return f;
}

// Pastes `code` rotated by `degrees` centred at (cx, cy), with contrast `contrast` (1 = full).
void paste(input::LumaFrame& f, const badge::GrayImage& code, double degrees, int cx, int cy, double contrast) {
    double a = degrees * M_PI / 180.0, c = std::cos(a), s = std::sin(a);
    int half = static_cast<int>(code.width * 0.75) + 2;
    for (int y = cy - half; y < cy + half; ++y) {
        for (int x = cx - half; x < cx + half; ++x) {
            if (x < 0 || y < 0 || x >= f.width || y >= f.height) continue;
            double u = c * (x - cx) + s * (y - cy) + code.width / 2.0;
            double v = -s * (x - cx) + c * (y - cy) + code.height / 2.0;
            if (u < 0 || v < 0 || u >= code.width - 1 || v >= code.height - 1) continue;
            int iu = static_cast<int>(u), iv = static_cast<int>(v);
            double fu = u - iu, fv = v - iv;
            double p = (1 - fu) * (1 - fv) * code.at(iu, iv) + fu * (1 - fv) * code.at(iu + 1, iv) +
                       (1 - fu) * fv * code.at(iu, iv + 1) + fu * fv * code.at(iu + 1, iv + 1);
            p = 128 + (p - 128) * contrast;
            f.pixels[pixel(x, y, f.width)] = static_cast<std::uint8_t>(std::clamp(p, 0.0, 255.0));
        }
    }
}

void degrade(input::LumaFrame& f, double sigma, bool blur, std::mt19937& rng) {
    if (blur) {
        std::vector<std::uint8_t> out(f.pixels);
        for (int y = 1; y < f.height - 1; ++y)
            for (int x = 1; x < f.width - 1; ++x) {
                int sum = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        sum += f.pixels[pixel(x + dx, y + dy, f.width)];
                out[pixel(x, y, f.width)] = static_cast<std::uint8_t>(sum / 9);
            }
        f.pixels.swap(out);
    }
    if (sigma > 0) {
        std::normal_distribution<double> noise(0.0, sigma);
        for (auto& p : f.pixels)
            p = static_cast<std::uint8_t>(std::clamp(p + noise(rng), 0.0, 255.0));
    }
}

std::vector<Frame> makeFrames(int w, int h, const std::string& text, std::mt19937& rng) {
    std::vector<Frame> frames;
    std::vector<int> modules = w < 1000 ? std::vector<int>{2, 3, 4, 5} : std::vector<int>{3, 4, 5, 6};
    for (int m : modules) {
        auto code = badge::renderQr(text, m);
        for (double angle : {0.0, 12.0, 45.0}) {
            for (int kind = 0; kind < 4; ++kind) {
                auto f = scene(w, h, rng);
                double contrast = kind == 2 ? 0.35 : 1.0;
                paste(f, *code, angle, w / 2 + static_cast<int>(rng() % 60) - 30, h / 2, contrast);
                if (kind == 1) degrade(f, 12.0, true, rng);
                if (kind == 2) degrade(f, 8.0, false, rng);
                if (kind == 3) degrade(f, 25.0, false, rng);
                frames.push_back({std::make_shared<input::LumaFrame>(std::move(f)), true});
            }
        }
    }
    for (int i = 0; i < 24; ++i)
        frames.push_back({std::make_shared<input::LumaFrame>(scene(w, h, rng)), false});
    return frames;
}

// Frames from memory: as fast as they are asked for, or paced at `fps` (then
// stamped with the delivery time, as a camera driver would).
class MemorySource final : public input::FrameSource {
public:
    MemorySource(std::vector<input::FramePtr> frames, double fps) : frames_(std::move(frames)), fps_(fps) {}
    Status open() override {
        start_ = Stopwatch::now();
        return {};
    }
    input::FrameRead read(std::chrono::milliseconds) override {
        if (next_ >= frames_.size()) return {input::ReadStatus::Ended, nullptr, {}};
        input::FramePtr f = frames_[next_++];
        if (fps_ > 0) {
            std::this_thread::sleep_until(start_ +
                                          std::chrono::duration_cast<Stopwatch::duration>(
                                              std::chrono::duration<double>(static_cast<double>(next_) / fps_)));
            auto stamped = std::make_shared<input::LumaFrame>(*f);
            stamped->capturedAt = Stopwatch::now();
            stamped->sequence = next_;
            f = stamped;
        }
        return {input::ReadStatus::Frame, f, {}};
    }
    void close() override {}
    std::string describe() const override { return "memory"; }

private:
    std::vector<input::FramePtr> frames_;
    double fps_;
    std::size_t next_ = 0;
    Stopwatch::time_point start_{};
};

struct Measure {
    double msPerFrame = 0;
    int detected = 0;
};

constexpr int kRounds = 3;
constexpr int kRepeats = 5;

Measure zxingDirect(const std::vector<Frame>& frames, const std::string& text) {
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    Measure m;
    auto start = Stopwatch::now();
    for (int r = 0; r < kRounds; ++r)
        for (const Frame& f : frames) {
            auto result = ZXing::ReadBarcode(
                {f.luma->pixels.data(), f.luma->width, f.luma->height, ZXing::ImageFormat::Lum}, hints);
            if (r == 0 && f.hasBadge && result.isValid() && result.text() == text) ++m.detected;
        }
    m.msPerFrame = std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count() /
                   static_cast<double>(kRounds * frames.size());
    return m;
}

Measure ourPipeline(const std::vector<Frame>& frames, const std::string& text) {
    Measure m;
    std::vector<input::FramePtr> all;
    for (int r = 0; r < kRounds; ++r)
        for (const Frame& f : frames)
            all.push_back(f.luma);
    MessageQueue<input::InputEvent> events;
    input::FrameScannerConfig config;
    config.forgetAfter = 0ms;  // report every frame's read, to count detections
    auto start = Stopwatch::now();
    input::FrameScanner scanner(std::make_unique<MemorySource>(all, 0), events, config);
    scanner.start();
    while (true) {
        auto e = events.popFor(60s);
        if (!e) break;
        if (auto* s = std::get_if<input::SourceStatus>(&*e); s && s->state == input::SourceStatus::State::Ended) break;
        if (auto* scan = std::get_if<input::ScanEvent>(&*e); scan && scan->scan.text == text) ++m.detected;
    }
    m.msPerFrame =
        std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count() / static_cast<double>(all.size());
    m.detected /= kRounds;
    return m;
}

Measure zbarQr(const std::vector<Frame>& frames, const std::string& text) {
    bench::ZbarQr zbar;
    Measure m;
    auto start = Stopwatch::now();
    for (int r = 0; r < kRounds; ++r)
        for (const Frame& f : frames) {
            bool found = zbar.finds(f.luma->pixels.data(), f.luma->pixels.size(), f.luma->width, f.luma->height, text);
            if (r == 0 && f.hasBadge && found) ++m.detected;
        }
    m.msPerFrame = std::chrono::duration<double, std::milli>(Stopwatch::now() - start).count() /
                   static_cast<double>(kRounds * frames.size());
    return m;
}

// First decodable frame → ScanEvent popped by the consumer, camera paced at 30 fps.
bench::Samples latency(int w, int h, const std::string& text, std::mt19937& rng) {
    auto code = badge::renderQr(text, 4);
    std::vector<input::FramePtr> frames;
    frames.reserve(8);
    for (int i = 0; i < 4; ++i)
        frames.push_back(std::make_shared<input::LumaFrame>(scene(w, h, rng)));
    auto withBadge = scene(w, h, rng);
    paste(withBadge, *code, 8.0, w / 2, h / 2, 1.0);
    for (int i = 0; i < 4; ++i)
        frames.push_back(std::make_shared<input::LumaFrame>(withBadge));
    bench::Samples samples;
    for (int trial = 0; trial < 15; ++trial) {
        MessageQueue<input::InputEvent> events;
        input::FrameScanner scanner(std::make_unique<MemorySource>(frames, 30.0), events);
        scanner.start();
        while (auto e = events.popFor(5s)) {
            auto received = Stopwatch::now();
            if (auto* scan = std::get_if<input::ScanEvent>(&*e)) {
                if (scan->frameSequence != 5)
                    std::printf("  note: first read on frame %llu, not 5\n",
                                static_cast<unsigned long long>(scan->frameSequence));
                samples.add(received - scan->scan.capturedAt);
                break;
            }
        }
    }
    return samples;
}

}  // namespace

int main() {
    std::array<std::uint8_t, 32> seed{};
    seed.fill(3);
    auto key = badge::SecretKey::fromSeed(seed);
    auto text = badge::issueBadge(
        key, badge::BadgeClaims{*Uuid::parse("b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b"), std::nullopt,
                                *parseIso("2026-01-01T00:00:00Z"), *parseIso("2027-01-01T00:00:00Z")});
    std::mt19937 rng(2026);
    std::printf("badge pipeline benchmark (ms per frame: %d rounds over each frame set, best of %d)\n", kRounds,
                kRepeats);
    bool allGoals = true;
    for (auto [w, h] : {std::pair{640, 480}, std::pair{1280, 720}}) {
        auto frames = makeFrames(w, h, *text, rng);
        std::vector<Frame> with, without;
        for (auto& f : frames)
            (f.hasBadge ? with : without).push_back(f);
        std::printf("\n%dx%d: %zu frames with a badge, %zu without\n", w, h, with.size(), without.size());
        for (auto* set : {&with, &without}) {
            const char* label = set == &with ? "with badge   " : "without badge";
            // Alternate the two ZXing runs and keep each one's best: the machine
            // is shared, and noise only ever adds time.
            zxingDirect(*set, *text);  // warm-up
            Measure direct, ours;
            for (int rep = 0; rep < kRepeats; ++rep) {
                Measure d = zxingDirect(*set, *text);
                Measure o = ourPipeline(*set, *text);
                if (rep == 0 || d.msPerFrame < direct.msPerFrame) direct = d;
                if (rep == 0 || o.msPerFrame < ours.msPerFrame) ours = o;
            }
            Measure zb = zbarQr(*set, *text);
            double overhead = (ours.msPerFrame / direct.msPerFrame - 1.0) * 100.0;
            double speedup = zb.msPerFrame / ours.msPerFrame;
            std::printf("  %s  ours %7.2f  zxing-direct %7.2f  (overhead %+5.1f%%)  zbar %7.2f  (ours %.1fx faster)\n",
                        label, ours.msPerFrame, direct.msPerFrame, overhead, zb.msPerFrame, speedup);
            if (set == &with) {
                std::printf("  detection      ours %d/%zu  zxing-direct %d/%zu  zbar %d/%zu\n", ours.detected,
                            with.size(), direct.detected, with.size(), zb.detected, with.size());
                allGoals = allGoals && ours.detected >= zb.detected;
            }
            allGoals = allGoals && overhead < 10.0 && speedup >= 3.0;
        }
        auto lat = latency(w, h, *text, rng);
        std::printf(
            "  first decodable frame -> scan event received (30 fps, 33.3 ms interval): p50 %.1f ms, max %.1f ms\n",
            lat.percentile(50) / 1000.0, lat.percentile(100) / 1000.0);
        allGoals = allGoals && lat.percentile(100) < 33'333.0;
    }
    std::printf("\ngoals (overhead <10%%, >=3x zbar, >= zbar detection, latency < 1 frame): %s\n",
                allGoals ? "met" : "NOT all met");
    return 0;
}
