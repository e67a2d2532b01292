#include "badge/keys.hpp"
#include "tests/badge/test_keys.hpp"
#include "tests/support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

using namespace credopass;
using namespace credopass::badge;

TEST_CASE("key files round-trip; the private file is 0600") {
    test::TempDir dir;
    auto key = SecretKey::generate();
    REQUIRE(writeKeyFiles(key, dir.file("issuer.key"), dir.file("issuer.pub")).ok());

    struct stat st {};
    REQUIRE(::stat(dir.file("issuer.key").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    auto secret = readSecretKeyFile(dir.file("issuer.key"));
    REQUIRE(secret);
    auto pub = readPublicKeyFile(dir.file("issuer.pub"));
    REQUIRE(pub);
    CHECK(secret->publicKey() == key.publicKey());
    CHECK(*pub == key.publicKey());
    std::vector<std::uint8_t> message{1, 2, 3};
    CHECK(signatureMatches(*pub, message, secret->sign(message)));
    message.push_back(4);
    CHECK_FALSE(signatureMatches(*pub, message, secret->sign({1, 2, 3})));
}

TEST_CASE("key files are never overwritten") {
    test::TempDir dir;
    auto first = SecretKey::generate();
    REQUIRE(writeKeyFiles(first, dir.file("k"), dir.file("k.pub")).ok());
    auto second = writeKeyFiles(SecretKey::generate(), dir.file("k"), dir.file("other.pub"));
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == FileErrc::Exists);
    CHECK_FALSE(std::filesystem::exists(dir.file("other.pub")));
    auto again = readSecretKeyFile(dir.file("k"));
    REQUIRE(again);
    CHECK(again->publicKey() == first.publicKey());
}

TEST_CASE("a private key readable by others is refused") {
    test::TempDir dir;
    REQUIRE(writeKeyFiles(SecretKey::generate(), dir.file("k"), dir.file("k.pub")).ok());
    ::chmod(dir.file("k").c_str(), 0644);
    auto read = readSecretKeyFile(dir.file("k"));
    REQUIRE_FALSE(read);
    CHECK(read.error().code == FileErrc::InsecurePermissions);
}

TEST_CASE("files that are not keys are refused with a clear error") {
    test::TempDir dir;
    std::ofstream(dir.file("junk")) << "hello\n";
    ::chmod(dir.file("junk").c_str(), 0600);
    CHECK(readSecretKeyFile(dir.file("junk")).error().code == FileErrc::BadKeyFile);
    CHECK(readPublicKeyFile(dir.file("junk")).error().code == FileErrc::BadKeyFile);
    CHECK(readPublicKeyFile(dir.file("missing")).error().code == FileErrc::CannotRead);
    std::ofstream(dir.file("short.pub")) << "credopass-badge-public-key-v1\nabcd\n";
    CHECK(readPublicKeyFile(dir.file("short.pub")).error().code == FileErrc::BadKeyFile);
}

TEST_CASE("the key id is derived from the key") {
    // Fixed keys: two random ones share a 4-byte id once in 2^32 runs.
    auto a = test::testIssuerKey(1).publicKey();
    auto b = test::testIssuerKey(2).publicKey();
    CHECK(a.id() == a.id());
    CHECK(a.id() != b.id());
    CHECK(keyIdHex(a.id()).size() == 8);
    CHECK(PublicKey::fromHex(a.hex()) == a);
}
