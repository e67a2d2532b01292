#pragma once
// The signed badge: what it claims and its compact text form (docs/badge-format.md).
//
//   "CP1." base32( flags | keyId[4] | member[16] | event[16]? | validFrom u32 | expires u32 | issuedAt u32
//                  | signature[64] )
//
// Layout 2 (flags 0x2_) carries the issue time; layout 1 (0x1_, without
// issuedAt) is still read, its validFrom standing in for the issue time.
//
// The signature (Ed25519) covers the domain tag "credopass-badge-v1" followed by
// every byte before it, so nothing in the badge can change without breaking it.
// Times are whole seconds since the Unix epoch, big-endian (valid until 2106).
// This file only lays bytes out; signing is badge/issuer.hpp, checking badge/verifier.hpp.

#include "common/time.hpp"
#include "common/uuid.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace credopass::badge {

inline constexpr std::string_view kSignedPrefix = "CP1.";
inline constexpr std::string_view kSignatureDomain = "credopass-badge-v1";

using KeyId = std::array<std::uint8_t, 4>;
using Signature = std::array<std::uint8_t, 64>;

struct BadgeClaims {
    Uuid member;
    std::optional<Uuid> event;  // a badge for one event only
    TimePoint validFrom{};
    TimePoint expires{};
    // When it was issued: a member revocation at T voids every badge issued
    // before T, even one valid only from a later date (next season's).
    // Unset when issuing: validFrom. Read from a layout-1 badge: validFrom.
    std::optional<TimePoint> issuedAt{};

    TimePoint issued() const { return issuedAt.value_or(validFrom); }
};

struct SignedBadge {
    BadgeClaims claims;
    KeyId keyId{};
    Signature signature{};
    std::vector<std::uint8_t> body;  // every byte before the signature, as it was in the text
};

// The bytes the issuer signs (without the domain tag). Times are cut to whole
// seconds; times outside 1970..2106 are an error the caller must have refused.
std::vector<std::uint8_t> encodeBody(const BadgeClaims& claims, const KeyId& keyId);
// "CP1." + base32(body + signature)
std::string formatSignedBadge(const std::vector<std::uint8_t>& body, const Signature& signature);
// Structure only: nullopt when the text is not a well-formed signed badge.
// Whether the signature is right is for the verifier to say.
std::optional<SignedBadge> parseSignedBadge(std::string_view text);
// The exact message Ed25519 signs: domain tag + body.
std::vector<std::uint8_t> signedMessage(const std::vector<std::uint8_t>& body);
// True when t fits the badge's 32-bit seconds field.
bool representable(TimePoint t);

}  // namespace credopass::badge
