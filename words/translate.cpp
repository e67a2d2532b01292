#include "words/translate.hpp"

#include "words/local_format.hpp"

#include <libintl.h>

#include <string>

namespace credopass::words {
namespace {

constexpr const char* kDomain = "credopass";

}  // namespace

const char* tr(const char* msgid) {
    return dgettext(kDomain, msgid);
}

const char* trc(const char* context, const char* msgid) {
    // gettext's own convention for contexts (its gettext.h pgettext): the
    // context, EOT (0x04), then the msgid; untranslated, the msgid alone.
    std::string key = std::string(context) + '\x04' + msgid;
    const char* found = dgettext(kDomain, key.c_str());
    return found == key.c_str() ? msgid : found;
}

std::string trn(const char* singular, const char* plural, long long n) {
    // ngettext's count is unsigned long: the plural rule sees the size, never a sign.
    const unsigned long count = n < 0 ? static_cast<unsigned long>(-(n + 1)) + 1 : static_cast<unsigned long>(n);
    const std::string digits = number(n);
    return fill(dngettext(kDomain, singular, plural, count), {{"n", digits}});
}

std::string fill(std::string_view pattern, std::initializer_list<Fill> values) {
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t i = 0;
    while (i < pattern.size()) {
        const auto open = pattern.find('{', i);
        if (open == std::string_view::npos) break;
        const auto close = pattern.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(pattern.substr(i, open - i));
        const auto name = pattern.substr(open + 1, close - open - 1);
        const Fill* match = nullptr;
        for (const auto& v : values)
            if (v.first == name) match = &v;
        if (match)
            out.append(match->second);
        else
            out.append(pattern.substr(open, close - open + 1));
        i = close + 1;
    }
    out.append(pattern.substr(i));
    return out;
}

}  // namespace credopass::words
