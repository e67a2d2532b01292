#pragma once
// Latency samples and the figures benchmarks print.

#include <chrono>
#include <string>
#include <vector>

namespace credopass::bench {

using Stopwatch = std::chrono::steady_clock;

class Samples {
public:
    void add(Stopwatch::duration d) { micros_.push_back(std::chrono::duration<double, std::micro>(d).count()); }
    double percentile(double p) const;  // microseconds
    double totalSeconds() const;
    std::size_t count() const { return micros_.size(); }
    std::string summary() const;  // "n=2000 p50=1.23 ms p99=4.56 ms"

private:
    std::vector<double> micros_;
};

}  // namespace credopass::bench
