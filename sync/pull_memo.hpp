#pragma once
// What the last applied pull received, per list, so that an answer HQ gives
// byte for byte as before costs a download but no parse and no comparison.
// HQ does not compress or page its lists (5 MB for 22,000 members), and most
// pulls find nothing changed.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace credopass::sync {

class PullMemo {
public:
    struct Digest {
        std::size_t size = 0;
        std::uint64_t hash = 0;
        bool operator==(const Digest&) const = default;
    };
    static Digest digestOf(std::string_view body);

    // True when `path` answered a body with this digest the last time it was applied.
    bool unchanged(std::string_view path, const Digest& digest) const;
    // Remembers the body applied for `path` (only once it is committed).
    void applied(std::string_view path, const Digest& digest);
    // After a failure, or when what the lists are compared with changed.
    void forget() { seen_.clear(); }

private:
    std::unordered_map<std::string, Digest> seen_;
};

}  // namespace credopass::sync
