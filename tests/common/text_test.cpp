#include "common/text.hpp"
#include "common/message_queue.hpp"

#include <catch2/catch.hpp>

#include <thread>

using namespace credopass;

TEST_CASE("CSV fields are quoted and defused") {
    CHECK(csvField("Jane") == "Jane");
    CHECK(csvField("Smith, Jane") == "\"Smith, Jane\"");
    CHECK(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(csvField("@SUM") == "'@SUM");
    CHECK(csvField("\t=1+1") == "'\t=1+1");      // a leading tab is a formula in some spreadsheets
    CHECK(csvField("\r=1+1") == "\"'\r=1+1\"");  // so is a carriage return (quoted: it ends a line)
}

TEST_CASE("trim and toLower") {
    CHECK(trim("  a b \n") == "a b");
    CHECK(trim("   ").empty());
    CHECK(toLower("AbC-09") == "abc-09");
}

TEST_CASE("MessageQueue hands values between threads in order") {
    MessageQueue<int> q;
    std::thread producer([&] {
        for (int i = 0; i < 1000; ++i)
            q.push(i);
        q.close();
    });
    std::vector<int> got;
    while (auto v = q.popFor(std::chrono::seconds(5)))
        got.push_back(*v);
    producer.join();
    REQUIRE(got.size() == 1000);
    for (int i = 0; i < 1000; ++i)
        CHECK(got[static_cast<size_t>(i)] == i);
}

TEST_CASE("a bounded MessageQueue keeps the newest") {
    MessageQueue<int> q(2);
    q.push(1);
    q.push(2);
    q.push(3);
    CHECK(q.dropped() == 1);
    auto all = q.drain();
    REQUIRE(all.size() == 2);
    CHECK(all[0] == 2);
    CHECK(all[1] == 3);
    CHECK_FALSE(q.tryPop());
}

TEST_CASE("cleanText: valid UTF-8, no controls or bidi overrides, cut on a character boundary") {
    CHECK(cleanText("Jane Smith") == "Jane Smith");
    CHECK(cleanText("Zoë 李 🎷") == "Zoë 李 🎷");
    // Terminal escapes and other controls go; line breaks and tabs become spaces.
    CHECK(cleanText("\x1b[2J\x1b]0;pwned\x07Jane") == "[2J]0;pwnedJane");
    CHECK(cleanText("a\tb\nc\r\nd") == "a b c  d");
    CHECK(cleanText(std::string("nul\0byte", 8)) == "nulbyte");
    CHECK(cleanText("del\x7f") == "del");
    CHECK(cleanText("c1\xc2\x9b"
                    "31m") == "c131m");  // U+009B, the one-character CSI
    // Bidi embeddings, overrides and isolates: "evil\u202Egpj.exe" would show as "evilexe.jpg".
    CHECK(cleanText("evil\u202Egpj.exe") == "evilgpj.exe");
    CHECK(cleanText("\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069x") == "x");
    CHECK(cleanText("\u200F\u061C") == "\u200F\u061C");  // marks (not overrides) stay
    // Each invalid byte becomes U+FFFD: stray continuation, overlong, surrogate, beyond U+10FFFF, truncated.
    CHECK(cleanText("a\xff"
                    "b") == "a\uFFFDb");
    CHECK(cleanText("\xc0\xaf") == "\uFFFD\uFFFD");
    CHECK(cleanText("\xed\xa0\x80") == "\uFFFD\uFFFD\uFFFD");
    CHECK(cleanText("\xf4\x90\x80\x80") == "\uFFFD\uFFFD\uFFFD\uFFFD");
    CHECK(cleanText("caf\xc3") == "caf\uFFFD");
    CHECK(isValidUtf8(cleanText("\xff\xfe\xc3\x28\xe2\x82\x28\xf0\x28\x8c\xbc")));

    // Cut: at most maxBytes, never inside a character, "..." when cut.
    CHECK(cleanText("abcdef", 6) == "abcdef");
    CHECK(cleanText("abcdefg", 6) == "abc...");
    CHECK(cleanText("abcééé", 8) == "abcé...");  // 'é' is 2 bytes: "abcé" + "..." = 8
    CHECK(cleanText("abcééé", 7) == "abc...");
    CHECK(cleanText("ab", 2) == "ab");
    CHECK(cleanText("abc", 2) == "ab");  // too short for "...": cut only
    for (std::size_t max = 0; max < 20; ++max) {
        auto cut = cleanText("€€€€€€\xff€€", max);
        CHECK(cut.size() <= max);
        CHECK(isValidUtf8(cut));
    }
}

TEST_CASE("utf8Prefix and isValidUtf8") {
    CHECK(utf8Prefix("abc", 10) == "abc");
    CHECK(utf8Prefix("ab€", 4) == "ab");  // '€' is 3 bytes
    CHECK(utf8Prefix("ab€", 5) == "ab€");
    CHECK(utf8Prefix("🎷🎷", 7) == "🎷");
    CHECK(utf8Prefix("🎷", 0).empty());
    CHECK(isValidUtf8("Zoë €"));
    CHECK_FALSE(isValidUtf8("\xc3"));
    CHECK_FALSE(isValidUtf8("\xe0\x80\x80"));  // overlong
}
