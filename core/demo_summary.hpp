#pragma once
// What loading the demo data made: the ids a demo or a test needs next.

#include <cstdint>
#include <string>

namespace credopass::demo {

struct Summary {
    std::string johnId;
    std::string janeId;
    std::string tonightEventId;
    std::int64_t members = 0;
    std::int64_t events = 0;
};

}  // namespace credopass::demo
