#include "words/language.hpp"

#include <libintl.h>

#include <array>
#include <clocale>
#include <cstdlib>

// GNU gettext's documented way to say "the language changed, look again"
// (gettext manual, "Being a gettext grok"): lookups are cached until it moves.
extern "C" int _nl_msg_cat_cntr;  // NOLINT(bugprone-reserved-identifier): glibc's own name

namespace credopass::words {
namespace {

constexpr std::array<Language, 7> kLanguages{{
    {"en", "English"},
    {"de", "Deutsch"},
    {"fr",
     "Fran\xC3\xA7"
     "ais"},
    {"es", "Espa\xC3\xB1ol"},
    {"nl", "Nederlands"},
    {"pt", "Portugu\xC3\xAAs"},
    {"pl", "Polski"},
}};

constexpr std::string_view kPseudo = "qps";

std::string& current() {
    static std::string code = "en";
    return code;
}

}  // namespace

std::span<const Language> shippedLanguages() {
    return kLanguages;
}

const Language* findLanguage(std::string_view code) {
    static constexpr Language pseudo{kPseudo, "[Pseudo]"};
    if (code == kPseudo) return &pseudo;
    for (const auto& l : kLanguages)
        if (l.code == code) return &l;
    return nullptr;
}

void startLanguages(const std::filesystem::path& localeDir, std::string_view code) {
    // Only LC_MESSAGES moves: numbers in JSON, CSV and TOML stay in the C
    // locale's form. In the plain "C" locale glibc ignores LANGUAGE, so ask
    // for C.UTF-8 (always there on Debian), or else whatever the system has.
    // NOLINTNEXTLINE(concurrency-mt-unsafe): called once, before any other thread starts
    if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) std::setlocale(LC_MESSAGES, "");  // NOLINT(concurrency-mt-unsafe)
    bindtextdomain("credopass", localeDir.c_str());
    bind_textdomain_codeset("credopass", "UTF-8");
    current().clear();
    useLanguage(code);
}

void useLanguage(std::string_view code) {
    if (!findLanguage(code)) code = "en";
    if (current() == code) return;
    current() = std::string(code);
    // glibc's setenv keeps every value it has handed out, so a getenv racing
    // on another thread reads the old value or the new one, never freed memory.
    setenv("LANGUAGE", current().c_str(), 1);  // NOLINT(concurrency-mt-unsafe): see above
    ++_nl_msg_cat_cntr;
}

std::string_view currentLanguage() {
    return current();
}

LanguageScope::LanguageScope(std::string_view code) : previous_(current()) {
    useLanguage(code);
}

LanguageScope::~LanguageScope() {
    useLanguage(previous_);
}

std::string languageFromEnvironment() {
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);  // NOLINT(concurrency-mt-unsafe): kioskctl's main, before threads
        if (!value || !*value) continue;
        std::string_view v(value);
        v = v.substr(0, v.find(':'));
        v = v.substr(0, v.find_first_of("_.@"));
        if (v == "C" || v == "POSIX") return "en";
        return findLanguage(v) ? std::string(v) : std::string("en");
    }
    return "en";
}

}  // namespace credopass::words
