#pragma once
// Which language the words come in. The door has a default (kiosk.toml
// [screen] language), offers others on idle by their own names, and staff
// screens follow the staff's choice; kioskctl follows LANGUAGE/LC_*/LANG.
//
// The catalogues are the kiosk's own (po/ → <prefix>/share/locale), chosen
// through gettext's LANGUAGE: that works on a system that has generated no
// locale at all, as LC_MESSAGES is set to C.UTF-8 (built into Debian's libc)
// rather than to a locale the system may lack.

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace credopass::words {

struct Language {
    std::string_view code;  // "de": the catalogue's folder name
    std::string_view name;  // "Deutsch": as its speakers write it, never a flag
};

// English first, then the shipped catalogues. The pseudo-language "qps"
// (every string bracketed and lengthened, tests only) is not listed.
std::span<const Language> shippedLanguages();
const Language* findLanguage(std::string_view code);

// Once, before any other thread starts: binds the catalogues (in
// <binary>/../share/locale, common/share_dir.hpp) and sets the
// LANGUAGE variable (so later changes only replace its value).
void startLanguages(const std::filesystem::path& localeDir, std::string_view code);
// Switches every later tr()/trn() to `code`; cheap when it is already in use.
// Only the thread that draws the words calls it (the UI thread, kioskctl's main).
void useLanguage(std::string_view code);
std::string_view currentLanguage();

// For one scope, another language (kioskctl's JSON: its words stay English
// for the scripts that read them, whatever LANG says); the previous after it.
class LanguageScope {
public:
    explicit LanguageScope(std::string_view code);
    ~LanguageScope();
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    std::string previous_;
};

// kioskctl: the first language LANGUAGE, LC_ALL, LC_MESSAGES or LANG names
// ("de_DE.UTF-8" → "de"); "en" for C, POSIX, nothing, or one we do not ship.
std::string languageFromEnvironment();

}  // namespace credopass::words
