#include "core/door_status.hpp"

#include <catch2/catch.hpp>

using namespace credopass;

namespace {
TimePoint at(const char* iso) {
    return *parseIso(iso);
}
}  // namespace

TEST_CASE("arrivals fall into 10-minute bins ending with the current one") {
    std::vector<TimePoint> times{at("2026-01-16T18:01:00Z"), at("2026-01-16T18:09:59Z"), at("2026-01-16T18:10:00Z"),
                                 at("2026-01-16T18:35:00Z")};
    auto a = binArrivals(times, at("2026-01-16T18:41:00Z"), 18);
    CHECK(a.firstBinStart == at("2026-01-16T18:00:00Z"));
    CHECK(a.perTenMinutes == std::vector<int>{2, 1, 0, 1, 0});
}

TEST_CASE("arrivals older than the window are left out") {
    std::vector<TimePoint> times{at("2026-01-16T10:00:00Z"), at("2026-01-16T18:35:00Z")};
    auto a = binArrivals(times, at("2026-01-16T18:41:00Z"), 3);
    CHECK(a.firstBinStart == at("2026-01-16T18:20:00Z"));
    CHECK(a.perTenMinutes == std::vector<int>{0, 1, 0});
}

TEST_CASE("no arrivals yet is one empty bin") {
    auto a = binArrivals({}, at("2026-01-16T18:41:00Z"), 18);
    CHECK(a.perTenMinutes == std::vector<int>{0});
}
