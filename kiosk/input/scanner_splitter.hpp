#pragma once
// A USB keyboard-wedge scanner types its code as keystrokes. This tells its
// bursts apart from a person typing, from the keystrokes' timing alone:
//  - a scanner sends characters a few milliseconds apart; a burst is a run of
//    characters each at most `maxScannerGap` after the one before;
//  - a burst of at least `minCodeLength` characters is a code; it ends with
//    Enter ('\r' or '\n', swallowed) or, for scanners that send no Enter,
//    when no character follows within `maxScannerGap` (call tick());
//  - anything else is a person typing and comes out as Typed text (an Enter
//    on its own as "\n"), a little delayed, for the screen's text field;
//  - a scanner that delivers every code twice: the same code again within
//    `duplicateWindow` is reported once.
// Pure logic over given timestamps (milliseconds on any monotonic clock, e.g.
// SDL's event timestamps); no threads, no I/O, so it is tested and fuzzed as is.
//
// Use from a screen: feed every byte of each text-input event (UTF-8 bytes of
// one event share its timestamp) and '\r' for the Return key; once per frame
// call tick(now) when nextDeadline() has passed; call personKey() before a
// key no scanner sends (Backspace, Escape, a function key) acts. Hand each
// Code to the door service as a scan (ScanOrigin::Scanner); Typed text goes
// to whatever text field has focus.

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace credopass::input {

struct SplitterConfig {
    std::chrono::milliseconds maxScannerGap{35};
    std::size_t minCodeLength = 6;
    std::chrono::milliseconds duplicateWindow{1000};
    std::size_t maxCodeLength = 4096;  // a stuck key or a runaway device cannot grow memory
};

struct SplitterOutput {
    enum class Kind { Code, Typed };
    Kind kind = Kind::Typed;
    std::string text;
    bool operator==(const SplitterOutput&) const = default;
};

class ScannerSplitter {
public:
    using Millis = std::chrono::milliseconds;

    explicit ScannerSplitter(SplitterConfig config = {}) : config_(config) {}

    // One character at time `at` (times never go backwards; if they do, the
    // character counts as arriving at the last time seen).
    std::vector<SplitterOutput> feed(char c, Millis at);
    // Ends a burst whose gap has run out. Call when nextDeadline() passes.
    std::vector<SplitterOutput> tick(Millis now);
    // A key no scanner sends came at `at`: the burst in hand was a person
    // typing, whatever its speed or length, and comes out now as Typed, so
    // it reaches the field before that key (a Backspace) acts on the field.
    std::vector<SplitterOutput> personKey(Millis at);
    // When tick() next has something to do, if anything is pending.
    std::optional<Millis> nextDeadline() const;

    std::size_t duplicatesSuppressed() const { return duplicates_; }

private:
    void finish(bool endedByEnter, Millis at, std::vector<SplitterOutput>& out);

    SplitterConfig config_;
    std::string burst_;
    Millis lastAt_{0};
    bool anyInput_ = false;
    std::optional<std::string> lastCode_;
    Millis lastCodeAt_{0};
    Millis lastCodeEndAt_{0};
    std::size_t duplicates_ = 0;
};

}  // namespace credopass::input
