#pragma once
// RFC 9562 UUIDs. HQ validates strictly (version digit 1-8, variant bits 10xx),
// so every id we mint sets those bits; name-based (v5) ids let two kiosks that
// record the same thing offline arrive at the same id.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace credopass {

class Uuid {
public:
    using Bytes = std::array<std::uint8_t, 16>;

    Uuid() = default;
    explicit Uuid(const Bytes& bytes) : bytes_(bytes) {}

    // Canonical 8-4-4-4-12 hex form, either case. Returns nullopt for anything else.
    static std::optional<Uuid> parse(std::string_view text);
    // Version 5 (SHA-1, name-based) under `ns`.
    static Uuid nameBased(const Uuid& ns, std::string_view name);
    // Version 4, from the system's CSPRNG.
    static Uuid random();

    // True when HQ would accept it: version 1-8 and the RFC variant.
    bool isRfc9562() const;
    int version() const { return bytes_[6] >> 4; }

    std::string toString() const;  // lowercase
    const Bytes& bytes() const { return bytes_; }
    bool operator==(const Uuid&) const = default;

private:
    Bytes bytes_{};
};

// Parses and checks the bits HQ checks; the usual gate for ids from outside.
std::optional<Uuid> parseStrictUuid(std::string_view text);

// The fixed namespace under which the kiosk derives its record ids. Never change
// it: ids minted by deployed kiosks depend on it.
const Uuid& credopassNamespace();

}  // namespace credopass
