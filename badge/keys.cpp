#include "badge/keys.hpp"

#include <sodium.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace credopass::badge {
namespace {

constexpr std::string_view kSecretHeader = "credopass-badge-secret-key-v1";
constexpr std::string_view kPublicHeader = "credopass-badge-public-key-v1";

void ensureSodium() {
    // sodium_init is idempotent and thread-safe; it fails only without a usable RNG.
    if (sodium_init() < 0) throw std::runtime_error("libsodium could not initialise");
}

template <std::size_t N>
std::string toHex(const std::array<std::uint8_t, N>& bytes) {
    std::string out(N * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes.data(), N);
    out.pop_back();
    return out;
}

template <std::size_t N>
std::optional<std::array<std::uint8_t, N>> fromHexExact(std::string_view hex) {
    if (hex.size() != N * 2) return std::nullopt;
    std::array<std::uint8_t, N> out{};
    std::size_t len = 0;
    if (sodium_hex2bin(out.data(), N, hex.data(), hex.size(), nullptr, &len, nullptr) != 0 || len != N)
        return std::nullopt;
    return out;
}

// "<header>\n<hex>\n" → hex; nullopt if the header differs.
std::optional<std::string> keyLine(const std::string& content, std::string_view header) {
    std::istringstream in(content);
    std::string first, second;
    if (!std::getline(in, first) || first != header || !std::getline(in, second)) return std::nullopt;
    return second;
}

Status writeNewFile(const std::string& path, const std::string& content, mode_t mode) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0) {
        if (errno == EEXIST) return Error{FileErrc::Exists, path + " already exists; not replacing a key file"};
        return Error{FileErrc::CannotWrite, "cannot create " + path + ": " + errnoMessage(errno)};
    }
    bool ok = ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size());
    ok = ::fsync(fd) == 0 && ok;
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        ::unlink(path.c_str());
        return Error{FileErrc::CannotWrite, "cannot write " + path};
    }
    return {};
}

Result<std::string> readSmallFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{FileErrc::CannotRead, "cannot read " + path};
    std::string content(4096, '\0');
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    content.resize(static_cast<std::size_t>(in.gcount()));
    return content;
}

}  // namespace

KeyId PublicKey::id() const {
    ensureSodium();
    std::array<std::uint8_t, 32> digest{};
    crypto_generichash(digest.data(), digest.size(), bytes.data(), bytes.size(), nullptr, 0);
    KeyId id{};
    std::copy_n(digest.begin(), id.size(), id.begin());
    return id;
}

std::string PublicKey::hex() const {
    return toHex(bytes);
}

std::optional<PublicKey> PublicKey::fromHex(std::string_view hex) {
    auto bytes = fromHexExact<32>(hex);
    if (!bytes) return std::nullopt;
    return PublicKey{*bytes};
}

SecretKey SecretKey::fromSeed(const std::array<std::uint8_t, 32>& seed) {
    ensureSodium();
    SecretKey key;
    crypto_sign_seed_keypair(key.public_.bytes.data(), key.secret_.data(), seed.data());
    return key;
}

SecretKey SecretKey::generate() {
    ensureSodium();
    SecretKey key;
    crypto_sign_keypair(key.public_.bytes.data(), key.secret_.data());
    return key;
}

SecretKey::~SecretKey() {
    sodium_memzero(secret_.data(), secret_.size());
}
SecretKey::SecretKey(const SecretKey&) = default;
SecretKey& SecretKey::operator=(const SecretKey&) = default;

Signature SecretKey::sign(const std::vector<std::uint8_t>& message) const {
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), secret_.data());
    return sig;
}

std::string keyIdHex(const KeyId& id) {
    return toHex(id);
}

Status writeKeyFiles(const SecretKey& key, const std::string& privatePath, const std::string& publicPath) {
    struct stat st {};
    if (::stat(publicPath.c_str(), &st) == 0)
        return Error{FileErrc::Exists, publicPath + " already exists; not replacing a key file"};
    // The seed is the first half of libsodium's secret key.
    std::array<std::uint8_t, 32> seed{};
    std::copy_n(key.secret_.begin(), seed.size(), seed.begin());
    std::string secretText = std::string(kSecretHeader) + "\n" + toHex(seed) + "\n";
    sodium_memzero(seed.data(), seed.size());
    Status written = writeNewFile(privatePath, secretText, 0600);
    sodium_memzero(secretText.data(), secretText.size());
    if (!written) return written;
    return writeNewFile(publicPath, std::string(kPublicHeader) + "\n" + key.public_.hex() + "\n", 0644);
}

Result<SecretKey> readSecretKeyFile(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return Error{FileErrc::CannotRead, "cannot read " + path + ": " + errnoMessage(errno)};
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return Error{FileErrc::InsecurePermissions, path + " can be read by other users; run: chmod 600 " + path};
    auto content = readSmallFile(path);
    if (!content) return content.error();
    auto line = keyLine(*content, kSecretHeader);
    auto seed = line ? fromHexExact<32>(*line) : std::nullopt;
    sodium_memzero(content->data(), content->size());
    if (line) {
        // One reference, not line->data() then line->size(): the analyzer takes
        // optional::operator-> for a reallocation of the string between the two.
        std::string& text = *line;
        sodium_memzero(text.data(), text.size());
    }
    if (!seed) return Error{FileErrc::BadKeyFile, path + " is not a CredoPass badge private key"};
    SecretKey key = SecretKey::fromSeed(*seed);
    sodium_memzero(seed->data(), seed->size());
    return key;
}

Result<PublicKey> readPublicKeyFile(const std::string& path) {
    auto content = readSmallFile(path);
    if (!content) return content.error();
    auto line = keyLine(*content, kPublicHeader);
    auto key = line ? PublicKey::fromHex(*line) : std::nullopt;
    if (!key) return Error{FileErrc::BadKeyFile, path + " is not a CredoPass badge public key"};
    return *key;
}

namespace {
thread_local std::uint64_t tSignatureChecks = 0;
}

std::uint64_t signatureChecksOnThisThread() {
    return tSignatureChecks;
}

bool signatureMatches(const PublicKey& key, const std::vector<std::uint8_t>& message, const Signature& signature) {
    ensureSodium();
    ++tSignatureChecks;
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), key.bytes.data()) == 0;
}

}  // namespace credopass::badge
