// Log lines: the last guard against an email address reaching the journal.
#include "host/log.hpp"

#include <catch2/catch.hpp>

using credopass::host::maskEmails;

TEST_CASE("anything shaped like an email address is masked in a log line") {
    CHECK(maskEmails("HQ answered 409: jane.smith+club@example.com exists") == "HQ answered 409: <email> exists");
    CHECK(maskEmails("a@b.c and x_y@mail.example.org.") == "<email> and <email>");
    CHECK(maskEmails("two: a@b.io,c@d.io") == "two: <email>,<email>");
    // Not addresses: left as they are.
    CHECK(maskEmails("result checked_in scan_to_frame_ms=12.5") == "result checked_in scan_to_frame_ms=12.5");
    CHECK(maskEmails("@ alone, @handle, user@localhost") == "@ alone, @handle, user@localhost");
    CHECK(maskEmails("trailing @") == "trailing @");
    CHECK(maskEmails("").empty());
}
