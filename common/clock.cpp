#include "common/clock.hpp"

namespace credopass {

TimePoint SystemClock::now() const {
    return std::chrono::time_point_cast<Millis>(std::chrono::system_clock::now());
}

}  // namespace credopass
