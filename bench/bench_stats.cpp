#include "bench/bench_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace credopass::bench {

double Samples::percentile(double p) const {
    if (micros_.empty()) return 0;
    std::vector<double> sorted = micros_;
    std::sort(sorted.begin(), sorted.end());
    auto index = static_cast<std::size_t>(std::llround(p / 100.0 * static_cast<double>(sorted.size() - 1)));
    return sorted[std::min(index, sorted.size() - 1)];
}

double Samples::totalSeconds() const {
    return std::accumulate(micros_.begin(), micros_.end(), 0.0) / 1e6;
}

std::string Samples::summary() const {
    char buf[160];
    std::snprintf(buf, sizeof buf, "n=%zu p50=%.3f ms p99=%.3f ms max=%.3f ms", count(), percentile(50) / 1000,
                  percentile(99) / 1000, percentile(100) / 1000);
    return buf;
}

}  // namespace credopass::bench
