#include "badge/signed_badge.hpp"

#include "badge/base32.hpp"

#include <algorithm>
#include <cctype>

namespace credopass::badge {
namespace {

constexpr std::uint8_t kVersion1 = 0x10;  // high nibble: layout version
constexpr std::uint8_t kVersion2 = 0x20;  // adds issuedAt
constexpr std::uint8_t kHasEvent = 0x01;
constexpr std::uint8_t kKnownFlags = kHasEvent;
constexpr std::size_t kBodyWithoutEvent = 1 + 4 + 16 + 4 + 4;  // layout 1
constexpr std::size_t kEventBytes = 16;
constexpr std::size_t kIssuedBytes = 4;  // layout 2

std::size_t bodySize(std::uint8_t version, bool hasEvent) {
    return kBodyWithoutEvent + (hasEvent ? kEventBytes : 0) + (version == kVersion2 ? kIssuedBytes : 0);
}

void putU32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>((v >> shift) & 0xFFU));
}

std::uint32_t getU32(const std::uint8_t* p) {
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

std::uint32_t seconds(TimePoint t) {
    return static_cast<std::uint32_t>(std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count());
}

TimePoint fromSeconds(std::uint32_t s) {
    return TimePoint(std::chrono::seconds(s));
}

Uuid uuidAt(const std::uint8_t* p) {
    Uuid::Bytes b{};
    std::copy_n(p, b.size(), b.begin());
    return Uuid(b);
}

bool startsWithPrefix(std::string_view text) {
    if (text.size() < kSignedPrefix.size()) return false;
    for (std::size_t i = 0; i < kSignedPrefix.size(); ++i) {
        // Either case: a keyboard-wedge scanner with Caps Lock on sends "cp1."
        if (std::toupper(static_cast<unsigned char>(text[i])) != kSignedPrefix[i]) return false;
    }
    return true;
}

}  // namespace

bool representable(TimePoint t) {
    auto s = std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count();
    return s >= 0 && s <= static_cast<std::int64_t>(UINT32_MAX);
}

std::vector<std::uint8_t> encodeBody(const BadgeClaims& claims, const KeyId& keyId) {
    std::vector<std::uint8_t> out;
    out.reserve(bodySize(kVersion2, true));
    out.push_back(static_cast<std::uint8_t>(kVersion2 | (claims.event ? kHasEvent : 0)));
    out.insert(out.end(), keyId.begin(), keyId.end());
    out.insert(out.end(), claims.member.bytes().begin(), claims.member.bytes().end());
    if (claims.event) out.insert(out.end(), claims.event->bytes().begin(), claims.event->bytes().end());
    putU32(out, seconds(claims.validFrom));
    putU32(out, seconds(claims.expires));
    putU32(out, seconds(claims.issued()));
    return out;
}

std::string formatSignedBadge(const std::vector<std::uint8_t>& body, const Signature& signature) {
    std::vector<std::uint8_t> all(body);
    all.insert(all.end(), signature.begin(), signature.end());
    return std::string(kSignedPrefix) + base32Encode(all);
}

std::optional<SignedBadge> parseSignedBadge(std::string_view text) {
    if (!startsWithPrefix(text)) return std::nullopt;
    // Longest valid text: prefix + base32 of the largest body and a signature.
    const std::size_t kMaxChars = (bodySize(kVersion2, true) + 64) * 8 / 5 + 1;
    std::string_view encoded = text.substr(kSignedPrefix.size());
    if (encoded.size() > kMaxChars) return std::nullopt;
    auto bytes = base32Decode(encoded);
    if (!bytes || bytes->empty()) return std::nullopt;
    std::uint8_t flags = (*bytes)[0];
    const auto version = static_cast<std::uint8_t>(flags & 0xF0U);
    if ((version != kVersion1 && version != kVersion2) || (flags & 0x0FU & ~kKnownFlags) != 0) return std::nullopt;
    bool hasEvent = (flags & kHasEvent) != 0;
    const std::size_t size = bodySize(version, hasEvent);
    if (bytes->size() != size + 64) return std::nullopt;

    SignedBadge badge;
    const std::uint8_t* p = bytes->data() + 1;
    std::copy_n(p, 4, badge.keyId.begin());
    p += 4;
    badge.claims.member = uuidAt(p);
    p += 16;
    if (hasEvent) {
        badge.claims.event = uuidAt(p);
        p += 16;
    }
    badge.claims.validFrom = fromSeconds(getU32(p));
    badge.claims.expires = fromSeconds(getU32(p + 4));
    p += 8;
    if (version == kVersion2) {
        badge.claims.issuedAt = fromSeconds(getU32(p));
        p += kIssuedBytes;
    }
    std::copy_n(p, 64, badge.signature.begin());
    badge.body.assign(bytes->begin(), bytes->begin() + static_cast<std::ptrdiff_t>(size));
    return badge;
}

std::vector<std::uint8_t> signedMessage(const std::vector<std::uint8_t>& body) {
    std::vector<std::uint8_t> message(kSignatureDomain.begin(), kSignatureDomain.end());
    message.insert(message.end(), body.begin(), body.end());
    return message;
}

}  // namespace credopass::badge
