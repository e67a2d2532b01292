#pragma once
// What the door screen logs after each frame it presents: one line per fact,
// to the sink it is given (the door's is host/log: "credopass-kiosk: ..." on
// standard output, or the journal; tests/e2e/kiosk_e2e.sh and
// bench/ui_bench.sh wait on these lines, so their words are an interface).
// Each fact is told once, when it changes; none holds a PIN digit or a
// member's name.

#include "kiosk/app/kiosk_model.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace credopass::kiosk {

class FrameReport {
public:
    using Sink = std::function<void(std::string_view line)>;
    // `startedAt`: the process start, for the start-to-first-frame figure.
    // The sink gets each line without the prefix.
    FrameReport(KioskModel& model, SteadyTime startedAt, Sink sink);

    // After a frame was presented at `at`. `display` ("renderer, WxH") is
    // asked for once, for the first frame's line.
    void presented(SteadyTime at, const std::function<std::string()>& display);
    void stopping();

private:
    void say(const std::string& line) const;

    KioskModel& model_;
    SteadyTime startedAt_;
    Sink sink_;
    bool firstFrame_ = true;
    std::optional<ScreenId> screen_;
    std::string pinMessage_;
    bool pinDigits_ = false;
    std::string searchFor_;
    std::uint64_t statusUpdates_ = 0;
    std::uint64_t scansSent_ = 0;
    std::optional<sync::Connection> connection_;  // as last told; none before sync first reports
};

}  // namespace credopass::kiosk
