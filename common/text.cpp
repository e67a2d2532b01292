#include "common/text.hpp"

#include <algorithm>
#include <cctype>

namespace credopass {

std::string toLower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    return s;
}

std::string csvField(std::string_view s) {
    std::string value(s);
    // A cell starting with one of these is run as a formula by spreadsheet programs.
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\t' || value[0] == '\r'))
        value.insert(value.begin(), '\'');
    bool quote = value.find_first_of(",\"\r\n") != std::string::npos;
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

}  // namespace credopass

namespace credopass {
namespace {

// The code point at s[pos] and its length in bytes; length 0 when the bytes
// there are not well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF).
struct Decoded {
    char32_t cp = 0;
    std::size_t len = 0;
};

Decoded decodeAt(std::string_view s, std::size_t pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return {lead, 1};
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t least = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2, cp = lead & 0x1Fu, least = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3, cp = lead & 0x0Fu, least = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4, cp = lead & 0x07u, least = 0x10000;
    } else {
        return {};
    }
    if (pos + len > s.size()) return {};
    for (std::size_t i = 1; i < len; ++i) {
        const unsigned char next = byte(i);
        if ((next & 0xC0u) != 0x80u) return {};
        cp = (cp << 6) | (next & 0x3Fu);
    }
    if (cp < least || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
    return {cp, len};
}

bool isControl(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

// Characters that reorder the text after them: the embeddings and overrides
// (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI, FSI, PDI).
bool isBidiControl(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "...";

}  // namespace

bool isValidUtf8(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();) {
        const Decoded d = decodeAt(s, pos);
        if (d.len == 0) return false;
        pos += d.len;
    }
    return true;
}

std::u32string distinctCodePoints(std::string_view s) {
    std::u32string out;
    for (std::size_t pos = 0; pos < s.size();) {
        const Decoded d = decodeAt(s, pos);
        if (d.len == 0) {
            ++pos;
            continue;
        }
        out.push_back(d.cp);
        pos += d.len;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::string_view utf8Prefix(std::string_view s, std::size_t maxBytes) {
    if (s.size() <= maxBytes) return s;
    std::size_t end = maxBytes;
    // s[end] is the first byte left out: while it continues a character that
    // began before it, leave that whole character out (a UTF-8 character has
    // at most three continuation bytes).
    for (int i = 0; i < 3 && end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0u) == 0x80u; ++i)
        --end;
    return s.substr(0, end);
}

std::string cleanText(std::string_view s, std::size_t maxBytes) {
    std::string out;
    out.reserve(std::min(s.size(), maxBytes));
    bool cut = false;
    for (std::size_t pos = 0; pos < s.size();) {
        const Decoded d = decodeAt(s, pos);
        std::string_view piece;
        if (d.len == 0) {
            piece = kReplacement;
            pos += 1;
        } else {
            if (d.cp == '\t' || d.cp == '\n' || d.cp == '\r')
                piece = " ";
            else if (!isControl(d.cp) && !isBidiControl(d.cp))
                piece = s.substr(pos, d.len);
            pos += d.len;
        }
        if (piece.size() > maxBytes - out.size()) {
            cut = true;
            break;
        }
        out += piece;
    }
    if (cut && maxBytes >= kEllipsis.size()) {
        // `out` is valid UTF-8: shorten it on a character boundary to make room.
        out.resize(utf8Prefix(out, maxBytes - kEllipsis.size()).size());
        out += kEllipsis;
    }
    return out;
}

}  // namespace credopass
