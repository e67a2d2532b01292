#include "common/text_fold.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace credopass {
namespace {

// Other scripts in Latin letters first (Иван -> Ivan, 王芳 -> wáng fāng,
// 김민준 -> gimminjun), so a Latin keyboard finds every name; then decompose
// (ñ -> n + combining tilde), drop the combining marks, spell the Latin
// letters that do not decompose in ASCII (ł, ø, ß, æ), lower-case, compose.
constexpr const char16_t* kRules = u"::Any-Latin; ::NFD; ::[:Nonspacing Mark:] Remove; ::Latin-ASCII; ::Lower; ::NFC;";

std::unique_ptr<icu::Transliterator> makeFolder() {
    UParseError parse{};
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "credopass-fold", icu::UnicodeString(kRules), UTRANS_FORWARD, parse, status));
    if (U_FAILURE(status)) return nullptr;
    return t;
}

}  // namespace

std::string foldForSearch(std::string_view text) {
    // Most names are plain ASCII: lower case is all their folding, and ICU's
    // rules cost some tens of microseconds a name (a 100,000-member pull).
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(text);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    // Building one parses the rules (about a millisecond): once per thread.
    thread_local const std::unique_ptr<icu::Transliterator> folder = makeFolder();
    icu::UnicodeString u =
        icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (folder)
        folder->transliterate(u);
    else
        u.foldCase();  // ICU without its transliteration data: case alone still folds
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace credopass
