// Any keystroke stream: the splitter never crashes, never invents characters,
// and every code it reports is a scanner-length burst without an Enter in it.
#include "kiosk/input/scanner_splitter.hpp"

#include <cstdlib>

using namespace credopass::input;

namespace {
void require(bool condition) {
    if (!condition) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    SplitterConfig config;
    config.maxCodeLength = 256;
    ScannerSplitter splitter(config);
    std::size_t charsIn = 0, charsOut = 0;
    std::chrono::milliseconds now(0);
    auto check = [&](const std::vector<SplitterOutput>& outputs) {
        for (const auto& o : outputs) {
            if (o.kind == SplitterOutput::Kind::Code) {
                require(o.text.size() >= config.minCodeLength && o.text.size() <= config.maxCodeLength);
                require(o.text.find_first_of("\r\n") == std::string::npos);
                charsOut += o.text.size();
            } else {
                for (char c : o.text)
                    charsOut += c != '\n';
            }
        }
    };
    // Each pair of bytes: a character and the milliseconds since the previous one
    // (0..63, with the top bits asking for a tick(), or a key no scanner sends, instead).
    for (std::size_t i = 0; i + 1 < size; i += 2) {
        char c = static_cast<char>(data[i]);
        std::uint8_t timing = data[i + 1];
        now += std::chrono::milliseconds(timing & 63);
        if ((timing & 0xC0) == 0xC0) {
            check(splitter.tick(now));
            continue;
        }
        if ((timing & 0xC0) == 0x80 && c == '\b') {
            check(splitter.personKey(now));
            continue;
        }
        if (c != '\r' && c != '\n') ++charsIn;
        check(splitter.feed(c, now));
    }
    check(splitter.tick(now + std::chrono::hours(1)));
    // Duplicates are dropped, never invented: out never exceeds in.
    require(charsOut <= charsIn);
    require(!splitter.nextDeadline());
    return 0;
}
