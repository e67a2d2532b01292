#include "kiosk/app/frame_report.hpp"

#include <cstdio>

namespace credopass::kiosk {
namespace {

double msBetween(SteadyTime a, SteadyTime b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

}  // namespace

FrameReport::FrameReport(KioskModel& model, SteadyTime startedAt, Sink sink)
    : model_(model),
      startedAt_(startedAt),
      sink_(std::move(sink)),
      statusUpdates_(model.statusUpdates()),
      connection_(model.sync().running ? std::optional(model.sync().connection) : std::nullopt) {}

void FrameReport::say(const std::string& line) const {
    sink_(line);
}

void FrameReport::presented(SteadyTime at, const std::function<std::string()>& display) {
    const KioskModel& m = model_;
    if (firstFrame_) {
        say("first frame after " + std::to_string(msBetween(startedAt_, at)) + " ms (" + display() + ")");
        firstFrame_ = false;
    }
    if (m.screen() != screen_) {
        screen_ = m.screen();
        say("screen " + std::string(toString(*screen_)));
    }
    if (m.pinMessage() != pinMessage_) {  // never holds the digits
        pinMessage_ = m.pinMessage();
        if (!pinMessage_.empty()) say("pin: " + pinMessage_);
    }
    // That digits show, not how many: tests wait for the dots before a
    // screenshot (a person's keys reach the PIN a scanner gap after typing).
    if (const bool digits = m.pinLength() > 0; digits != pinDigits_) {
        pinDigits_ = digits;
        if (digits) say("pin pad shows digits");
    }
    if (m.sync().running && m.sync().connection != connection_) {
        connection_ = m.sync().connection;
        say("sync " + std::string(toString(*connection_)) + " (" + std::to_string(m.sync().waiting) + " waiting)");
    }
    if (m.statusUpdates() != statusUpdates_) {
        statusUpdates_ = m.statusUpdates();
        if (isStaffScreen(m.screen())) say("staff screen shows fresh door status");
    }
    if (m.searchResultsFor() != searchFor_) {  // the length only: names stay out of logs
        searchFor_ = m.searchResultsFor();
        say("search for " + std::to_string(searchFor_.size()) + " characters shows " +
            std::to_string(m.searchResults().size()) + " members");
    }
    if (m.scansSent() != scansSent_) {
        scansSent_ = m.scansSent();
        say("scan sent to the door");
    }
    if (auto scanned = model_.takeShownScan()) {
        char ms[32];
        std::snprintf(ms, sizeof ms, "%.2f", msBetween(*scanned, at));
        std::string outcome = m.lastCheckin() ? std::string(toString(m.lastCheckin()->outcome)) : "error";
        say("result " + outcome + " scan_to_frame_ms=" + ms);
    }
}

void FrameReport::stopping() {
    say("stopping");
}

}  // namespace credopass::kiosk
