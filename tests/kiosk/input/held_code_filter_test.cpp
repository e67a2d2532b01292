#include "kiosk/input/held_code_filter.hpp"

#include <catch2/catch.hpp>

using namespace credopass;
using namespace credopass::input;
using ms = std::chrono::milliseconds;

TEST_CASE("a code held in view for seconds is reported once") {
    HeldCodeFilter filter(ms(1500));
    SteadyTime t0{};
    int reported = 0;
    for (int frame = 0; frame < 300; ++frame)
        reported += filter.admit("badge", t0 + ms(33 * frame));  // 10 s at 30 fps
    CHECK(reported == 1);
}

TEST_CASE("a code shown again after leaving the view is reported again") {
    HeldCodeFilter filter(ms(1500));
    SteadyTime t0{};
    CHECK(filter.admit("badge", t0));
    CHECK_FALSE(filter.admit("badge", t0 + ms(1000)));  // missed frames in between: still held
    CHECK_FALSE(filter.admit("badge", t0 + ms(2400)));
    CHECK(filter.admit("badge", t0 + ms(3900)));  // away for 1.5 s
}

TEST_CASE("two different codes are each reported") {
    HeldCodeFilter filter;
    SteadyTime t0{};
    CHECK(filter.admit("a", t0));
    CHECK(filter.admit("b", t0 + ms(10)));
    CHECK_FALSE(filter.admit("a", t0 + ms(20)));
}
