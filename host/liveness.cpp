#include "host/liveness.hpp"

namespace credopass::host {

Liveness Liveness::forWatchdog(Millis period) {
    return Liveness(period / 4, period / 2, std::chrono::steady_clock::now());
}

Liveness::Liveness(Millis askEvery, Millis staleAfter, SteadyTime start)
    : askEvery_(askEvery), staleAfter_(staleAfter), lastAnswer_(start) {}

bool Liveness::shouldAsk(SteadyTime now) const {
    if (outstanding_) return false;
    return !lastAsked_ || now - *lastAsked_ >= askEvery_;
}

void Liveness::asked(SteadyTime now) {
    lastAsked_ = now;
    outstanding_ = true;
}

void Liveness::answered(SteadyTime now) {
    lastAnswer_ = now;
    outstanding_ = false;
}

bool Liveness::alive(SteadyTime now) const {
    return now - lastAnswer_ < staleAfter_;
}

bool Liveness::pingDue(SteadyTime now) const {
    return alive(now) && (!lastPing_ || now - *lastPing_ >= askEvery_);
}

}  // namespace credopass::host
