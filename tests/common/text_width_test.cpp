// Terminal columns: kioskctl's tables line up whatever the script.
#include "common/text_width.hpp"

#include <catch2/catch.hpp>

using namespace credopass;

TEST_CASE("a text's width on a terminal counts columns, not bytes") {
    CHECK(terminalColumns("Jane Smith") == 10);
    CHECK(terminalColumns("José Núñez") == 10);                  // precomposed: one column each
    CHECK(terminalColumns("Jose\xCC\x81 Nu\xCC\x81nez") == 10);  // e + combining acute: still one
    CHECK(terminalColumns("王芳") == 4);                         // wide
    CHECK(terminalColumns("김민준") == 6);
    CHECK(terminalColumns("Иван") == 4);
    CHECK(terminalColumns("a\xE2\x80\x8B"
                          "b") == 2);     // a zero-width space takes none
    CHECK(terminalColumns("\xFF") == 1);  // an invalid byte: one replacement character
    CHECK(terminalColumns("") == 0);
}

TEST_CASE("padding by columns lines names up") {
    CHECK(padColumns("Núñez", 8) == "Núñez   ");
    CHECK(padColumns("王芳", 8) == "王芳    ");
    CHECK(padColumns("Longer than that", 4) == "Longer than that");
}
