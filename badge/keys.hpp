#pragma once
// Ed25519 issuer keys (libsodium) and their files.
//
// The private key stays on the machine that issues badges: its file is created
// with mode 0600, never overwritten, and refused when others can read it.
// Kiosks hold only public keys. A key's id is the first 4 bytes of the
// BLAKE2b-256 digest of the public key, so it can never disagree with the key.
//
// Files are one header line and one hex line:
//   credopass-badge-secret-key-v1\n<64 hex: the 32-byte seed>\n
//   credopass-badge-public-key-v1\n<64 hex: the 32-byte public key>\n

#include "badge/signed_badge.hpp"
#include "common/result.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace credopass::badge {

struct PublicKey {
    std::array<std::uint8_t, 32> bytes{};

    KeyId id() const;
    std::string hex() const;  // lowercase
    static std::optional<PublicKey> fromHex(std::string_view hex);
    bool operator==(const PublicKey&) const = default;
};

// Wiped from memory when destroyed.
class SecretKey {
public:
    static SecretKey fromSeed(const std::array<std::uint8_t, 32>& seed);
    static SecretKey generate();
    ~SecretKey();
    SecretKey(const SecretKey&);
    SecretKey& operator=(const SecretKey&);

    const PublicKey& publicKey() const { return public_; }
    Signature sign(const std::vector<std::uint8_t>& message) const;

private:
    friend Status writeKeyFiles(const SecretKey&, const std::string&, const std::string&);
    SecretKey() = default;
    std::array<std::uint8_t, 64> secret_{};  // libsodium's form: seed followed by the public key
    PublicKey public_;
};

std::string keyIdHex(const KeyId& id);  // 8 lowercase hex digits

// Writes both files; refuses ("exists") to replace either, so a key is never lost.
Status writeKeyFiles(const SecretKey& key, const std::string& privatePath, const std::string& publicPath);
// Errors: cannot_read, bad_key_file, insecure_permissions (private file readable by others).
Result<SecretKey> readSecretKeyFile(const std::string& path);
Result<PublicKey> readPublicKeyFile(const std::string& path);

// Ed25519 check of `signature` over `message`.
bool signatureMatches(const PublicKey& key, const std::vector<std::uint8_t>& message, const Signature& signature);
// How many Ed25519 checks this thread has made: the cost of a scan, for tests
// and benchmarks (a scan must verify its badge once, not once per layer).
std::uint64_t signatureChecksOnThisThread();

}  // namespace credopass::badge
