#include "kiosk/app/frame_report.hpp"
#include "tests/kiosk/model_helpers.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;
using namespace credopass::kiosk::testing;
using namespace std::chrono_literals;

// The lines tests/e2e/kiosk_e2e.sh and bench/ui_bench.sh wait for.
TEST_CASE("the frame report tells each fact once, in the words the e2e test reads") {
    KioskModel m(config());
    std::vector<std::string> lines;
    SteadyTime t0{};
    FrameReport report(m, t0, [&](std::string_view line) { lines.emplace_back(line); });
    auto frame = [&](SteadyTime at) {
        lines.clear();
        report.presented(at, [] { return std::string("software, 800x480"); });
        return lines;
    };
    CHECK(frame(t0 + 250ms) ==
          std::vector<std::string>{"first frame after 250.000000 ms (software, 800x480)", "screen idle"});
    CHECK(frame(t0 + 300ms).empty());  // nothing changed: nothing said

    m.openStaff(t0);
    m.pinDigit('1', t0);
    CHECK(frame(t0 + 1s) == std::vector<std::string>{"screen pin", "pin pad shows digits"});
    m.pinDigit('2', t0);
    CHECK(frame(t0 + 1s).empty());  // how many digits is never told

    m.apply(welcome(t0 + 2s), t0 + 2s);
    CHECK(frame(t0 + 2s + 12ms) ==
          std::vector<std::string>{"screen result", "result checked_in scan_to_frame_ms=12.00"});

    lines.clear();
    report.stopping();
    CHECK(lines == std::vector<std::string>{"stopping"});
}
