#include "badge/badge_text.hpp"

#include "common/uuid.hpp"

namespace credopass::badge {
namespace {

constexpr std::size_t kUuidLength = 36;

std::string_view trimScannerWhitespace(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && blank(s.back()))
        s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<ParsedBadge> parseBadgeText(std::string_view text) {
    if (text.size() > kMaxBadgeText) return std::nullopt;
    text = trimScannerWhitespace(text);

    if (text.size() == kUuidLength) {
        auto member = parseStrictUuid(text);
        if (!member) return std::nullopt;
        return ParsedBadge{BadgeFormat::MemberId, member->toString(), std::nullopt, std::nullopt};
    }
    if (text.size() == 2 * kUuidLength + 1 && text[kUuidLength] == ':') {
        auto event = parseStrictUuid(text.substr(0, kUuidLength));
        auto member = parseStrictUuid(text.substr(kUuidLength + 1));
        if (!event || !member) return std::nullopt;
        return ParsedBadge{BadgeFormat::EventPass, member->toString(), event->toString(), std::nullopt};
    }
    if (auto signedBadge = parseSignedBadge(text)) {
        ParsedBadge parsed{BadgeFormat::Signed, signedBadge->claims.member.toString(), std::nullopt, std::nullopt};
        if (signedBadge->claims.event) parsed.eventId = signedBadge->claims.event->toString();
        parsed.signedBadge = std::move(signedBadge);
        return parsed;
    }
    return std::nullopt;
}

}  // namespace credopass::badge
