#include "kiosk/input/scanner_splitter.hpp"

#include <catch2/catch.hpp>

using namespace credopass::input;
using Kind = SplitterOutput::Kind;
using ms = std::chrono::milliseconds;

namespace {

// Types `text` starting at `start`, one character every `gap`; returns everything emitted.
std::vector<SplitterOutput> type(ScannerSplitter& s, const std::string& text, int start, int gap) {
    std::vector<SplitterOutput> out;
    int t = start;
    for (char c : text) {
        for (auto& o : s.feed(c, ms(t)))
            out.push_back(o);
        t += gap;
    }
    return out;
}

std::vector<SplitterOutput> settle(ScannerSplitter& s, int now) {
    return s.tick(ms(now));
}

const std::string kBadge = "b0ec1bfd-bff0-5dc6-90f0-abf1bf9d6a5b";

}  // namespace

TEST_CASE("a scanner burst ended by Enter is one code, the Enter swallowed") {
    ScannerSplitter s;
    auto out = type(s, kBadge + "\r", 1000, 4);
    REQUIRE(out.size() == 1);
    CHECK(out[0] == SplitterOutput{Kind::Code, kBadge});
    CHECK(settle(s, 5000).empty());
}

TEST_CASE("CR LF after a code is one terminator") {
    ScannerSplitter s;
    auto out = type(s, kBadge + "\r\n", 0, 3);
    REQUIRE(out.size() == 1);
    CHECK(out[0].kind == Kind::Code);
}

TEST_CASE("a scanner that sends no Enter: the gap ends the code") {
    ScannerSplitter s;
    CHECK(type(s, kBadge, 0, 5).empty());
    int last = 5 * static_cast<int>(kBadge.size() - 1);
    REQUIRE(s.nextDeadline());
    CHECK(*s.nextDeadline() == ms(last + 36));
    CHECK(s.tick(ms(last + 10)).empty());  // the gap has not run out yet
    auto out = s.tick(ms(last + 36));
    REQUIRE(out.size() == 1);
    CHECK(out[0] == SplitterOutput{Kind::Code, kBadge});
    CHECK_FALSE(s.nextDeadline());
}

TEST_CASE("a person typing comes out as typed text, never as a code") {
    ScannerSplitter s;
    std::vector<SplitterOutput> out = type(s, kBadge, 0, 120);
    for (auto& o : settle(s, 120 * 40))
        out.push_back(o);
    std::string typed;
    for (auto& o : out) {
        CHECK(o.kind == Kind::Typed);
        typed += o.text;
    }
    CHECK(typed == kBadge);
    auto enter = s.feed('\r', ms(10000));
    REQUIRE(enter.size() == 1);
    CHECK(enter[0] == SplitterOutput{Kind::Typed, "\n"});
}

TEST_CASE("two keys pressed together are typed, not a code") {
    ScannerSplitter s;
    auto out = type(s, "ab", 0, 5);
    for (auto& o : settle(s, 100))
        out.push_back(o);
    REQUIRE(out.size() == 1);
    CHECK(out[0] == SplitterOutput{Kind::Typed, "ab"});
}

TEST_CASE("a code delivered twice is reported once; the same code later is reported again") {
    ScannerSplitter s;
    auto first = type(s, kBadge + "\r", 0, 2);
    auto second = type(s, kBadge + "\r", 100, 2);
    CHECK(first.size() == 1);
    CHECK(second.empty());
    CHECK(s.duplicatesSuppressed() == 1);
    auto later = type(s, kBadge + "\r", 5000, 2);
    CHECK(later.size() == 1);
    auto other = type(s, "CP1.ABCDEFGH\r", 5100, 2);
    REQUIRE(other.size() == 1);
    CHECK(other[0].text == "CP1.ABCDEFGH");
}

TEST_CASE("typing right after a scan is kept apart from the code") {
    ScannerSplitter s;
    auto out = type(s, kBadge + "\r", 0, 3);
    for (auto& o : type(s, "12", 1000, 200))
        out.push_back(o);
    for (auto& o : settle(s, 2000))
        out.push_back(o);
    REQUIRE(out.size() == 3);
    CHECK(out[0].kind == Kind::Code);
    CHECK(out[1] == SplitterOutput{Kind::Typed, "1"});
    CHECK(out[2] == SplitterOutput{Kind::Typed, "2"});
}

TEST_CASE("a key no scanner sends hands over what a person typed before it, however fast") {
    ScannerSplitter s;
    CHECK(type(s, "smithy", 0, 5).empty());  // scanner speed and length: a code if it went on
    auto out = s.personKey(ms(40));          // ... but a Backspace says a person typed it
    REQUIRE(out.size() == 1);
    CHECK(out[0] == SplitterOutput{Kind::Typed, "smithy"});
    CHECK_FALSE(s.nextDeadline());
    CHECK(s.personKey(ms(50)).empty());  // nothing in hand: nothing out
    // A scanner's code afterwards is a code as ever.
    auto code = type(s, kBadge + "\r", 1000, 3);
    REQUIRE(code.size() == 1);
    CHECK(code[0] == SplitterOutput{Kind::Code, kBadge});
}

TEST_CASE("a runaway device cannot grow the buffer without bound") {
    SplitterConfig config;
    config.maxCodeLength = 64;
    ScannerSplitter s(config);
    std::size_t codes = 0;
    for (int i = 0; i < 1000; ++i)
        for (auto& o : s.feed('x', ms(i)))
            codes += o.kind == Kind::Code;
    CHECK(codes >= 1);  // repeats of the same chunk are suppressed as duplicates
    CHECK(codes + s.duplicatesSuppressed() == 1000 / 64);
}

TEST_CASE("time going backwards does not break the splitter") {
    ScannerSplitter s;
    type(s, "abcdefgh", 1000, 2);
    auto out = type(s, "\r", 500, 1);
    REQUIRE(out.size() == 1);
    CHECK(out[0] == SplitterOutput{Kind::Code, "abcdefgh"});
}
