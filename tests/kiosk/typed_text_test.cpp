#include "kiosk/app/typed_text.hpp"

#include <catch2/catch.hpp>

using namespace credopass::kiosk;

TEST_CASE("typing into a field: printable text only, Backspace a whole character") {
    std::string field = "Jo";
    CHECK(appendTyped(field, "s\xC3\xA9\n\t"));
    CHECK(field == "Jos\xC3\xA9");
    CHECK_FALSE(appendTyped(field, "\n"));  // Enter alone changes nothing
    CHECK(eraseLastCharacter(field));
    CHECK(field == "Jos");
    CHECK(eraseLastCharacter(field));
    CHECK(field == "Jo");
    std::string empty;
    CHECK_FALSE(eraseLastCharacter(empty));
    std::string stray = "\x80\x80";  // no lead byte: the whole run goes, and nothing before it
    CHECK(eraseLastCharacter(stray));
    CHECK(stray.empty());
}
