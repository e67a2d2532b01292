// Any bytes as a scanned badge: parse and verify must never crash, and what
// they accept must be self-consistent.
#include "badge/badge_text.hpp"
#include "badge/verifier.hpp"

#include <cstdlib>

using namespace credopass;
using namespace credopass::badge;

namespace {

const BadgeTrust& trust() {
    static const BadgeTrust t = [] {
        // tests/badge/golden/test-issuer.pub: the seed corpus's signed badges are
        // signed with it, so mutations of them reach the signature check.
        BadgeTrust out;
        out.keys.push_back(*PublicKey::fromHex("66e116473ae50983f625e707c51f062fe9492f9d11d7025d76868c48d66b4424"));
        return out;
    }();
    return t;
}

void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto parsed = parseBadgeText(text);
    if (parsed) {
        require(parsed->memberId.size() == 36);
        require(parseStrictUuid(parsed->memberId).has_value() || parsed->format == BadgeFormat::Signed);
        if (parsed->signedBadge) {
            // The text form round-trips: what we parsed is what we would write.
            auto again = parseSignedBadge(formatSignedBadge(parsed->signedBadge->body, parsed->signedBadge->signature));
            require(again && again->body == parsed->signedBadge->body);
        }
    }
    auto verdict = checkBadge(text, BadgePolicy{}, trust(), TimePoint(std::chrono::seconds(1780000000)));
    require(verdict.accepted() == (parsed.has_value() && !verdict.rejection.has_value()));
    require(parsed.has_value() || verdict.rejection == Rejection::NotABadge);
    return 0;
}
