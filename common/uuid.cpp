#include "common/uuid.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <stdexcept>
#include <vector>

namespace credopass {
namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

void setVersionAndVariant(Uuid::Bytes& b, int version) {
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0F) | (version << 4));
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3F) | 0x80);
}

}  // namespace

std::optional<Uuid> Uuid::parse(std::string_view s) {
    if (s.size() != 36) return std::nullopt;
    Bytes b{};
    size_t out = 0;
    for (size_t i = 0; i < s.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (s[i] != '-') return std::nullopt;
            ++i;
            continue;
        }
        int hi = hexValue(s[i]);
        int lo = i + 1 < s.size() ? hexValue(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) return std::nullopt;
        b[out++] = static_cast<std::uint8_t>(hi << 4 | lo);
        i += 2;
    }
    return Uuid(b);
}

Uuid Uuid::nameBased(const Uuid& ns, std::string_view name) {
    std::vector<unsigned char> input(ns.bytes_.begin(), ns.bytes_.end());
    input.insert(input.end(), name.begin(), name.end());
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &len, EVP_sha1(), nullptr) != 1 || len < 16)
        throw std::runtime_error("SHA-1 unavailable in libcrypto");
    Bytes b{};
    std::copy(digest, digest + 16, b.begin());
    setVersionAndVariant(b, 5);
    return Uuid(b);
}

Uuid Uuid::random() {
    Bytes b{};
    if (RAND_bytes(b.data(), static_cast<int>(b.size())) != 1)
        throw std::runtime_error("no randomness available from libcrypto");
    setVersionAndVariant(b, 4);
    return Uuid(b);
}

bool Uuid::isRfc9562() const {
    int v = version();
    return v >= 1 && v <= 8 && (bytes_[8] & 0xC0) == 0x80;
}

std::string Uuid::toString() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string s;
    s.reserve(36);
    for (size_t i = 0; i < bytes_.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) s.push_back('-');
        s.push_back(digits[bytes_[i] >> 4]);
        s.push_back(digits[bytes_[i] & 0x0F]);
    }
    return s;
}

std::optional<Uuid> parseStrictUuid(std::string_view text) {
    auto u = Uuid::parse(text);
    if (!u || !u->isRfc9562()) return std::nullopt;
    return u;
}

const Uuid& credopassNamespace() {
    // uuid5(NAMESPACE_URL, "https://credopass.org/kiosk"), fixed forever.
    static const Uuid ns = *Uuid::parse("89413eea-a40b-5935-93d5-e716eeef5a33");
    return ns;
}

}  // namespace credopass
