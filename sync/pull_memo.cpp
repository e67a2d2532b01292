#include "sync/pull_memo.hpp"

namespace credopass::sync {

// FNV-1a (64 bit): this is a cache, not a signature. Two different answers
// would have to agree in length and hash for a change to be missed, and only
// HQ itself (over verified TLS) writes these bodies.
PullMemo::Digest PullMemo::digestOf(std::string_view body) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : body) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return Digest{body.size(), h};
}

bool PullMemo::unchanged(std::string_view path, const Digest& digest) const {
    auto it = seen_.find(std::string(path));
    return it != seen_.end() && it->second == digest;
}

void PullMemo::applied(std::string_view path, const Digest& digest) {
    seen_[std::string(path)] = digest;
}

}  // namespace credopass::sync
