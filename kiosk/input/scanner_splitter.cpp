#include "kiosk/input/scanner_splitter.hpp"

#include <utility>

namespace credopass::input {
namespace {
bool isEnter(char c) {
    return c == '\r' || c == '\n';
}
}  // namespace

std::vector<SplitterOutput> ScannerSplitter::feed(char c, Millis at) {
    std::vector<SplitterOutput> out;
    if (anyInput_ && at < lastAt_) at = lastAt_;
    anyInput_ = true;

    if (!burst_.empty() && at - lastAt_ > config_.maxScannerGap) finish(false, lastAt_, out);

    if (isEnter(c)) {
        if (!burst_.empty()) {
            finish(true, at, out);
        } else if (lastCode_ && at - lastCodeEndAt_ <= config_.maxScannerGap) {
            // The scanner's own terminator (CR LF, or Enter after a gap-ended
            // code): part of the code already reported, not a person's Enter.
        } else {
            out.push_back({SplitterOutput::Kind::Typed, "\n"});
        }
        lastAt_ = at;
        return out;
    }

    burst_.push_back(c);
    lastAt_ = at;
    if (burst_.size() >= config_.maxCodeLength) finish(false, at, out);
    return out;
}

std::vector<SplitterOutput> ScannerSplitter::tick(Millis now) {
    std::vector<SplitterOutput> out;
    if (!burst_.empty() && now - lastAt_ > config_.maxScannerGap) finish(false, lastAt_, out);
    return out;
}

std::vector<SplitterOutput> ScannerSplitter::personKey(Millis at) {
    std::vector<SplitterOutput> out;
    if (anyInput_ && at < lastAt_) at = lastAt_;
    anyInput_ = true;
    lastAt_ = at;
    if (!burst_.empty()) out.push_back({SplitterOutput::Kind::Typed, std::exchange(burst_, {})});
    return out;
}

std::optional<ScannerSplitter::Millis> ScannerSplitter::nextDeadline() const {
    if (burst_.empty()) return std::nullopt;
    return lastAt_ + config_.maxScannerGap + Millis(1);
}

void ScannerSplitter::finish(bool endedByEnter, Millis at, std::vector<SplitterOutput>& out) {
    std::string text;
    text.swap(burst_);
    if (text.size() < config_.minCodeLength) {
        // Too short for a code: a person's keystrokes (possibly two keys pressed together).
        if (endedByEnter) text.push_back('\n');
        out.push_back({SplitterOutput::Kind::Typed, std::move(text)});
        return;
    }
    bool duplicate = lastCode_ && *lastCode_ == text && at - lastCodeAt_ <= config_.duplicateWindow;
    lastCodeEndAt_ = at;
    if (duplicate) {
        ++duplicates_;
        lastCodeAt_ = at;
        return;
    }
    lastCode_ = text;
    lastCodeAt_ = at;
    out.push_back({SplitterOutput::Kind::Code, std::move(text)});
}

}  // namespace credopass::input
