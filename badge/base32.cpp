#include "badge/base32.hpp"

namespace credopass::badge {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= '2' && c <= '7') return c - '2' + 26;
    return -1;
}

}  // namespace

std::string base32Encode(std::span<const std::uint8_t> bytes) {
    std::string out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out.push_back(kAlphabet[(buffer >> bits) & 31U]);
        }
    }
    if (bits > 0) out.push_back(kAlphabet[(buffer << (5 - bits)) & 31U]);
    return out;
}

std::optional<std::vector<std::uint8_t>> base32Decode(std::string_view text) {
    std::vector<std::uint8_t> out;
    out.reserve(text.size() * 5 / 8);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        int v = valueOf(c);
        if (v < 0) return std::nullopt;
        buffer = (buffer << 5) | static_cast<std::uint32_t>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<std::uint8_t>((buffer >> bits) & 0xFFU));
        }
    }
    // What is left must be fewer than 5 zero bits, as the encoder writes them;
    // anything else means a truncated or altered text.
    if (bits >= 5 || (buffer & ((1U << bits) - 1U)) != 0) return std::nullopt;
    return out;
}

}  // namespace credopass::badge
