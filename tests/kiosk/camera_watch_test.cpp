#include "kiosk/app/camera_watch.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::kiosk;
using namespace std::chrono_literals;

TEST_CASE("a camera that sends no frame for four seconds is silent until the next one") {
    CameraWatch watch;
    const SteadyTime t0{};
    watch.opened(t0);
    CHECK_FALSE(watch.silent(t0 + 3999ms));  // a new camera gets its time for a first frame
    CHECK(watch.silent(t0 + 4s));
    watch.frame(t0 + 5s);
    CHECK_FALSE(watch.silent(t0 + 5s));
    CHECK_FALSE(watch.silent(t0 + 8999ms));
    CHECK(watch.silent(t0 + 9s));  // frozen: frames stopped
    watch.opened(t0 + 10s);        // staff chose another camera
    CHECK_FALSE(watch.silent(t0 + 10s));
}
